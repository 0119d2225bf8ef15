package spacelift.git_push_administrative

test_track_when_the_push_is_on_the_stack_branch if {
	track with input as {"push": {"branch": "main", "tag": ""}, "stack": {"branch": "main"}}
}

test_no_track_when_the_push_is_on_another_branch if {
	not track with input as {"push": {"branch": "feature", "tag": ""}, "stack": {"branch": "main"}}
}

test_propose_on_a_push_to_another_branch if {
	propose with input as {"push": {"branch": "feature", "tag": ""}, "stack": {"branch": "main"}}
}

test_propose_on_a_pull_request_event if {
	propose with input as {
		"pull_request": {"action": "synchronize"},
		"push": {"branch": "feature", "tag": ""},
		"stack": {"branch": "main"},
	}
}

test_no_propose_on_a_tag_push if {
	not propose with input as {"push": {"branch": "", "tag": "v1.2.0"}, "stack": {"branch": "main"}}
}

test_no_propose_on_a_pull_request_comment if {
	not propose with input as {
		"pull_request": {"action": "commented", "comment": "/spacelift admin preview"},
		"push": {"branch": "feature", "tag": ""},
		"stack": {"branch": "main"},
	}
}

test_tag_push_when_a_tag_is_set if {
	tag_push with input as {"push": {"branch": "", "tag": "v1.2.0"}}
}

test_not_tag_push_when_the_tag_is_empty if {
	not tag_push with input as {"push": {"branch": "main", "tag": ""}}
}

test_not_tag_push_when_the_tag_is_null if {
	not tag_push with input as {"push": {"branch": "main", "tag": null}}
}

test_comment_event_on_a_pull_request_comment if {
	comment_event with input as {"pull_request": {"action": "commented"}}
}

test_not_comment_event_on_other_pull_request_actions if {
	not comment_event with input as {"pull_request": {"action": "opened"}}
}
