package spacelift.git_push_preview_environment

test_track_when_the_push_is_on_the_environment_branch if {
	track with input as {"push": {"branch": "feature/login"}, "stack": {"branch": "feature/login"}}
}

test_no_track_when_the_push_is_on_another_branch if {
	not track with input as {"push": {"branch": "main"}, "stack": {"branch": "feature/login"}}
}

test_no_track_on_a_pull_request_event_without_push_data if {
	not track with input as {"pull_request": {"action": "opened"}, "stack": {"branch": "feature/login"}}
}
