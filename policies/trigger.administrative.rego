# Name: TRIGGER Global Administrator
# Type: TRIGGER
# Decides: After an administrative stack's run finishes, triggers a tracked run on every stack that
#   the run created (a `spacelift_stack` added in the apply phase), so new stacks deploy at once
#   instead of waiting for their next push.
# Input: TRIGGER input: run.{state, changes[].{action, phase, entity.type, entity.data.values.id}},
#   stacks[].id.
# Notes: Run changes carry sanitized (hashed) strings unless the admin stack uses smart
#   sanitization, so a created id matches a stack when it equals the stack id or Spacelift's
#   `sanitized()` of it. Only FINISHED runs trigger: a failed apply may have created a stack
#   without its contexts, attachments or environment, and running it half-configured could deploy
#   with the wrong settings. Attach to every admin stack.
package spacelift.trigger_administrative

trigger contains stack.id if {
	input.run.state == "FINISHED"
	some stack in input.stacks
	some created_id in created_stack_ids
	same_stack_id(created_id, stack.id)
}

created_stack_ids contains created_id if {
	some change in input.run.changes
	change.phase == "apply"
	change.action == "added"
	change.entity.type == "spacelift_stack"
	created_id := change.entity.data.values.id
}

same_stack_id(value, stack_id) if {
	value == stack_id
}

same_stack_id(value, stack_id) if {
	value == sanitized(stack_id)
}
