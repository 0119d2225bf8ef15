# Name: TRIGGER Preview Environment Manager
# Type: TRIGGER
# Decides: After the preview-environment manager stack's run finishes, triggers a tracked run on
#   every environment stack whose environment variables the run wrote (a
#   `spacelift_environment_variable` changed in the apply phase), so an environment re-deploys
#   when only its configuration (e.g. the code version to run) changed.
# Input: TRIGGER input: run.{state, changes[].{phase, entity.type, entity.data.values.stack_id}},
#   stacks[].id.
# Notes: Run changes carry sanitized (hashed) strings unless the manager uses smart sanitization,
#   so a change matches a stack when its `stack_id` equals the stack id or Spacelift's
#   `sanitized()` of it. Only FINISHED runs trigger, so a half-applied manager run never starts
#   environments on partial configuration. Attach to the manager stack.
package spacelift.trigger_preview_environment_manager

trigger contains stack.id if {
	input.run.state == "FINISHED"
	some stack in input.stacks
	some change in input.run.changes
	change.phase == "apply"
	change.entity.type == "spacelift_environment_variable"
	same_stack_id(change.entity.data.values.stack_id, stack.id)
}

same_stack_id(value, stack_id) if {
	value == stack_id
}

same_stack_id(value, stack_id) if {
	value == sanitized(stack_id)
}
