/**
 * Name references resolved at synth time: spaces (tree by name, no cycles, unique), policies
 * (unique across every space), worker pools, and every stack's references to them. A name no
 * component declares may exist in Spacelift already: it is looked up at plan time (a data source
 * whose precondition names it fails the plan when it does not exist) and reported as a warning
 * with the known names.
 */
import type { Diagnostic } from "../config-engine/diagnostics";
import { suggestion } from "./did-you-mean";
import { globalDiagnostic, modelDiagnostic, type FindingSite } from "./errors";
import type { PolicyModel, SpaceModel, StackModel, WorkerPoolModel } from "./types";

/** Everything a name may refer to. */
export interface NameTables {
  readonly spaces: ReadonlySet<string>;
  readonly policies: ReadonlySet<string>;
  readonly workerPools: ReadonlySet<string>;
}

/** Checks the space tree: unique names, known parents, no cycles. */
export function checkSpaces(
  spaces: readonly SpaceModel[],
  external: readonly string[],
  out: Diagnostic[],
): void {
  const byName = new Map<string, SpaceModel>();
  for (const space of spaces) {
    const other = byName.get(space.name);
    if (other || space.name === "root" || space.name === "legacy") {
      out.push(
        globalDiagnostic(
          "error",
          "DUPLICATE_SPACE",
          other
            ? `the space '${space.name}' is declared by '${other.definedBy}' and by '${space.definedBy}'`
            : `'${space.name}' is a built-in Spacelift space and cannot be declared (in '${space.definedBy}')`,
          "Space names are unique: rename one of them.",
        ),
      );
      continue;
    }
    byName.set(space.name, space);
  }
  const known = new Set(["root", "legacy", ...byName.keys(), ...external]);
  for (const space of byName.values()) {
    if (!known.has(space.parentName)) {
      out.push(
        globalDiagnostic(
          "error",
          "UNKNOWN_SPACE",
          `the space '${space.name}' (in '${space.definedBy}') has the parent '${space.parentName}', which is not declared.${suggestion(space.parentName, known)}`,
          `parent_space_id names a space (or 'root'); known spaces: ${[...known].sort().join(", ")}`,
        ),
      );
    }
  }
  for (const space of byName.values()) {
    const seen: string[] = [space.name];
    let cur = byName.get(space.parentName);
    while (cur) {
      if (seen.includes(cur.name)) {
        if (cur.name === space.name) {
          out.push(
            globalDiagnostic(
              "error",
              "SPACE_CYCLE",
              `spaces form a parent cycle: ${[...seen, cur.name].join(" → ")}`,
              "A space tree ends at 'root'.",
            ),
          );
        }
        break;
      }
      seen.push(cur.name);
      cur = byName.get(cur.parentName);
    }
  }
}

/** Checks that policy names are unique across all spaces (Cloud Posse silently collapses them). */
export function checkPolicies(policies: readonly PolicyModel[], out: Diagnostic[]): void {
  const seen = new Map<string, PolicyModel>();
  for (const p of policies) {
    const other = seen.get(p.name);
    if (other) {
      out.push(
        globalDiagnostic(
          "error",
          "DUPLICATE_POLICY",
          `the policy '${p.name}' is declared in the space '${other.spaceName}' (${other.definedBy}) and in '${p.spaceName}' (${p.definedBy})`,
          "Policy names are unique across spaces: rename one of them.",
        ),
      );
    } else {
      seen.set(p.name, p);
    }
  }
}

/** Checks that worker pool names are unique. */
export function checkWorkerPools(pools: readonly WorkerPoolModel[], out: Diagnostic[]): void {
  const seen = new Map<string, WorkerPoolModel>();
  for (const p of pools) {
    const other = seen.get(p.name);
    if (other) {
      out.push(
        globalDiagnostic(
          "error",
          "DUPLICATE_WORKER_POOL",
          `the worker pool '${p.name}' is created by '${other.definedBy}' and by '${p.definedBy}'`,
          "Give the worker-pool components different names (the pool name is the null-label id of their vars).",
        ),
      );
    } else {
      seen.set(p.name, p);
    }
  }
}

/** Checks every stack's space, worker pool and policy names. */
export function checkStackReferences(
  stack: StackModel,
  tables: NameTables,
  siteOf: (key: string) => FindingSite,
  allowPublicWorkers: boolean,
  out: Diagnostic[],
): void {
  if (!tables.spaces.has(stack.spaceName)) {
    out.push(
      modelDiagnostic(
        "warning",
        "UNKNOWN_SPACE",
        siteOf("space_name"),
        `the stack '${stack.id}' is placed in the space '${stack.spaceName}', which no spaces component declares: it is looked up at plan time, and the plan fails if it does not exist.${suggestion(stack.spaceName, tables.spaces)}`,
        `Known spaces: ${[...tables.spaces].sort().join(", ")}. List spaces created outside this config in integrations.spacelift_atmos.external.spaces.`,
      ),
    );
  }
  if (stack.workerPoolName !== undefined && !tables.workerPools.has(stack.workerPoolName)) {
    out.push(
      modelDiagnostic(
        "warning",
        "UNKNOWN_WORKER_POOL",
        siteOf("worker_pool_name"),
        `the stack '${stack.id}' uses the worker pool '${stack.workerPoolName}', which no worker-pool component creates: it is looked up at plan time, and the plan fails if it does not exist.${suggestion(stack.workerPoolName, tables.workerPools)}`,
        `Known worker pools: ${[...tables.workerPools].sort().join(", ") || "none"}. List pools created outside this config in integrations.spacelift_atmos.external.worker_pools.`,
      ),
    );
  }
  if (stack.workerPoolName === undefined && !allowPublicWorkers) {
    out.push(
      modelDiagnostic(
        "error",
        "NO_WORKER_POOL",
        siteOf("worker_pool_name"),
        `the stack '${stack.id}' has no worker pool and its admin stack does not allow public workers`,
        "Set worker_pool_name (settings.spacelift or the admin stack's vars), or allow_public_workers: true on the admin stack.",
      ),
    );
  }
  for (const name of stack.policyNames) {
    if (!tables.policies.has(name)) {
      out.push(
        modelDiagnostic(
          "warning",
          "UNKNOWN_POLICY",
          siteOf("policies"),
          `the stack '${stack.id}' attaches the policy '${name}', which no spaces component declares: it is looked up at plan time, and the plan fails if it does not exist.${suggestion(name, tables.policies)}`,
          `Policy names are case-sensitive. Known policies: ${[...tables.policies].sort().join(", ") || "none"}. List policies created outside this config in integrations.spacelift_atmos.external.policies.`,
        ),
      );
    }
  }
}

/**
 * The smallest set of spaces covering `spaces` (a space is dropped when an ancestor is in the set,
 * because roles propagate down the tree).
 */
export function coveringSpaces(spaces: Iterable<string>, parentOf: ReadonlyMap<string, string>): string[] {
  const set = new Set(spaces);
  const covered = (name: string): boolean => {
    let cur = parentOf.get(name);
    const guard = new Set<string>();
    while (cur !== undefined && !guard.has(cur)) {
      if (set.has(cur)) return true;
      guard.add(cur);
      cur = parentOf.get(cur);
    }
    return false;
  };
  return [...set].filter((s) => !covered(s)).sort();
}
