# Name: GIT_PUSH Global Administrator
# Type: GIT_PUSH
# Decides: Administrative stacks re-plan on every change to the repository: a push to the stack's
#   own branch is tracked, every other push and pull request event is proposed.
# Input: GIT_PUSH input: push.branch, push.tag, pull_request.action, stack.branch.
# Notes: Attach to admin stacks only. Tag pushes are never proposed (there is nothing to preview).
#   Pull request comments are never proposed either: Spacelift does not deduplicate runs proposed
#   for `/spacelift` comments, so every affected-stacks comment would queue another admin preview.
package spacelift.git_push_administrative

track if {
	input.push.branch == input.stack.branch
}

propose if {
	not tag_push
	not comment_event
}

tag_push if {
	is_string(input.push.tag)
	input.push.tag != ""
}

comment_event if {
	input.pull_request.action == "commented"
}
