import type { Construct } from "constructs";
import type { AppComponentModel } from "../model";
import { AtmosStack, type AtmosStackProps } from "./atmos-stack";
import { PreviewEnvironment } from "./preview-environment";
import { ConstructError } from "./private/errors";
import { SpaceliftLookups } from "./private/lookups";

/** Props of {@link PreviewEnvironmentsStack}. */
export interface PreviewEnvironmentsStackProps extends Omit<AtmosStackProps, "component"> {
  /** The `spacelift/preview-environments` component instance (with its services and environments). */
  readonly component: AppComponentModel;
}

/**
 * The preview-environment manager: one cdktf stack (named by its Spacelift id) holding every
 * environment of the services it owns, one {@link PreviewEnvironment} per environment file. Adding
 * a file creates an environment, changing it updates the environment, deleting it destroys the
 * environment's resources and its stack.
 */
export class PreviewEnvironmentsStack extends AtmosStack {
  /** The environments, by Spacelift stack id. */
  readonly environments: ReadonlyMap<string, PreviewEnvironment>;

  constructor(scope: Construct, props: PreviewEnvironmentsStackProps) {
    super(scope, props);
    const config = props.component.previewEnvironments;
    if (!config) {
      throw new ConstructError(
        "INVALID_PROPS",
        this,
        "the preview-environments component has no parsed services",
        "This is a bug: the model reads every spacelift/preview-environments instance.",
      );
    }
    const environments = new Map<string, PreviewEnvironment>();
    const all = config.services.flatMap((s) => s.environments);
    if (all.length > 0) {
      const lookups = new SpaceliftLookups(this, "lookups");
      for (const environment of [...all].sort((a, b) => (a.stackId < b.stackId ? -1 : 1))) {
        environments.set(
          environment.stackId,
          new PreviewEnvironment(this, environment.stackId, { environment, lookups }),
        );
      }
    }
    this.environments = environments;
  }
}
