# Name: TRIGGER Dependencies
# Type: TRIGGER
# Decides: After a tracked run of this stack finishes, triggers a tracked run on every other stack
#   labelled `depends-on:<this stack's id>` (or `depends-on:<this stack's name>`).
# Input: TRIGGER input: run.{state, type}, stack.{id, name}, stacks[].{id, labels}.
# Notes: For configurations that keep atmos `depends-on:` labels. Native stack dependencies
#   (`spacelift_stack_dependency`) order runs and pass outputs, and are preferred; do not use both
#   for the same pair of stacks or the dependant runs twice. The stack name is accepted as well as
#   the id because atmos writes names into the label and Spacelift derives ids (slugs) from them.
#   A stack never triggers itself.
package spacelift.trigger_dependencies

trigger contains stack.id if {
	input.run.state == "FINISHED"
	input.run.type == "TRACKED"
	some stack in input.stacks
	stack.id != input.stack.id
	some label in stack.labels
	label in dependency_labels
}

dependency_labels contains label if {
	label := concat("", ["depends-on:", input.stack.id])
}

dependency_labels contains label if {
	label := concat("", ["depends-on:", input.stack.name])
}
