import { App } from "cdktf";
import type { SpaceliftModel } from "../model";
import { AdminStack } from "./admin-stack";
import { AtmosStack } from "./atmos-stack";
import { SpacesStack } from "./spaces-stack";

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
}

/** One cdktf stack per instance of a component this app implements, named by its Spacelift id. */
export function buildApp(model: SpaceliftModel, options: BuildAppOptions = {}): App {
  const app = new App({
    ...(options.outdir !== undefined ? { outdir: options.outdir } : {}),
    skipValidation: false,
  });
  for (const component of model.appComponents) {
    if (options.onlyStack !== undefined && component.id !== options.onlyStack) continue;
    switch (component.implementation) {
      case "admin-stack": {
        const admin = model.adminStacks.find((a) => a.id === component.id);
        if (!admin) continue; // an admin stack without a Spacelift stack manages nothing
        new AdminStack(app, {
          component,
          admin,
          managedStacks: admin.managedStackIds.map((id) => model.stack(id)!),
          allStacks: model.stacks,
        });
        break;
      }
      case "spaces":
        new SpacesStack(app, {
          component,
          spaces: model.spaces.filter((s) => s.definedBy === component.id),
          policies: model.policies.filter((p) => p.definedBy === component.id),
        });
        break;
      default:
        new AtmosStack(app, { component });
    }
  }
  return app;
}
