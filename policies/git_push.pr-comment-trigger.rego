# Name: GIT_PUSH Plan Affected
# Type: GIT_PUSH
# Decides: Stacks labelled `pr-comment-triggered` run only on request from a new pull request
#   comment: a line `/spacelift <stack-id> deploy` tracks (deploys) the pull request's head commit,
#   a line `/spacelift <stack-id> preview` proposes it. Every other event is ignored, and so are
#   pull requests labelled `spacelift-no-trigger` and drafts without the `spacelift-trigger`
#   label. When it proposes, it cancels this stack's queued proposed runs on the head branch.
# Input: GIT_PUSH input: pull_request.{action, comment, draft, labels, head.branch}, stack.id,
#   in_progress[].{id, type, state, branch}.
# Labels: autoattach:pr-comment-triggered
# Notes: The command format is the one the affected-stacks GitHub action writes: one
#   `/spacelift <stack-id> <preview|deploy>` line per stack under a leading `/spacelift summary`
#   line. Words are compared whole, so `/spacelift app deploy` never matches the stack `ap`. Its
#   `ignore` vetoes every other push policy on the same stack: do not combine it with GIT_PUSH
#   Proposed Run / Tracked Run. Same name as Cloud Posse's upstream policy.
package spacelift.git_push_pr_comment_trigger

track if {
	commented
	requested("deploy")
}

propose if {
	commented
	requested("preview")
}

ignore if {
	not commented
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

commented if {
	input.pull_request.action == "commented"
}

draft_without_trigger if {
	input.pull_request.draft == true
	not "spacelift-trigger" in input.pull_request.labels
}

requested(verb) if {
	some line in split(input.pull_request.comment, "\n")
	words := regex.split(`\s+`, trim_space(line))
	some i, word in words
	word == "/spacelift"
	words[i + 1] == input.stack.id
	words[i + 2] == verb
}
