package spacelift.plan_protect_resources

plan_input(run_type, labels, actions) := {
	"spacelift": {
		"run": {"type": run_type, "flags": [], "user_provided_metadata": []},
		"stack": {"labels": labels},
	},
	"terraform": {"resource_changes": [
		{"address": "aws_db_instance.main", "type": "aws_db_instance", "change": {"actions": actions}},
		{"address": "aws_s3_bucket.logs", "type": "aws_s3_bucket", "change": {"actions": ["update"]}},
	]},
}

approved(inp, field) := object.union(inp, {"spacelift": {"run": {field: ["ticket:OPS-42", "approve:delete-resources"]}}})

deny_message := concat("", [
	"aws_db_instance.main would be deleted, and stack label \"protect-resources\" protects its resources: ",
	"re-run with run metadata \"approve:delete-resources\" to approve.",
])

warn_message := concat("", [
	"aws_db_instance.main would be deleted, and stack label \"protect-resources\" protects its resources: ",
	"deploying it needs run metadata \"approve:delete-resources\".",
])

test_protect_label_and_approval_names if {
	protect_label == "protect-resources"
	approval == "approve:delete-resources"
}

test_deny_a_deletion_on_a_protected_stack if {
	deny == {deny_message} with input as plan_input("TRACKED", ["protect-resources"], ["delete"])
}

test_deny_a_replacement_on_a_protected_stack if {
	deny == {deny_message} with input as plan_input("TRACKED", ["protect-resources"], ["create", "delete"])
}

test_no_deny_on_an_unprotected_stack if {
	count(deny) == 0 with input as plan_input("TRACKED", ["folder:component/rds"], ["delete"])
}

test_no_deny_when_the_run_metadata_approves if {
	inp := approved(plan_input("TRACKED", ["protect-resources"], ["delete"]), "user_provided_metadata")
	count(deny) == 0 with input as inp
}

test_no_deny_when_a_run_flag_approves if {
	inp := approved(plan_input("TRACKED", ["protect-resources"], ["delete", "create"]), "flags")
	deny == set() with input as inp
}

test_no_deny_for_a_proposed_run if {
	count(deny) == 0 with input as plan_input("PROPOSED", ["protect-resources"], ["delete"])
}

test_no_deny_without_deletions if {
	count(deny) == 0 with input as plan_input("TRACKED", ["protect-resources"], ["update"])
}

test_warn_about_a_deletion_in_a_proposed_run if {
	warn == {warn_message} with input as plan_input("PROPOSED", ["protect-resources"], ["delete"])
}

test_no_warn_for_a_tracked_run if {
	count(warn) == 0 with input as plan_input("TRACKED", ["protect-resources"], ["delete"])
}

test_no_warn_for_an_approved_proposed_run if {
	inp := approved(plan_input("PROPOSED", ["protect-resources"], ["delete"]), "user_provided_metadata")
	warn == set() with input as inp
}

test_protected_stack_with_the_label if {
	protected_stack with input as plan_input("TRACKED", ["a", "protect-resources"], [])
}

test_not_protected_stack_without_the_label if {
	not protected_stack with input as plan_input("TRACKED", ["protect-resources-later"], [])
}

test_proposed_run_for_a_proposed_run if {
	proposed_run with input as plan_input("PROPOSED", [], [])
}

test_not_proposed_run_for_a_tracked_run if {
	not proposed_run with input as plan_input("TRACKED", [], [])
}

test_deletion_approved_by_run_metadata if {
	deletion_approved with input as approved(plan_input("TRACKED", [], []), "user_provided_metadata")
}

test_deletion_approved_by_a_run_flag if {
	deletion_approved with input as approved(plan_input("TRACKED", [], []), "flags")
}

test_deletion_not_approved_by_similar_metadata if {
	inp := object.union(
		plan_input("TRACKED", [], []),
		{"spacelift": {"run": {"user_provided_metadata": ["approve:delete-resources-later"], "flags": ["approve"]}}},
	)
	not deletion_approved with input as inp
}

test_deleted_addresses_include_deletions_and_replacements if {
	inp := object.union(plan_input("TRACKED", [], ["delete", "create"]), {"terraform": {"resource_changes": [
		{"address": "aws_db_instance.main", "change": {"actions": ["delete", "create"]}},
		{"address": "aws_iam_role.app", "change": {"actions": ["delete"]}},
		{"address": "aws_s3_bucket.logs", "change": {"actions": ["no-op"]}},
	]}})
	deleted_addresses == {"aws_db_instance.main", "aws_iam_role.app"} with input as inp
}

test_deleted_addresses_empty_for_creations_and_updates if {
	count(deleted_addresses) == 0 with input as plan_input("TRACKED", [], ["create"])
}
