import { App } from "cdktf";
import type { SpaceliftModel } from "../model";
import { AdminStack } from "./admin-stack";
import { AtmosStack } from "./atmos-stack";
import { PreviewEnvironmentsStack } from "./preview-environments-stack";
import { SpacesStack } from "./spaces-stack";
import type { StateBackendStack } from "./state-backend-stack";
import type { WorkerPoolStack } from "./worker-pool-stack";

/*
 * The two AWS-based stacks load @cdktf/provider-aws, about 0.3 s of a synth's 1.2 s start-up.
 * Most synths have neither (a Spacelift run synthesizes only its own stack, and an organisation
 * has one pool and one state backend among its admin stacks), so they are loaded on first use.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const workerPoolStack = (): typeof WorkerPoolStack =>
  (require("./worker-pool-stack") as { WorkerPoolStack: typeof WorkerPoolStack }).WorkerPoolStack;
const stateBackendStack = (): typeof StateBackendStack =>
  (require("./state-backend-stack") as { StateBackendStack: typeof StateBackendStack }).StateBackendStack;
/* eslint-enable @typescript-eslint/no-require-imports */

/** Options of {@link buildApp}. */
export interface BuildAppOptions {
  /**
   * Synthesize only this stack (a Spacelift run needs just its own stack).
   * @default - every stack
   */
  readonly onlyStack?: string;
  /**
   * Output directory.
   * @default - cdktf's (CDKTF_OUTDIR, else cdktf.out)
   */
  readonly outdir?: string;
  /**
   * Stacks that keep their state in a local file for a bootstrap deploy (see AtmosStackProps.localState).
   * @default []
   */
  readonly localStateStacks?: readonly string[];
}

/** One cdktf stack per instance of a component this app implements, named by its Spacelift id. */
export function buildApp(model: SpaceliftModel, options: BuildAppOptions = {}): App {
  const app = new App({
    ...(options.outdir !== undefined ? { outdir: options.outdir } : {}),
    skipValidation: false,
  });
  const localState = new Set(options.localStateStacks ?? []);
  const local = (id: string): boolean => localState.has(id);
  for (const component of model.appComponents) {
    if (options.onlyStack !== undefined && component.id !== options.onlyStack) continue;
    switch (component.implementation) {
      case "admin-stack": {
        const admin = model.adminStacks.find((a) => a.id === component.id);
        if (!admin) continue; // an admin stack without a Spacelift stack manages nothing
        new AdminStack(app, {
          component,
          localState: local(component.id),
          admin,
          managedStacks: admin.managedStackIds.map((id) => model.stack(id)!),
          allStacks: model.stacks,
        });
        break;
      }
      case "spaces":
        new SpacesStack(app, {
          component,
          localState: local(component.id),
          spaces: model.spaces.filter((s) => s.definedBy === component.id),
          policies: model.policies.filter((p) => p.definedBy === component.id),
        });
        break;
      case "worker-pool":
        new (workerPoolStack())(app, { component, localState: local(component.id) });
        break;
      case "state-backend":
        new (stateBackendStack())(app, { component, localState: local(component.id) });
        break;
      case "preview-environments":
        new PreviewEnvironmentsStack(app, { component, localState: local(component.id) });
        break;
      default:
        new AtmosStack(app, { component, localState: local(component.id) });
    }
  }
  return app;
}
