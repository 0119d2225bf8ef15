/**
 * What `break-glass STACK_ID` can name: every Spacelift stack, and every stack this app synthesizes
 * that Spacelift does not run (a state backend is deployed by hand, and must be recoverable too).
 */
import type { ResolvedComponent } from "../config-engine/types";
import type { AppComponentModel, SpaceliftModel, StackKind, StackModel } from "../model";
import { unknownStack } from "./errors";
import type { StackApis } from "./types";

/** One stack an operator may have to run without Spacelift. */
export interface BreakGlassTarget {
  readonly id: string;
  readonly kind: StackKind;
  readonly source: ResolvedComponent;
  /** The Spacelift stack that runs it. @default - none: deployed by hand */
  readonly stack?: StackModel;
  /** The app-implemented component it is. @default - none: an HCL component run by atmos */
  readonly app?: AppComponentModel;
}

/**
 * Which APIs each kind's resources live behind. The worker pool has both: its pool and API key are
 * Spacelift resources, its auto-scaling group and IAM are AWS resources.
 */
const APIS: Readonly<Record<StackKind, StackApis>> = {
  component: { aws: true, spacelift: false },
  "admin-stack": { aws: false, spacelift: true },
  spaces: { aws: false, spacelift: true },
  "worker-pool": { aws: true, spacelift: true },
  "state-backend": { aws: true, spacelift: false },
  "preview-environments": { aws: false, spacelift: true },
};

/** The APIs a stack of `kind` needs. */
export function apisOf(kind: StackKind): StackApis {
  return APIS[kind];
}

/** Every target, sorted by id. */
export function allTargets(model: SpaceliftModel): BreakGlassTarget[] {
  const apps = new Map(model.appComponents.map((a) => [a.id, a]));
  const targets: BreakGlassTarget[] = model.stacks.map((stack) => {
    const app = apps.get(stack.id);
    return { id: stack.id, kind: stack.kind, source: stack.source, stack, ...(app ? { app } : {}) };
  });
  for (const app of model.appComponents) {
    if (app.spaceliftStack === undefined && model.stack(app.id) === undefined)
      targets.push({ id: app.id, kind: app.implementation, source: app.source, app });
  }
  return targets.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The target named `id`, or an UNKNOWN_STACK error with a "did you mean". */
export function findTarget(model: SpaceliftModel, id: string): BreakGlassTarget {
  const targets = allTargets(model);
  const found = targets.find((t) => t.id === id);
  if (found === undefined)
    throw unknownStack(
      id,
      targets.map((t) => t.id),
    );
  return found;
}
