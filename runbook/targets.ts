/**
 * What `break-glass STACK_ID` can name: every Spacelift stack, every stack this app synthesizes
 * that Spacelift does not run (a state backend is deployed by hand, and must be recoverable too), and
 * every preview environment a preview-environments manager declares (model/preview-*.ts).
 */
import type { ResolvedComponent } from "../config-engine/types";
import type {
  AppComponentModel,
  PreviewEnvironmentModel,
  PreviewEnvironmentsConfig,
  SpaceliftModel,
  StackModel,
} from "../model";
import { unknownStack } from "./errors";
import type { StackApis, TargetKind } from "./types";

/** One stack an operator may have to run without Spacelift. */
export interface BreakGlassTarget {
  readonly id: string;
  readonly kind: TargetKind;
  /**
   * The atmos component that declares it: the stack's own, or for a preview environment its
   * manager's (whose backend, providers and vars are the manager's, not the environment's).
   */
  readonly source: ResolvedComponent;
  /** The Spacelift stack that runs it. @default - none: deployed by hand, or a preview environment */
  readonly stack?: StackModel;
  /** The app-implemented component it is. @default - none: an HCL component run by atmos */
  readonly app?: AppComponentModel;
  /**
   * The preview environment it is, with the id of the manager stack that creates it.
   * @default - not a preview environment
   */
  readonly preview?: PreviewTarget;
}

/**
 * Which APIs each kind's resources live behind. The worker pool has both: its pool and API key are
 * Spacelift resources, its auto-scaling group and IAM are AWS resources.
 */
const APIS: Readonly<Record<TargetKind, StackApis>> = {
  component: { aws: true, spacelift: false },
  "admin-stack": { aws: false, spacelift: true },
  spaces: { aws: false, spacelift: true },
  "worker-pool": { aws: true, spacelift: true },
  "state-backend": { aws: true, spacelift: false },
  "preview-environments": { aws: false, spacelift: true },
  "preview-environment": { aws: true, spacelift: false },
};

/** A preview environment, with what its manager knows about it. */
export interface PreviewTarget {
  readonly environment: PreviewEnvironmentModel;
  /** The service template (display path). */
  readonly templateFile: string;
  /** The manager stack that creates it (its `preview-environment-managed-by:` label). */
  readonly managerId: string;
}

/** The APIs a stack of `kind` needs. */
export function apisOf(kind: TargetKind): StackApis {
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
    if (app.previewEnvironments !== undefined) targets.push(...previewTargets(app, app.previewEnvironments));
  }
  return targets.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The environments a preview-environments manager declares, each a Spacelift stack of its own. */
function previewTargets(app: AppComponentModel, config: PreviewEnvironmentsConfig): BreakGlassTarget[] {
  return config.services.flatMap((service) =>
    service.environments.map((environment) => ({
      id: environment.stackId,
      kind: "preview-environment" as const,
      source: app.source,
      preview: { environment, templateFile: service.templateFile, managerId: config.managerId },
    })),
  );
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
