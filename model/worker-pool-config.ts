/**
 * Parses the vars of a `spacelift/worker-pool` component instance (Cloud Posse's vars, unchanged, plus
 * a few this app adds) into the typed {@link WorkerPoolConfig}. Bad input is one `DiagnosticError`
 * listing every problem with its key path; settings weaker than this app's defaults come back as
 * warnings. docs/worker-pool.md maps every var.
 */
import type { z } from "zod";
import { DiagnosticBag, type Diagnostic, type SourceLocation } from "../config-engine/diagnostics";
import type { JsonMap } from "../config-engine/types";
import { buildWorkerPoolConfig } from "./worker-pool-build";
import { didYouMean } from "./did-you-mean";
import { WORKER_POOL_CODES, type WorkerPoolCode } from "./worker-pool-errors";
import type { RemoteStateLookup, WorkerPoolConfig } from "./worker-pool-types";
import { WORKER_POOL_VAR_NAMES, workerPoolVarsSchema } from "./worker-pool-vars";

export type * from "./worker-pool-types";

/** What the model knows beyond the component's own vars. */
export interface WorkerPoolParseOptions {
  /** Names of the spaces the model knows; `root` always exists. */
  readonly spaceNames: readonly string[];
  /**
   * Remote-state locations the model derived from the atmos backends of the components Cloud Posse's
   * component reads (`vpc`, `ecr` per `ecr_*_name`, `account-map` per `account_map_*_name`).
   * @default - none: explicit `vpc_id`/`private_subnet_ids` and `spacelift_runner_image` are then required
   */
  readonly remoteState?: {
    readonly vpc?: RemoteStateLookup;
    readonly ecr?: RemoteStateLookup;
    readonly accountMap?: RemoteStateLookup;
  };
  /** Key path of the vars map, prefixed to every diagnostic's key path. @default "vars" */
  readonly keyPath?: string;
  /** Where the value at a path inside the vars map was written. @default - no locations */
  readonly sourceOf?: (path: readonly (string | number)[]) => SourceLocation | undefined;
}

/** The parsed config and the warnings about weaker or ignored settings. */
export interface WorkerPoolParseResult {
  readonly config: WorkerPoolConfig;
  readonly warnings: readonly Diagnostic[];
}

/** Reports one diagnostic about the var at `path`. */
export type ReportFn = (
  severity: "error" | "warning",
  code: WorkerPoolCode,
  path: readonly (string | number)[],
  message: string,
  hint?: string,
) => void;

/**
 * Parses and checks the vars of one worker-pool component instance.
 * @throws DiagnosticError with every error found (unknown vars, types, ranges, cross-var rules).
 */
export function parseWorkerPoolConfig(vars: JsonMap, options: WorkerPoolParseOptions): WorkerPoolParseResult {
  const bag = new DiagnosticBag();
  const prefix = options.keyPath ?? "vars";
  const report: ReportFn = (severity, code, path, message, hint) => {
    const location = options.sourceOf?.(path);
    bag.add({
      code,
      severity,
      message,
      keyPath: prefix + path.map((p) => (typeof p === "number" ? `[${p}]` : `.${p}`)).join(""),
      ...(hint !== undefined ? { hint } : {}),
      ...(location !== undefined ? { location } : {}),
    });
  };

  // Variables of the component's own (a fork of Cloud Posse's, e.g. `vpc_private_subnet_ids`) are
  // ignored with a warning, as Terraform would take them: the rest of the vars still build the pool.
  const firstPass = workerPoolVarsSchema.safeParse(vars);
  const custom = firstPass.success
    ? []
    : firstPass.error.issues
        .flatMap((i) => (i.code === "unrecognized_keys" && i.path.length === 0 ? i.keys : []))
        .filter((k) => !REFUSED_VARS.has(k));
  for (const key of [...custom].sort()) {
    const suggestion = didYouMean(key, WORKER_POOL_VAR_NAMES);
    report(
      "warning",
      WORKER_POOL_CODES.unknownVar,
      [key],
      `unknown var \`${key}\` is ignored`,
      suggestion !== undefined
        ? `did you mean \`${suggestion}\`?`
        : "remove it, or see docs/worker-pool.md for the vars this component accepts",
    );
  }
  const parsed =
    custom.length === 0
      ? firstPass
      : workerPoolVarsSchema.safeParse(
          Object.fromEntries(Object.entries(vars).filter(([k]) => !custom.includes(k))),
        );
  if (!parsed.success) {
    for (const issue of [...parsed.error.issues].sort(byPath)) reportIssue(issue, vars, report);
    bag.throwIfErrors();
    throw new Error("unreachable: a failed parse reports at least one error");
  }
  const config = buildWorkerPoolConfig(parsed.data, vars, options, report);
  bag.throwIfErrors();
  if (config === undefined) throw new Error("unreachable: an incomplete config reports an error");
  return { config, warnings: bag.warnings };
}

function reportIssue(issue: z.core.$ZodIssue, vars: JsonMap, report: ReportFn): void {
  const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
  if (issue.code === "unrecognized_keys") {
    for (const key of [...issue.keys].sort()) {
      const where = [...path, key];
      const candidates = path.length === 0 ? WORKER_POOL_VAR_NAMES : siblingKeys(issue);
      const suggestion = didYouMean(key, candidates);
      report(
        "error",
        WORKER_POOL_CODES.unknownVar,
        where,
        `unknown var \`${where.join(".")}\``,
        suggestion !== undefined
          ? `did you mean \`${[...path, suggestion].join(".")}\`?`
          : "remove it, or see docs/worker-pool.md for the vars this component accepts",
      );
    }
    return;
  }
  const value = valueAt(vars, path);
  report(
    "error",
    WORKER_POOL_CODES.invalidVar,
    path,
    `\`${path.join(".")}\` is invalid: ${issue.message.replace(/^Invalid input: /, "")}, got ${JSON.stringify(value) ?? "nothing"}`,
    "see docs/worker-pool.md for the type and range of each var",
  );
}

/**
 * Unknown vars that stay errors: key material written into YAML would end up in state and in the
 * repository (docs/worker-pool.md: the CSR comes from a Terraform variable).
 */
const REFUSED_VARS: ReadonlySet<string> = new Set([
  "spacelift_worker_pool_csr",
  "spacelift_worker_pool_private_key",
]);

/** The keys a nested object accepts, named by the nearest object key of the issue's path. */
function siblingKeys(issue: z.core.$ZodIssueUnrecognizedKeys): readonly string[] {
  const owner = [...issue.path].reverse().find((p): p is string => typeof p === "string");
  return owner !== undefined ? (NESTED_KEYS[owner] ?? []) : [];
}

const NESTED_KEYS: Readonly<Record<string, readonly string[]>> = {
  mixed_instances_policy: ["instances_distribution", "override"],
  override: ["instance_type", "weighted_capacity"],
  block_device_mappings: ["device_name", "no_device", "virtual_name", "ebs"],
  instances_distribution: [
    "on_demand_allocation_strategy",
    "on_demand_base_capacity",
    "on_demand_percentage_above_base_capacity",
    "spot_allocation_strategy",
    "spot_instance_pools",
    "spot_max_price",
  ],
  ebs: [
    "delete_on_termination",
    "encrypted",
    "iops",
    "kms_key_id",
    "snapshot_id",
    "volume_size",
    "volume_type",
    "throughput",
  ],
  instance_refresh: ["strategy", "preferences", "triggers"],
  preferences: [
    "instance_warmup",
    "min_healthy_percentage",
    "max_healthy_percentage",
    "skip_matching",
    "auto_rollback",
  ],
};

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let current = root;
  for (const segment of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

function byPath(a: z.core.$ZodIssue, b: z.core.$ZodIssue): number {
  const key = (i: z.core.$ZodIssue): string => i.path.map(String).join(".");
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}
