package spacelift.git_push_pr_comment_trigger

summary_comment := concat("\n", [
	"/spacelift summary",
	"",
	"<details><summary>Spacelift Triggered Stacks (2)</summary>",
	"",
	"/spacelift acme-ue1-prod-vpc preview",
	"/spacelift acme-ue1-prod-eks deploy",
	"</details>",
])

comment_input(comment) := {
	"pull_request": {
		"action": "commented",
		"comment": comment,
		"draft": false,
		"labels": ["pr-comment-triggered"],
		"head": {"branch": "feature/network"},
	},
	"stack": {"id": "acme-ue1-prod-vpc", "labels": ["pr-comment-triggered"]},
	"in_progress": [],
}

stack_input(comment, stack_id) := object.union(comment_input(comment), {"stack": {"id": stack_id}})

queued_runs := [
	{"id": "run-queued", "type": "PROPOSED", "state": "QUEUED", "branch": "feature/network"},
	{"id": "run-running", "type": "PROPOSED", "state": "PLANNING", "branch": "feature/network"},
	{"id": "run-other-branch", "type": "PROPOSED", "state": "QUEUED", "branch": "main"},
]

test_track_when_the_comment_asks_to_deploy_the_stack if {
	track with input as stack_input(summary_comment, "acme-ue1-prod-eks")
}

test_no_track_when_the_comment_only_asks_for_a_preview if {
	not track with input as comment_input(summary_comment)
}

test_no_track_for_a_stack_whose_id_is_a_prefix_of_the_requested_one if {
	not track with input as stack_input("/spacelift app deploy", "ap")
}

test_no_track_for_the_legacy_verb_first_order if {
	not track with input as comment_input("/spacelift deploy acme-ue1-prod-vpc")
}

test_propose_when_the_comment_asks_for_a_preview_of_the_stack if {
	propose with input as comment_input(summary_comment)
}

test_no_propose_when_the_comment_names_another_stack if {
	not propose with input as stack_input(summary_comment, "acme-ue1-prod-rds")
}

test_no_propose_when_the_stack_id_is_only_a_prefix_of_a_word if {
	not propose with input as comment_input("/spacelift acme-ue1-prod-vpc previewing")
}

test_no_propose_on_a_pull_request_update_event if {
	not propose with input as object.union(comment_input(summary_comment), {"pull_request": {"action": "synchronize"}})
}

test_ignore_every_event_that_is_not_a_comment if {
	ignore with input as object.union(comment_input(summary_comment), {"pull_request": {"action": "opened"}})
	ignore with input as {"push": {"branch": "main", "affected_files": ["main.tf"]}, "stack": {"id": "acme-ue1-prod-vpc"}}
}

test_ignore_a_comment_on_a_pull_request_labelled_no_trigger if {
	ignore with input as object.union(comment_input(summary_comment), {"pull_request": {"labels": ["spacelift-no-trigger"]}})
}

test_ignore_a_comment_on_a_draft_without_the_trigger_label if {
	ignore with input as object.union(comment_input(summary_comment), {"pull_request": {"draft": true}})
}

test_no_ignore_for_a_comment_on_a_ready_pull_request if {
	not ignore with input as comment_input(summary_comment)
}

test_no_ignore_for_a_comment_on_a_draft_with_the_trigger_label if {
	not ignore with input as object.union(
		comment_input(summary_comment),
		{"pull_request": {"draft": true, "labels": ["spacelift-trigger"]}},
	)
}

test_commented_on_a_comment_event if {
	commented with input as comment_input("hello")
}

test_not_commented_on_other_pull_request_actions if {
	not commented with input as object.union(comment_input("hello"), {"pull_request": {"action": "reopened"}})
}

test_draft_without_trigger_for_an_unlabelled_draft if {
	draft_without_trigger with input as object.union(comment_input("hello"), {"pull_request": {"draft": true}})
}

test_not_draft_without_trigger_for_a_ready_pull_request if {
	not draft_without_trigger with input as comment_input("hello")
}

test_requested_matches_a_command_line_with_extra_whitespace if {
	requested("preview") with input as comment_input("  /spacelift   acme-ue1-prod-vpc\tpreview  \r")
}

test_requested_matches_a_command_inside_a_sentence if {
	requested("deploy") with input as comment_input("please /spacelift acme-ue1-prod-vpc deploy now")
}

test_not_requested_when_the_command_spans_lines if {
	not requested("deploy") with input as comment_input("/spacelift acme-ue1-prod-vpc\ndeploy")
}

test_not_requested_for_another_verb if {
	not requested("deploy") with input as comment_input("/spacelift acme-ue1-prod-vpc preview")
}

test_cancel_only_queued_proposed_runs_on_the_head_branch_when_proposing if {
	cancel == {"run-queued"} with input as object.union(comment_input(summary_comment), {"in_progress": queued_runs})
}

test_cancel_nothing_when_the_comment_does_not_propose if {
	inp := object.union(stack_input(summary_comment, "acme-ue1-prod-eks"), {"in_progress": queued_runs})
	count(cancel) == 0 with input as inp
}

test_cancel_nothing_when_the_comment_is_ignored if {
	inp := object.union(
		comment_input(summary_comment),
		{"in_progress": queued_runs, "pull_request": {"labels": ["spacelift-no-trigger"]}},
	)
	cancel == set() with input as inp
}
