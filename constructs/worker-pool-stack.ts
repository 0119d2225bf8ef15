import type { Construct } from "constructs";
import type { AppComponentModel } from "../model";
import { AtmosStack, type AtmosStackProps } from "./atmos-stack";
import { awsProvider } from "./private/aws-provider";
import { ConstructError } from "./private/errors";
import { SpaceliftLookups } from "./private/lookups";
import { WorkerPool } from "./worker-pool";

/** Props of {@link WorkerPoolStack}. */
export interface WorkerPoolStackProps extends Omit<AtmosStackProps, "component"> {
  /** The worker-pool component instance (with its parsed config). */
  readonly component: AppComponentModel;
}

/**
 * The `spacelift/worker-pool` component: the Spacelift pool in its space (resolved by name, unlike
 * Cloud Posse's lookup that lands pools in root) and its EC2 workers.
 */
export class WorkerPoolStack extends AtmosStack {
  /** The pool (undefined when the component is disabled: the stack then creates nothing). */
  readonly workerPool?: WorkerPool;

  constructor(scope: Construct, props: WorkerPoolStackProps) {
    super(scope, props);
    const config = props.component.workerPool;
    if (!config) {
      throw new ConstructError(
        "INVALID_PROPS",
        this,
        "the worker-pool component has no parsed config",
        "This is a bug: the model parses every worker-pool instance.",
      );
    }
    if (!config.enabled) return;
    awsProvider(this, "aws", { region: config.region, providers: props.component.source.providers });
    const lookups = new SpaceliftLookups(this, "lookups");
    const space = lookups.space(config.spaceName, "Apply the spaces stack before the worker pool.");
    this.workerPool = new WorkerPool(this, "worker-pool", { config, space });
  }
}
