package spacelift.trigger_preview_environment_manager

# Stand-in for Spacelift's built-in `sanitized()`, which exists only inside Spacelift. Test files are
# never uploaded, so the policy still calls the real function there.
sanitized(value) := concat("", ["sanitized:", value])

variable_change(phase, stack_id) := {
	"action": "changed",
	"phase": phase,
	"entity": {
		"address": "module.env.spacelift_environment_variable.code_version",
		"name": "code_version",
		"type": "spacelift_environment_variable",
		"data": {"values": {"stack_id": stack_id, "name": "TF_VAR_code_version"}},
	},
}

run_input(state, changes) := {
	"run": {"id": "run-1", "type": "TRACKED", "state": state, "changes": changes},
	"stack": {"id": "preview-manager"},
	"stacks": [
		{"id": "preview-manager"},
		{"id": "acme-service-10-475ed74"},
		{"id": "acme-service-9-84423ba"},
	],
}

test_trigger_the_environment_whose_variable_was_applied if {
	trigger == {"acme-service-10-475ed74"} with input as run_input(
		"FINISHED",
		[variable_change("apply", sanitized("acme-service-10-475ed74"))],
	)
}

test_trigger_an_environment_referenced_by_an_unsanitized_id if {
	trigger == {"acme-service-9-84423ba"} with input as run_input(
		"FINISHED",
		[variable_change("apply", "acme-service-9-84423ba")],
	)
}

test_no_trigger_for_planned_changes_or_other_resources if {
	other_resource := object.union(
		variable_change("apply", sanitized("acme-service-9-84423ba")),
		{"entity": {"type": "spacelift_stack"}},
	)
	count(trigger) == 0 with input as run_input(
		"FINISHED",
		[variable_change("plan", sanitized("acme-service-10-475ed74")), other_resource],
	)
}

test_no_trigger_when_the_manager_run_did_not_finish if {
	trigger == set() with input as run_input(
		"FAILED",
		[variable_change("apply", sanitized("acme-service-10-475ed74"))],
	)
}

test_same_stack_id_for_an_equal_id if {
	same_stack_id("acme-service-9-84423ba", "acme-service-9-84423ba")
}

test_same_stack_id_for_a_sanitized_id if {
	same_stack_id("sanitized:acme-service-9-84423ba", "acme-service-9-84423ba")
}

test_not_same_stack_id_for_another_stack if {
	not same_stack_id("acme-service-9-84423ba", "acme-service-10-475ed74")
}
