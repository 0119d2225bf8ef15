package spacelift.git_push_proposed_run

stack_fixture := {
	"id": "acme-ue1-prod-vpc",
	"branch": "main",
	"project_root": "components/terraform/vpc",
	"additional_project_globs": ["modules/network/**"],
	"labels": [
		"deps:stacks/orgs/acme/prod/_defaults.yaml",
		"import:stacks/catalog/vpc",
		"folder:component/vpc",
	],
}

pr_input(action, diff) := {
	"pull_request": {
		"action": action,
		"diff": diff,
		"draft": false,
		"labels": [],
		"head": {"branch": "feature/vpc"},
	},
	"stack": stack_fixture,
	"in_progress": [],
}

change_input(files) := pr_input("synchronize", files)

with_pull_request(inp, fields) := object.union(inp, {"pull_request": fields})

queued_runs := [
	{"id": "run-queued", "type": "PROPOSED", "state": "QUEUED", "branch": "feature/vpc"},
	{"id": "run-planning", "type": "PROPOSED", "state": "PLANNING", "branch": "feature/vpc"},
	{"id": "run-tracked", "type": "TRACKED", "state": "QUEUED", "branch": "feature/vpc"},
	{"id": "run-other-branch", "type": "PROPOSED", "state": "QUEUED", "branch": "feature/other"},
]

test_proposed_actions_are_opened_reopened_synchronize_and_draft if {
	proposed_actions == {"opened", "reopened", "synchronize", "draft"}
}

test_propose_when_an_opened_pull_request_changes_a_project_file if {
	propose with input as pr_input("opened", ["components/terraform/vpc/main.tf"])
}

test_propose_when_a_reopened_pull_request_changes_a_stack_manifest if {
	propose with input as pr_input("reopened", ["stacks/orgs/acme/prod/_defaults.yaml"])
}

test_propose_when_a_synchronized_pull_request_changes_a_project_file if {
	propose with input as pr_input("synchronize", ["components/terraform/vpc/outputs.tf"])
}

test_propose_when_a_pull_request_is_marked_draft if {
	propose with input as pr_input("draft", ["components/terraform/vpc/main.tf"])
}

test_no_propose_on_pull_request_actions_that_do_not_change_code if {
	not propose with input as pr_input("labeled", ["components/terraform/vpc/main.tf"])
	not propose with input as pr_input("closed", ["components/terraform/vpc/main.tf"])
	not propose with input as pr_input("commented", ["components/terraform/vpc/main.tf"])
}

test_no_propose_when_the_pull_request_does_not_touch_the_stack if {
	not propose with input as pr_input("opened", ["README.md", "components/terraform/eks/main.tf"])
}

test_no_propose_on_a_plain_push if {
	not propose with input as {
		"push": {"branch": "feature/vpc", "affected_files": ["components/terraform/vpc/main.tf"]},
		"stack": stack_fixture,
	}
}

test_affected_files_are_the_pull_request_diff if {
	affected_files == ["a.tf", "b.yaml"] with input as pr_input("opened", ["a.tf", "b.yaml"])
}

test_ignore_a_pull_request_labelled_no_trigger if {
	ignore with input as with_pull_request(
		pr_input("opened", ["components/terraform/vpc/main.tf"]),
		{"labels": ["spacelift-no-trigger"]},
	)
}

test_ignore_a_draft_without_the_trigger_label if {
	ignore with input as with_pull_request(
		pr_input("draft", ["components/terraform/vpc/main.tf"]),
		{"draft": true},
	)
}

test_no_ignore_for_a_ready_pull_request if {
	not ignore with input as pr_input("opened", ["components/terraform/vpc/main.tf"])
}

test_no_ignore_for_a_draft_with_the_trigger_label if {
	not ignore with input as with_pull_request(
		pr_input("draft", ["components/terraform/vpc/main.tf"]),
		{"draft": true, "labels": ["spacelift-trigger"]},
	)
}

test_draft_without_trigger_for_an_unlabelled_draft if {
	draft_without_trigger with input as with_pull_request(pr_input("draft", []), {"draft": true, "labels": ["wip"]})
}

test_not_draft_without_trigger_for_a_labelled_draft if {
	not draft_without_trigger with input as with_pull_request(
		pr_input("draft", []),
		{"draft": true, "labels": ["spacelift-trigger"]},
	)
}

test_not_draft_without_trigger_for_a_ready_pull_request if {
	not draft_without_trigger with input as pr_input("opened", [])
}

test_cancel_only_queued_proposed_runs_on_the_head_branch if {
	inp := object.union(pr_input("synchronize", ["components/terraform/vpc/main.tf"]), {"in_progress": queued_runs})
	cancel == {"run-queued"} with input as inp
}

test_cancel_nothing_when_the_event_does_not_propose if {
	inp := object.union(pr_input("labeled", ["components/terraform/vpc/main.tf"]), {"in_progress": queued_runs})
	count(cancel) == 0 with input as inp
}

test_cancel_nothing_when_the_event_is_ignored if {
	inp := object.union(
		pr_input("synchronize", ["components/terraform/vpc/main.tf"]),
		{"in_progress": queued_runs, "pull_request": {"labels": ["spacelift-no-trigger"]}},
	)
	cancel == set() with input as inp
}

test_stack_affected_by_a_project_file if {
	stack_affected with input as change_input(["components/terraform/vpc/main.tf"])
}

test_stack_affected_by_a_stack_manifest if {
	stack_affected with input as change_input(["stacks/orgs/acme/prod/_defaults.yaml"])
}

test_stack_not_affected_by_unrelated_files if {
	not stack_affected with input as change_input(["README.md", "docs/acme-ue1-prod.yaml"])
}

test_project_affected_by_a_tracked_file_under_the_root if {
	project_affected with input as change_input(["docs/index.md", "components/terraform/vpc/variables.tf"])
}

test_project_not_affected_by_a_sibling_folder_sharing_the_root_prefix if {
	not project_affected with input as change_input(["components/terraform/vpc-flow-logs/main.tf"])
}

test_project_not_affected_by_an_untracked_extension_under_the_root if {
	not project_affected with input as change_input(["components/terraform/vpc/README.md"])
}

test_project_file_under_the_root_with_a_tracked_extension if {
	project_file("components/terraform/vpc/main.tf") with input as change_input([])
}

test_project_file_matching_an_additional_project_glob if {
	project_file("modules/network/security-groups/main.tf") with input as change_input([])
}

test_not_project_file_outside_the_root_and_the_globs if {
	not project_file("modules/compute/main.tf") with input as change_input([])
}

test_project_root_is_normalised if {
	project_root == "components/terraform/vpc" with input as {"stack": {"project_root": "./components/terraform/vpc/"}}
	project_root == "components/terraform/vpc" with input as {"stack": {"project_root": "/components/terraform/vpc"}}
}

test_project_root_is_empty_when_unset if {
	project_root == "" with input as {"stack": {"project_root": null}}
}

test_under_project_root_on_a_slash_boundary if {
	under_project_root("components/terraform/vpc/modules/x.tf") with input as change_input([])
}

test_under_an_empty_project_root_for_any_file if {
	under_project_root("anything/main.tf") with input as {"stack": {"project_root": ""}}
}

test_under_a_dot_project_root_for_any_file if {
	under_project_root("main.tf") with input as {"stack": {"project_root": "."}}
}

test_not_under_project_root_for_a_shared_name_prefix if {
	not under_project_root("components/terraform/vpc2/main.tf") with input as change_input([])
}

test_tracked_extensions_are_the_catalogue_set if {
	tracked_extensions == {".tf", ".tf.json", ".tfvars", ".yaml", ".yml", ".tpl", ".sh", ".shell", ".bash", ".json"}
}

test_has_tracked_extension_for_terraform_and_config_files if {
	has_tracked_extension("main.tf")
	has_tracked_extension("terraform.tfvars")
	has_tracked_extension("cdk.tf.json")
	has_tracked_extension("stack.yml")
	has_tracked_extension("bootstrap.bash")
}

test_has_no_tracked_extension_for_docs_and_lock_files if {
	not has_tracked_extension("README.md")
	not has_tracked_extension(".terraform.lock.hcl")
}

test_stack_config_affected_by_a_deps_manifest if {
	stack_config_affected with input as change_input(["stacks/orgs/acme/prod/_defaults.yaml"])
}

test_stack_config_affected_by_an_import_without_extension if {
	stack_config_affected with input as change_input(["stacks/catalog/vpc.yaml"])
}

test_stack_config_affected_when_the_stacks_live_in_a_subfolder if {
	stack_config_affected with input as change_input(["infra/stacks/orgs/acme/prod/_defaults.yaml"])
}

test_stack_config_not_affected_by_a_file_sharing_the_manifest_name_prefix if {
	not stack_config_affected with input as change_input(["stacks/catalog/vpc-flow-logs.yaml"])
}

test_stack_config_not_affected_by_a_file_containing_the_stack_name_prefix if {
	not stack_config_affected with input as change_input(["stacks/orgs/acme-ue1/notes.yaml"])
}

test_config_label_prefixes_are_deps_and_import if {
	config_label_prefixes == {"deps:", "import:"}
}

test_config_paths_from_deps_and_import_labels if {
	config_paths == {"stacks/orgs/acme/prod/_defaults.yaml", "stacks/catalog/vpc"} with input as change_input([])
}

test_config_paths_skip_other_and_empty_labels if {
	count(config_paths) == 0 with input as {"stack": {"labels": ["deps:", "folder:component/vpc", "stack:acme"]}}
}

test_config_file_matches_the_exact_path if {
	config_file_matches("stacks/catalog/vpc.yaml", "stacks/catalog/vpc.yaml")
}

test_config_file_matches_a_path_without_extension if {
	config_file_matches("stacks/catalog/vpc.yml", "stacks/catalog/vpc")
}

test_config_file_does_not_match_a_longer_name if {
	not config_file_matches("stacks/catalog/vpc-endpoints.yaml", "stacks/catalog/vpc")
}

test_path_has_suffix_when_equal if {
	path_has_suffix("stacks/catalog/vpc.yaml", "stacks/catalog/vpc.yaml")
}

test_path_has_suffix_on_a_slash_boundary if {
	path_has_suffix("infra/stacks/catalog/vpc.yaml", "stacks/catalog/vpc.yaml")
}

test_path_has_no_suffix_inside_a_folder_name if {
	not path_has_suffix("other-stacks/catalog/vpc.yaml", "stacks/catalog/vpc.yaml")
}
