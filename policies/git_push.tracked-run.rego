# Name: GIT_PUSH Tracked Run
# Type: GIT_PUSH
# Decides: Tracks (deploys) a push to the stack's branch when the pushed commits touch the stack: a
#   file with a tracked extension under the stack's project root, a file matching the stack's
#   additional project globs, or an atmos manifest named by one of the stack's `deps:` / `import:`
#   labels. Pushes to other branches and pushes that touch nothing of the stack are ignored.
# Input: GIT_PUSH input: push.{branch, affected_files}, stack.{branch, project_root,
#   additional_project_globs, labels}.
# Notes: "Touches the stack" is the same test as in GIT_PUSH Proposed Run (kept identical in both
#   files because Spacelift evaluates every policy on its own and a policy cannot import another).
#   Pair with GIT_PUSH Proposed Run.
package spacelift.git_push_tracked_run

tracked_extensions := {".tf", ".tf.json", ".tfvars", ".yaml", ".yml", ".tpl", ".sh", ".shell", ".bash", ".json"}

config_label_prefixes := {"deps:", "import:"}

affected_files := input.push.affected_files

track if {
	input.push.branch == input.stack.branch
	stack_affected
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
