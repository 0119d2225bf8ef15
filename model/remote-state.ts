/**
 * Where another component's Terraform state lives, from its atmos backend: what Cloud Posse's
 * components read through `remote-state` modules (the worker pool reads `vpc`, `ecr`,
 * `account-map`). Resolved at synth time, so a missing component is an error now, not at plan.
 */
import type { JsonMap, JsonValue, ResolvedComponent, ResolvedStacks } from "../config-engine/types";
import type { RemoteStateLookup } from "./worker-pool-types";

/** The S3 state location of `c`, or undefined when it has no s3 backend. */
export function remoteStateOf(c: ResolvedComponent): RemoteStateLookup | undefined {
  if (c.backendType !== "s3") return undefined;
  const b = c.backend;
  const bucket = b["bucket"];
  const region = b["region"];
  if (typeof bucket !== "string" || typeof region !== "string") return undefined;
  const prefix = b["workspace_key_prefix"];
  const roleArn = roleOf(b);
  return {
    backend: "s3",
    bucket,
    key: typeof b["key"] === "string" ? b["key"] : "terraform.tfstate",
    region,
    workspace: c.workspace,
    ...(typeof prefix === "string" ? { workspaceKeyPrefix: prefix } : {}),
    ...(roleArn !== undefined ? { roleArn } : {}),
  };
}

function roleOf(b: JsonMap): string | undefined {
  const assume = b["assume_role"];
  if (
    assume !== null &&
    typeof assume === "object" &&
    !Array.isArray(assume) &&
    typeof assume["role_arn"] === "string"
  ) {
    return assume["role_arn"];
  }
  return typeof b["role_arn"] === "string" ? b["role_arn"] : undefined;
}

/**
 * The component `atmosComponent` of the stack whose context is `self`'s vars with `overrides`
 * applied (Cloud Posse's `*_tenant_name` / `*_environment_name` / `*_stage_name` inputs).
 */
export function findInContext(
  resolved: ResolvedStacks,
  self: ResolvedComponent,
  atmosComponent: string,
  overrides: Readonly<Record<string, JsonValue | undefined>>,
): ResolvedComponent | undefined {
  const vars: JsonMap = { ...self.vars };
  for (const [k, v] of Object.entries(overrides)) if (typeof v === "string" && v !== "") vars[k] = v;
  let prefix: string;
  try {
    prefix = resolved.spaceliftPrefixFor(vars);
  } catch {
    return undefined;
  }
  return resolved.components.find(
    (c) => c.spaceliftPrefix === prefix && c.atmosComponent === atmosComponent && !c.abstract && c.enabled,
  );
}
