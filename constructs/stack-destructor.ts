import { TerraformStack, type ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { dependsOnAddresses } from "./private/depends-on";
import { logicalId } from "./private/ids";
import { StackDestructorResource } from "./private/spacelift-resources";

/** Props of {@link StackDestructor}. */
export interface StackDestructorProps {
  /** Id (slug) or reference of the Spacelift stack. */
  readonly stackId: string;
  /** Logical id base of the stack (its Spacelift id). */
  readonly name: string;
  /**
   * Whether removing the stack from configuration destroys the infrastructure it manages.
   * @default false - the stack is deleted and its cloud resources are kept
   */
  readonly active?: boolean;
  /**
   * Everything the destroy run needs (env vars, mounted files, roles, attachments) and the
   * destructors of stacks that must go after this one: Terraform destroys the destructor first.
   * @default - nothing
   */
  readonly dependsOn?: readonly ITerraformDependable[];
  /**
   * Discard pending runs before deleting the stack.
   * @default true
   */
  readonly discardRuns?: boolean;
}

/**
 * A `spacelift_stack_destructor` that always exists. Its presence is never toggled (deleting an
 * active destructor runs a destroy of the stack's infrastructure, cloud-infrastructure-automation
 * #89); `deactivated` is the switch.
 */
export class StackDestructor extends Construct {
  /** The destructor resource. */
  readonly resource: StackDestructorResource;
  /** Whether removing the stack destroys its resources. */
  readonly active: boolean;

  constructor(scope: Construct, id: string, props: StackDestructorProps) {
    super(scope, id);
    this.active = props.active ?? false;
    this.resource = new StackDestructorResource(this, "resource", {
      stackId: props.stackId,
      deactivated: !this.active,
      discardRuns: props.discardRuns ?? true,
    });
    if (props.dependsOn)
      this.resource.dependsOn = dependsOnAddresses(TerraformStack.of(this), props.dependsOn);
    this.resource.overrideLogicalId(logicalId(props.name));
  }
}
