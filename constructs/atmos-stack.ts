import { LocalBackend, TerraformElement, TerraformStack } from "cdktf";
import type { Node } from "constructs";
import type { Construct } from "constructs";
import { SpaceliftProvider } from "../.gen/providers/spacelift/provider";
import type { AppComponentModel } from "../model";
import { configureBackend } from "./private/backend";
import { ConstructError } from "./private/errors";
import { readableLogicalId } from "./private/ids";

/** The env var that keeps cdktf's preparing resolve pass (see {@link AtmosStack.prepareStack}). */
export const CDKTF_PREPARE_ENV = "SPACELIFT_ATMOS_CDKTF_PREPARE";

/** Props of {@link AtmosStack}. */
export interface AtmosStackProps {
  /** The app-implemented component instance this stack is. */
  readonly component: AppComponentModel;
  /**
   * Keep the state in a local file instead of the atmos backend: the first deploy of a stack whose
   * backend does not exist yet (the state backend itself, or before the bucket is created).
   * @default false
   */
  readonly localState?: boolean;
  /**
   * Declare and configure the Spacelift provider. A stack that manages no Spacelift resource (the
   * state backend) leaves it out, so `terraform init` needs only the providers it uses and the
   * bootstrap runs offline from a provider mirror.
   * @default true
   */
  readonly spaceliftProvider?: boolean;
}

/**
 * Base of every cdktf stack this app synthesizes: named exactly by the Spacelift stack id (the
 * CDKTF integration of Spacelift copies `cdktf.out/stacks/<id>/cdk.tf.json`), with the state backend
 * of the atmos component and, unless it manages no Spacelift resource, the Spacelift provider (authenticated by SPACELIFT_API_KEY_* locally and
 * by the run's token inside Spacelift; no credential is ever written into the JSON).
 */
export class AtmosStack extends TerraformStack {
  /** The component this stack implements. */
  readonly component: AppComponentModel;
  private readonly allocatedIds = new Map<string, string>();

  constructor(scope: Construct, props: AtmosStackProps) {
    super(scope, props.component.id);
    this.component = props.component;
    const source = props.component.source;
    if (props.localState === true) {
      new LocalBackend(this, { path: `terraform.${props.component.id}.tfstate` });
    } else {
      configureBackend(this, {
        backendType: source.backendType,
        backend: source.backend,
        workspace: source.workspace,
        spaceliftManagesState: props.component.spaceliftStack?.manageState ?? false,
      });
    }
    if (props.spaceliftProvider ?? true) new SpaceliftProvider(this, "spacelift");
  }

  /**
   * cdktf's `prepareStack` resolves every element of the stack once more before the synth, only to
   * discover references to resources of other stacks (a preparing resolve turns them into outputs
   * and remote-state lookups). These stacks never refer across stacks: whatever they need of another
   * stack is looked up by name (constructs/private/lookups.ts), and the schema validator reports
   * any reference to an address the stack does not declare. Skipping the pass halves cdktf's token
   * resolution, the largest part of a synth (docs/benchmarks.md); the output is the same, which
   * `__tests__/example/prepare-pass.test.ts` checks against the stock pass, kept with
   * `SPACELIFT_ATMOS_CDKTF_PREPARE=1`.
   */
  override prepareStack(): void {
    if (process.env[CDKTF_PREPARE_ENV] === "1") super.prepareStack();
    else this.ensureBackendExists();
  }

  /**
   * Logical ids from the construct path (`worker-pool_asg_group`) instead of cdktf's hashed ids,
   * for elements without an explicit id: readable addresses in plans and diffs, and no hash that a
   * refactor of the construct tree would change silently. Two paths that read the same are an error.
   */
  protected override allocateLogicalId(element: TerraformElement | Node): string {
    const node = TerraformElement.isTerraformElement(element) ? element.node : element;
    const path = node.scopes.slice(node.scopes.indexOf(this) + 1).map((c) => c.node.id);
    const id = readableLogicalId(path);
    const owner = this.allocatedIds.get(id);
    const full = path.join("/");
    if (owner !== undefined && owner !== full) {
      throw new ConstructError(
        "INVALID_PROPS",
        this,
        `the construct paths '${owner}' and '${full}' both give the logical id '${id}'`,
        "Rename one of the constructs.",
      );
    }
    this.allocatedIds.set(id, full);
    return id;
  }
}
