import type { Construct } from "constructs";
import type { AppComponentModel } from "../model";
import { AtmosStack, type AtmosStackProps } from "./atmos-stack";
import { awsProvider } from "./private/aws-provider";
import { ConstructError } from "./private/errors";
import { tfLiteralMap } from "./private/literal";
import { StateBackend } from "./state-backend";

/** Props of {@link StateBackendStack}. */
export interface StateBackendStackProps extends Omit<AtmosStackProps, "component"> {
  /** The state-backend component instance (with its parsed config). */
  readonly component: AppComponentModel;
}

/**
 * The `tfstate-backend` component: the hardened, replicated S3 state store, deployed by a platform
 * engineer with `cdktf deploy` (its first deploy uses local state; see the README).
 */
export class StateBackendStack extends AtmosStack {
  /** The state backend. */
  readonly stateBackend: StateBackend;

  constructor(scope: Construct, props: StateBackendStackProps) {
    // AWS only: declaring the Spacelift provider would make its bootstrap `terraform init` need the registry.
    super(scope, { ...props, spaceliftProvider: false });
    const config = props.component.stateBackend;
    if (!config) {
      throw new ConstructError(
        "INVALID_PROPS",
        this,
        "the state-backend component has no parsed config",
        "This is a bug: the model parses every state-backend instance.",
      );
    }
    const providers = props.component.source.providers;
    const provider = awsProvider(this, "aws", { region: config.region, providers });
    const replicaProvider = awsProvider(this, "aws-replica", {
      region: config.replicaRegion,
      providers,
      alias: "replica",
    });
    // Bucket names, regions and ARNs are pattern-checked by the model; tags are free text.
    this.stateBackend = new StateBackend(this, "state-backend", {
      ...config,
      ...(config.tags !== undefined ? { tags: tfLiteralMap(config.tags) } : {}),
      provider,
      replicaProvider,
    });
  }
}
