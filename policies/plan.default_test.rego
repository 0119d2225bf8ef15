package spacelift.plan_default

test_warn_when_the_previous_run_failed if {
	warn == {"Previous run did not succeed: review this plan before confirming it."} with input as {
		"spacelift": {"previous_run": {"state": "FAILED"}, "run": {"type": "TRACKED"}},
	}
}

test_no_warn_when_the_previous_run_finished if {
	count(warn) == 0 with input as {"spacelift": {"previous_run": {"state": "FINISHED"}, "run": {"type": "TRACKED"}}}
}

test_no_warn_on_the_first_run if {
	warn == set() with input as {"spacelift": {"run": {"type": "TRACKED"}}}
}
