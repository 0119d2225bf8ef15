/**
 * Where a stack's state lives, read from the atmos backend the same way the stack uses it: HCL
 * components through the backend file atmos generates (Terraform workspaces), app stacks through the
 * backend this app synthesizes (default workspace, key from `appStateKey`). A preview environment's
 * state is Spacelift's (`manage_state: true`, the template default) or its root module's own backend.
 */
import { appStateKey } from "../model/state-key";
import type { JsonMap, JsonValue } from "../config-engine/types";
import type { BreakGlassTarget } from "./targets";
import type { S3StateLocation, StateLocation, StateLock } from "./types";

/** Terraform's s3 backend default for `workspace_key_prefix`. */
const TERRAFORM_WORKSPACE_KEY_PREFIX = "env:";

/** The state of `target`, and the Terraform workspace its commands select. */
export interface StackState {
  readonly location: StateLocation;
  readonly workspace: string;
  /** Problems an operator must know about (a key or bucket that is not set). */
  readonly warnings: readonly string[];
}

/** Reads the state location of `target` from its atmos backend and Spacelift settings. */
export function stateOf(target: BreakGlassTarget): StackState {
  const preview = target.preview?.environment;
  if (preview !== undefined) {
    // Spacelift runs a stack without `terraform_workspace` in the default workspace.
    const location: StateLocation = preview.manageState
      ? { kind: "spacelift" }
      : { kind: "root-module", repository: preview.repository, projectRoot: preview.projectRoot };
    return { location, workspace: "default", warnings: [] };
  }
  const source = target.source;
  const isComponent = target.kind === "component";
  const workspace = isComponent ? source.workspace : "default";
  if (target.stack?.manageState === true) return { location: { kind: "spacelift" }, workspace, warnings: [] };
  if (source.backendType === "") return { location: { kind: "none" }, workspace, warnings: [] };
  if (source.backendType !== "s3")
    return { location: { kind: "other", backendType: source.backendType }, workspace, warnings: [] };
  const warnings: string[] = [];
  const backend = source.backend;
  const bucket = str(backend["bucket"]);
  if (bucket === undefined) warnings.push("`backend.s3.bucket` is not set: `terraform init` will fail.");
  let key: string;
  if (isComponent) {
    const base = str(backend["key"]);
    if (base === undefined) warnings.push("`backend.s3.key` is not set: `terraform init` will fail.");
    key = componentStateKey(backend, base ?? "terraform.tfstate", workspace);
  } else {
    key = appStateKey(backend, source.workspace);
  }
  return { location: s3Location(backend, bucket ?? "(not set)", key), workspace, warnings };
}

/**
 * The key of an HCL component's state: Terraform's s3 backend keeps the default workspace at `key`
 * and every other workspace at `<workspace_key_prefix>/<workspace>/<key>`.
 */
export function componentStateKey(backend: JsonMap, key: string, workspace: string): string {
  if (workspace === "default") return key;
  return `${str(backend["workspace_key_prefix"]) ?? TERRAFORM_WORKSPACE_KEY_PREFIX}/${workspace}/${key}`;
}

/** The role an s3 backend assumes: `assume_role.role_arn`, else the legacy top-level `role_arn`. */
export function backendRoleArn(backend: JsonMap): string | undefined {
  return str(map(backend["assume_role"])?.["role_arn"]) ?? str(backend["role_arn"]);
}

function s3Location(backend: JsonMap, bucket: string, key: string): S3StateLocation {
  const locks: StateLock[] = [];
  if (backend["use_lockfile"] === true) locks.push({ kind: "s3-lockfile", key: `${key}.tflock` });
  const table = str(backend["dynamodb_table"]);
  if (table !== undefined) locks.push({ kind: "dynamodb", table });
  const region = str(backend["region"]);
  const kmsKeyId = str(backend["kms_key_id"]);
  const roleArn = backendRoleArn(backend);
  const profile = str(backend["profile"]);
  return {
    kind: "s3",
    bucket,
    key,
    ...(region !== undefined ? { region } : {}),
    encrypt: backend["encrypt"] === true,
    ...(kmsKeyId !== undefined ? { kmsKeyId } : {}),
    locks,
    ...(roleArn !== undefined ? { roleArn } : {}),
    ...(profile !== undefined ? { profile } : {}),
  };
}

function str(v: JsonValue | undefined): string | undefined {
  return typeof v === "string" && v !== "" ? v : undefined;
}

function map(v: JsonValue | undefined): JsonMap | undefined {
  return v !== null && v !== undefined && typeof v === "object" && !Array.isArray(v) ? v : undefined;
}
