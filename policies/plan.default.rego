# Name: PLAN Default
# Type: PLAN
# Decides: Warns when the stack's previous run failed, so an autodeploy stack stops for a human to
#   review this plan before it is applied.
# Input: PLAN input: spacelift.previous_run.state (absent on a stack's first run).
# Notes: A warning only blocks tracked runs on autodeploy stacks; it never fails a run.
package spacelift.plan_default

warn contains "Previous run did not succeed: review this plan before confirming it." if {
	input.spacelift.previous_run.state == "FAILED"
}
