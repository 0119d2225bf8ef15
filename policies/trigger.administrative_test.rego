package spacelift.trigger_administrative

# Stand-in for Spacelift's built-in `sanitized()`, which exists only inside Spacelift. Test files are
# never uploaded, so the policy still calls the real function there.
sanitized(value) := concat("", ["sanitized:", value])

stack_change(phase, action, id) := {
	"action": action,
	"phase": phase,
	"entity": {
		"address": "module.stacks.spacelift_stack.this",
		"name": "this",
		"type": "spacelift_stack",
		"data": {"values": {"id": id}},
	},
}

run_input(state, changes) := {
	"run": {"id": "run-1", "type": "TRACKED", "state": state, "changes": changes},
	"stack": {"id": "root-gbl-spacelift"},
	"stacks": [
		{"id": "root-gbl-spacelift"},
		{"id": "acme-ue1-prod-vpc"},
		{"id": "acme-ue1-prod-eks"},
	],
}

test_trigger_a_stack_created_in_the_apply_phase if {
	trigger == {"acme-ue1-prod-vpc"} with input as run_input(
		"FINISHED",
		[stack_change("apply", "added", sanitized("acme-ue1-prod-vpc"))],
	)
}

test_trigger_a_created_stack_whose_id_is_not_sanitized if {
	trigger == {"acme-ue1-prod-eks"} with input as run_input(
		"FINISHED",
		[stack_change("apply", "added", "acme-ue1-prod-eks")],
	)
}

test_no_trigger_when_the_admin_run_did_not_finish if {
	count(trigger) == 0 with input as run_input(
		"FAILED",
		[stack_change("apply", "added", sanitized("acme-ue1-prod-vpc"))],
	)
}

test_no_trigger_for_changed_stacks_or_planned_additions if {
	count(trigger) == 0 with input as run_input(
		"FINISHED",
		[
			stack_change("apply", "changed", sanitized("acme-ue1-prod-vpc")),
			stack_change("plan", "added", sanitized("acme-ue1-prod-eks")),
		],
	)
}

test_no_trigger_for_a_created_stack_that_does_not_exist if {
	trigger == set() with input as run_input(
		"FINISHED",
		[stack_change("apply", "added", sanitized("acme-ue1-prod-rds"))],
	)
}

test_created_stack_ids_only_from_added_spacelift_stacks_in_apply if {
	other_resource := object.union(
		stack_change("apply", "added", "ctx-1"),
		{"entity": {"type": "spacelift_context"}},
	)
	created_stack_ids == {"id-1"} with input as run_input(
		"FINISHED",
		[stack_change("apply", "added", "id-1"), stack_change("apply", "deleted", "id-2"), other_resource],
	)
}

test_created_stack_ids_empty_without_changes if {
	count(created_stack_ids) == 0 with input as run_input("FINISHED", [])
}

test_same_stack_id_for_an_equal_id if {
	same_stack_id("acme-ue1-prod-vpc", "acme-ue1-prod-vpc")
}

test_same_stack_id_for_a_sanitized_id if {
	same_stack_id("sanitized:acme-ue1-prod-vpc", "acme-ue1-prod-vpc")
}

test_not_same_stack_id_for_another_stack if {
	not same_stack_id("sanitized:acme-ue1-prod-vpc", "acme-ue1-prod-vp")
}
