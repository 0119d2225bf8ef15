/**
 * The typed configuration of app-implemented component instances whose vars this app reads in
 * full (worker pools, state backends): parsed once here, so constructs receive typed objects.
 */
import { isDiagnosticError, type Diagnostic } from "../config-engine/diagnostics";
import type { ResolvedComponent, ResolvedStacks } from "../config-engine/types";
import { findInContext, remoteStateOf } from "./remote-state";
import { parseStateBackendConfig, type StateBackendConfig } from "./state-backend-config";
import { parseWorkerPoolConfig } from "./worker-pool-config";
import type { RemoteStateLookup, WorkerPoolConfig } from "./worker-pool-types";

/** Parses a worker-pool instance's vars; problems go to `out`. */
export function readWorkerPoolConfig(
  c: ResolvedComponent,
  resolved: ResolvedStacks,
  spaceNames: readonly string[],
  out: Diagnostic[],
): WorkerPoolConfig | undefined {
  const v = c.vars;
  const lookup = (component: ResolvedComponent | undefined): RemoteStateLookup | undefined =>
    component ? remoteStateOf(component) : undefined;
  const vpc = lookup(resolved.find(c.atmosStack, "vpc"));
  const ecr = lookup(
    findInContext(resolved, c, "ecr", {
      tenant: v["ecr_tenant_name"],
      environment: v["ecr_environment_name"],
      stage: v["ecr_stage_name"] ?? "artifacts",
    }),
  );
  const accountMap = lookup(
    findInContext(resolved, c, "account-map", {
      tenant: v["account_map_tenant_name"],
      environment: v["account_map_environment_name"] ?? "gbl",
      stage: v["account_map_stage_name"] ?? "root",
    }),
  );
  return collect(out, () =>
    parseWorkerPoolConfig(v, {
      spaceNames,
      remoteState: {
        ...(vpc ? { vpc } : {}),
        ...(ecr ? { ecr } : {}),
        ...(accountMap ? { accountMap } : {}),
      },
      keyPath: `components.terraform.${c.atmosComponent}.vars`,
      sourceOf: (path) => c.sourceOf("vars", path),
    }),
  );
}

/** Parses a state-backend instance's vars; problems go to `out`. */
export function readStateBackendConfig(
  c: ResolvedComponent,
  out: Diagnostic[],
): StateBackendConfig | undefined {
  return collect(out, () =>
    parseStateBackendConfig(c.vars, {
      keyPathPrefix: `components.terraform.${c.atmosComponent}.vars`,
      locate: (path) => c.sourceOf("vars", path),
    }),
  );
}

function collect<T>(
  out: Diagnostic[],
  parse: () => { config: T; warnings: readonly Diagnostic[] },
): T | undefined {
  try {
    const { config, warnings } = parse();
    out.push(...warnings);
    return config;
  } catch (e) {
    if (!isDiagnosticError(e)) throw e;
    out.push(...e.diagnostics);
    return undefined;
  }
}
