# Name: GIT_PUSH Preview Environment
# Type: GIT_PUSH
# Decides: A preview-environment stack deploys every push to the branch it was created for and
#   nothing else: no proposed runs, so pushes to other branches and pull request events are ignored.
# Input: GIT_PUSH input: push.branch, stack.branch.
# Notes: With no matching rule Spacelift ignores the event, which is what keeps previews from
#   planning unrelated branches.
package spacelift.git_push_preview_environment

track if {
	input.push.branch == input.stack.branch
}
