package spacelift.trigger_dependencies

run_input(state, run_type) := {
	"run": {"id": "run-1", "type": run_type, "state": state},
	"stack": {"id": "acme-ue1-prod-vpc", "name": "acme-ue1-prod-vpc"},
	"stacks": [
		{"id": "acme-ue1-prod-vpc", "labels": ["depends-on:acme-ue1-prod-vpc"]},
		{"id": "acme-ue1-prod-eks", "labels": ["folder:component/eks", "depends-on:acme-ue1-prod-vpc"]},
		{"id": "acme-ue1-prod-rds", "labels": ["depends-on:acme-ue1-prod-vpc-endpoints"]},
		{"id": "acme-ue1-prod-dns", "labels": []},
	],
}

test_trigger_dependants_after_a_finished_tracked_run if {
	trigger == {"acme-ue1-prod-eks"} with input as run_input("FINISHED", "TRACKED")
}

test_trigger_dependants_labelled_with_the_stack_name if {
	inp := object.union(run_input("FINISHED", "TRACKED"), {"stack": {"id": "acme-ue1-prod-vpc-1", "name": "acme-ue1-prod-vpc"}})
	trigger == {"acme-ue1-prod-eks", "acme-ue1-prod-vpc"} with input as inp
}

test_no_trigger_after_a_failed_run if {
	count(trigger) == 0 with input as run_input("FAILED", "TRACKED")
}

test_no_trigger_after_a_task if {
	trigger == set() with input as run_input("FINISHED", "TASK")
}

test_dependency_labels_from_the_stack_id_and_name if {
	inp := object.union(run_input("FINISHED", "TRACKED"), {"stack": {"id": "acme-ue1-prod-vpc", "name": "Acme VPC"}})
	dependency_labels == {"depends-on:acme-ue1-prod-vpc", "depends-on:Acme VPC"} with input as inp
}

test_dependency_labels_from_the_stack_id_alone if {
	dependency_labels == {"depends-on:acme-ue1-prod-vpc"} with input as {"stack": {"id": "acme-ue1-prod-vpc"}}
}

test_dependency_labels_from_the_stack_name_alone if {
	dependency_labels == {"depends-on:acme-ue1-prod-vpc"} with input as {"stack": {"name": "acme-ue1-prod-vpc"}}
}

test_dependency_labels_empty_without_a_stack if {
	count(dependency_labels) == 0 with input as {"run": {"state": "FINISHED", "type": "TRACKED"}}
}
