# Name: PLAN Protect Resources
# Type: PLAN
# Decides: On stacks labelled `protect-resources`, fails any tracked run whose plan deletes or
#   replaces a resource, unless the run carries the approval `approve:delete-resources`. Proposed
#   runs only warn, so a pull request shows the deletion without being blocked by it.
# Input: PLAN input: spacelift.stack.labels, spacelift.run.{type, flags, user_provided_metadata},
#   terraform.resource_changes[].{address, change.actions}.
# Notes: The approval is a deliberate, per-run human act: a run started with
#   `spacectl stack deploy --id <stack> --run-metadata approve:delete-resources` (its
#   `user_provided_metadata`), or a run flag `approve:delete-resources` set by one of your own push
#   or trigger policies. A replacement (delete and create) counts as a deletion. Destroy runs of a
#   stack destructor are blocked too: remove the label in a reviewed change before destroying.
package spacelift.plan_protect_resources

protect_label := "protect-resources"

approval := "approve:delete-resources"

deny contains message if {
	protected_stack
	not deletion_approved
	not proposed_run
	some address in deleted_addresses
	message := sprintf(
		"%s would be deleted, and stack label %q protects its resources: re-run with run metadata %q to approve.",
		[address, protect_label, approval],
	)
}

warn contains message if {
	protected_stack
	not deletion_approved
	proposed_run
	some address in deleted_addresses
	message := sprintf(
		"%s would be deleted, and stack label %q protects its resources: deploying it needs run metadata %q.",
		[address, protect_label, approval],
	)
}

protected_stack if {
	protect_label in input.spacelift.stack.labels
}

proposed_run if {
	input.spacelift.run.type == "PROPOSED"
}

deletion_approved if {
	approval in input.spacelift.run.user_provided_metadata
}

deletion_approved if {
	approval in input.spacelift.run.flags
}

deleted_addresses contains change.address if {
	some change in input.terraform.resource_changes
	"delete" in change.change.actions
}
