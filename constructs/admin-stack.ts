import type { Construct } from "constructs";
import { StackDependency as StackDependencyResource } from "../.gen/providers/spacelift/stack-dependency";
import type { AdminStackModel, AppComponentModel, StackModel } from "../model";
import { AtmosStack, type AtmosStackProps } from "./atmos-stack";
import { ChildStack } from "./child-stack";
import { logicalId } from "./private/ids";
import { tfLiteral } from "./private/literal";
import { SpaceliftLookups } from "./private/lookups";
import {
  checkPreviousNames,
  moveRenamedDependency,
  moveRenamedStack,
  stackIndex,
  stackSlug,
} from "./private/moves";

/** Props of {@link AdminStack}. */
export interface AdminStackProps extends Omit<AtmosStackProps, "component"> {
  /** The admin-stack component instance. */
  readonly component: AppComponentModel;
  /** The admin stack as the model decided it. */
  readonly admin: AdminStackModel;
  /** The stacks it creates (for the root admin stack, including itself). */
  readonly managedStacks: readonly StackModel[];
  /**
   * Every stack of the configuration: dependencies on stacks of other admin stacks use their slug,
   * and previous names are checked against all current ids.
   * @default - the managed stacks
   */
  readonly allStacks?: readonly StackModel[];
}

/**
 * An admin stack: one cdktf stack (named by its Spacelift id) that creates the Spacelift stacks it
 * manages, each with all its resources, plus `spacelift_stack_dependency` resources for their
 * dependencies. The root admin stack also creates itself, so it manages itself after the first
 * `cdktf deploy`.
 */
export class AdminStack extends AtmosStack {
  /** The child stacks, by Spacelift id. */
  readonly children: ReadonlyMap<string, ChildStack>;
  private readonly stacksById: ReadonlyMap<string, StackModel>;

  constructor(scope: Construct, props: AdminStackProps) {
    super(scope, props);
    const lookups = new SpaceliftLookups(this, "lookups");
    const allStacks = props.allStacks ?? props.managedStacks;
    checkPreviousNames(this, props.managedStacks, allStacks);
    this.stacksById = stackIndex(allStacks).byId;
    const children = new Map<string, ChildStack>();
    for (const stack of [...props.managedStacks].sort((a, b) => (a.id < b.id ? -1 : 1))) {
      children.set(stack.id, new ChildStack(this, stack.id, { stack, lookups }));
    }
    this.children = children;
    for (const child of children.values()) this.addDependencies(child, children);
    for (const child of children.values()) moveRenamedStack(this, child, child.model);
  }

  /**
   * One `spacelift_stack_dependency` per dependency. When both stacks live here, the destructors
   * are chained (dependent's destructor → dependency → upstream's destructor) so a teardown deletes
   * the dependent stack first and the upstream stack only once nothing depends on it.
   */
  private addDependencies(child: ChildStack, children: ReadonlyMap<string, ChildStack>): void {
    if (!child.model.stackDependencyResources) return;
    for (const target of child.model.dependsOn) {
      const upstream = children.get(target);
      const upstreamModel = this.stacksById.get(target);
      const dependency = new StackDependencyResource(child, `depends-on-${target}`, {
        stackId: child.stackId,
        dependsOnStackId: upstream
          ? upstream.stackId
          : tfLiteral(upstreamModel ? stackSlug(upstreamModel) : target),
        dependsOn: upstream ? [upstream.destructor.resource] : undefined,
      });
      const dependencyId = logicalId(child.model.id, "on", target);
      dependency.overrideLogicalId(dependencyId);
      moveRenamedDependency(this, dependency, child.model, upstreamModel);
      child.destructor.resource.dependsOn = [
        ...(child.destructor.resource.dependsOn ?? []),
        `${StackDependencyResource.tfResourceType}.${dependencyId}`,
      ];
    }
  }
}
