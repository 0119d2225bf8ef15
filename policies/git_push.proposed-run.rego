# Name: GIT_PUSH Proposed Run
# Type: GIT_PUSH
# Decides: Proposes a run when a pull request is opened, reopened, synchronized or marked draft and
#   its diff touches the stack: a file with a tracked extension under the stack's project root, a
#   file matching the stack's additional project globs, or an atmos manifest named by one of the
#   stack's `deps:` / `import:` labels. Ignores pull requests labelled `spacelift-no-trigger` and
#   drafts without the `spacelift-trigger` label. When it proposes, it cancels this stack's queued
#   proposed runs on the pull request's head branch: the new commit supersedes them.
# Input: GIT_PUSH input: pull_request.{action, diff, draft, labels, head.branch},
#   stack.{project_root, additional_project_globs, labels}, in_progress[].{id, type, state, branch}.
# Notes: A manifest matches a label path exactly or as a path suffix on a `/` boundary, with an
#   optional `.yaml` / `.yml` extension. The upstream catalogue's extra rule (any file whose path
#   contains the first two parts of the stack name) is deliberately left out: it re-plans every
#   stack of a tenant and region whenever such a file changes. The project root also matches on a
#   `/` boundary, so `components/terraform/vpc` does not claim `components/terraform/vpc-flow-logs`;
#   an empty or `.` root covers the whole repository. Pair with GIT_PUSH Tracked Run.
package spacelift.git_push_proposed_run

proposed_actions := {"opened", "reopened", "synchronize", "draft"}

tracked_extensions := {".tf", ".tf.json", ".tfvars", ".yaml", ".yml", ".tpl", ".sh", ".shell", ".bash", ".json"}

config_label_prefixes := {"deps:", "import:"}

affected_files := input.pull_request.diff

propose if {
	input.pull_request.action in proposed_actions
	stack_affected
}

ignore if {
	"spacelift-no-trigger" in input.pull_request.labels
}

ignore if {
	draft_without_trigger
}

cancel contains run.id if {
	propose
	not ignore
	some run in input.in_progress
	run.type == "PROPOSED"
	run.state == "QUEUED"
	run.branch == input.pull_request.head.branch
}

draft_without_trigger if {
	input.pull_request.draft == true
	not "spacelift-trigger" in input.pull_request.labels
}

stack_affected if {
	project_affected
}

stack_affected if {
	stack_config_affected
}

project_affected if {
	some path in affected_files
	project_file(path)
}

project_file(path) if {
	under_project_root(path)
	has_tracked_extension(path)
}

project_file(path) if {
	some pattern in input.stack.additional_project_globs
	glob.match(pattern, ["/"], path)
}

project_root := root if {
	is_string(input.stack.project_root)
	root := trim(trim_prefix(input.stack.project_root, "./"), "/")
} else := ""

under_project_root(path) if {
	project_root in {"", "."}
	is_string(path)
}

under_project_root(path) if {
	startswith(path, concat("", [project_root, "/"]))
}

has_tracked_extension(path) if {
	some extension in tracked_extensions
	endswith(path, extension)
}

stack_config_affected if {
	some path in affected_files
	some config_path in config_paths
	config_file_matches(path, config_path)
}

config_paths contains config_path if {
	some label in input.stack.labels
	some prefix in config_label_prefixes
	startswith(label, prefix)
	config_path := trim_prefix(label, prefix)
	config_path != ""
}

config_file_matches(path, config_path) if {
	some candidate in {config_path, concat("", [config_path, ".yaml"]), concat("", [config_path, ".yml"])}
	path_has_suffix(path, candidate)
}

path_has_suffix(path, suffix) if {
	path == suffix
}

path_has_suffix(path, suffix) if {
	endswith(path, concat("", ["/", suffix]))
}
