/**
 * The state backend of an app-implemented stack, from its atmos backend config, so the state lives
 * in the user's bucket and the stack can be run without Spacelift.
 *
 * The atmos `backend.s3` map is written through verbatim (as atmos writes backend.tf.json), except
 * `key` and `workspace_key_prefix`: app stacks run in the default Terraform workspace, so the key
 * spells out the path atmos would use — `<workspace_key_prefix>/<workspace>/cdktf.tfstate` — with
 * its own file name so it can never collide with the state of an HCL component that an existing
 * Cloud Posse setup keeps at `<prefix>/<workspace>/<key>`.
 */
import { TerraformBackend, type TerraformRemoteState } from "cdktf";
import type { Construct } from "constructs";
import type { JsonMap } from "../../config-engine/types";
import { s3BackendArguments } from "../../model/s3-backend";
import { appStateKey } from "../../model/state-key";
import { ConstructError } from "./errors";

/** The s3 backend block, written as given. */
class S3PassthroughBackend extends TerraformBackend {
  constructor(
    scope: Construct,
    private readonly config: JsonMap,
  ) {
    super(scope, "backend", "s3");
  }

  override toTerraform(): Record<string, unknown> {
    return { terraform: { backend: { s3: this.config } } };
  }

  override toMetadata(): Record<string, unknown> {
    return { backend: "s3" };
  }

  getRemoteStateDataSource(): TerraformRemoteState {
    throw new Error("cross-stack references are not used by this app");
  }
}

/** No backend block: Spacelift manages the state (`manage_state: true`). */
class SpaceliftManagedStateBackend extends TerraformBackend {
  constructor(scope: Construct) {
    super(scope, "backend", "none");
  }

  override toTerraform(): Record<string, unknown> {
    return {};
  }

  override toMetadata(): Record<string, unknown> {
    return { backend: "spacelift" };
  }

  getRemoteStateDataSource(): TerraformRemoteState {
    throw new Error("cross-stack references are not used by this app");
  }
}

/** What {@link configureBackend} needs to know about the atmos component. */
export interface AtmosBackendProps {
  /** `backend_type` of the component (`""` when none is configured). */
  readonly backendType: string;
  /** The merged `backend` section: the settings of the chosen backend type (atmos describe's `backend`). */
  readonly backend: JsonMap;
  /** The component's terraform workspace (atmos naming). */
  readonly workspace: string;
  /** Whether Spacelift manages the state of the stack that runs this code. */
  readonly spaceliftManagesState: boolean;
}

/** Adds the backend of `stack` (call once per stack). */
export function configureBackend(stack: Construct, props: AtmosBackendProps): void {
  if (props.spaceliftManagesState || props.backendType === "") {
    new SpaceliftManagedStateBackend(stack);
    return;
  }
  if (props.backendType !== "s3") {
    throw new ConstructError(
      "UNSUPPORTED_BACKEND",
      stack,
      `backend_type '${props.backendType}' is not supported for stacks this app synthesizes`,
      "Use an s3 backend (terraform.backend_type: s3), or let Spacelift manage the state (settings.spacelift.manage_state: true).",
    );
  }
  const s3 = props.backend;
  if (typeof s3["bucket"] !== "string") {
    throw new ConstructError(
      "INVALID_BACKEND",
      stack,
      "backend.s3.bucket is not set",
      "Set terraform.backend.s3.bucket in the stack config.",
    );
  }
  // Every argument is written through (unknown ones are warned about by the model); Terraform 1.11
  // removed the top-level assume-role arguments Cloud Posse configs still use: they move into
  // `assume_role`.
  const { workspace_key_prefix: _prefix, ...config } = s3BackendArguments(s3);
  config["key"] = appStateKey(s3, props.workspace);
  new S3PassthroughBackend(stack, config);
}
