/**
 * Whether a stack may use its worker pool. Spacelift lets a stack use a worker pool of its own space,
 * or of an ancestor space when every space on the way up inherits from its parent
 * (`inherit_entities: true`); anything else fails at apply time. The check runs at synth time on the
 * spaces this config declares. Pools whose space is not known here (listed in
 * `integrations.spacelift_atmos.external.worker_pools`, referenced only by name) and spaces outside
 * this config (`external.spaces`) cannot be checked and are allowed.
 */
import type { Diagnostic } from "../config-engine/diagnostics";
import { modelDiagnostic, type FindingSite } from "./errors";
import type { SpaceModel, StackModel } from "./types";

/** Spaces that have no parent (the top of Spacelift's tree). */
const TOP_SPACES = new Set(["root", "legacy"]);

/** Why a stack may or may not use a pool of a given space. */
export type PoolReach =
  | { readonly kind: "allowed" }
  /** A space on the way up is not declared here (external): the rule cannot be checked. */
  | { readonly kind: "unknown" }
  /** The pool's space is not the stack's space nor one of its ancestors. */
  | { readonly kind: "not-ancestor"; readonly path: readonly string[] }
  /** The pool's space is an ancestor, but `blockedAt` (on the way up) does not inherit entities. */
  | { readonly kind: "not-inherited"; readonly path: readonly string[]; readonly blockedAt: string };

/**
 * Whether a stack in `stackSpace` may use a worker pool in `poolSpace`. `path` is the stack's space
 * and its ancestors, bottom-up, as far as they are known.
 */
export function poolReach(
  stackSpace: string,
  poolSpace: string,
  spaces: ReadonlyMap<string, SpaceModel>,
): PoolReach {
  const path = [stackSpace];
  let blockedAt: string | undefined;
  let cur = stackSpace;
  while (cur !== poolSpace) {
    const space = spaces.get(cur);
    if (!space) return TOP_SPACES.has(cur) ? { kind: "not-ancestor", path } : { kind: "unknown" };
    if (path.includes(space.parentName)) return { kind: "unknown" }; // a cycle, reported by checkSpaces
    if (!space.inheritEntities) blockedAt ??= cur;
    cur = space.parentName;
    path.push(cur);
  }
  return blockedAt === undefined ? { kind: "allowed" } : { kind: "not-inherited", path, blockedAt };
}

/** Where the pools and spaces are, for {@link placementProblem}. */
export interface PoolPlacement {
  /** The space of every pool whose space is known, by pool name. */
  readonly workerPoolSpaces: ReadonlyMap<string, string>;
  /** The spaces this config declares, by name. */
  readonly spaces: ReadonlyMap<string, SpaceModel>;
}

/**
 * The error message and hint when `subject` (e.g. "the stack 'x'"), placed in `stackSpace`, may not
 * use the pool `poolName`; undefined when it may, or when that cannot be known.
 */
export function placementProblem(
  subject: string,
  stackSpace: string,
  poolName: string,
  placement: PoolPlacement,
): { readonly message: string; readonly hint: string } | undefined {
  const poolSpace = placement.workerPoolSpaces.get(poolName);
  if (poolSpace === undefined) return undefined;
  const reach = poolReach(stackSpace, poolSpace, placement.spaces);
  if (reach.kind === "allowed" || reach.kind === "unknown") return undefined;
  const uses = `${subject} (space '${stackSpace}') uses the worker pool '${poolName}' of the space '${poolSpace}'`;
  return reach.kind === "not-ancestor"
    ? {
        message: `${uses}, which is neither its space nor an ancestor of it (its spaces: ${reach.path.join(" → ")}): Spacelift refuses the pool at apply time`,
        hint: `Move the pool to a space that '${stackSpace}' inherits from (e.g. 'root': space_name of its worker-pool component, with inherit_entities: true on each space in between), or use a pool of the space '${stackSpace}'.`,
      }
    : {
        message: `${uses}, an ancestor it does not inherit from: the space '${reach.blockedAt}' on the way up (${reach.path.join(" → ")}) has no inherit_entities: true`,
        hint: `Set inherit_entities: true on the space '${reach.blockedAt}' in the spaces component (and on every space between it and '${poolSpace}'), or use a pool of the space '${stackSpace}'.`,
      };
}

/** Reports a stack whose worker pool lives in a space it cannot use (`WORKER_POOL_NOT_IN_SPACE`). */
export function checkWorkerPoolSpace(
  stack: StackModel,
  placement: PoolPlacement,
  site: FindingSite,
  out: Diagnostic[],
): void {
  if (stack.workerPoolName === undefined) return;
  const problem = placementProblem(
    `the stack '${stack.id}'`,
    stack.spaceName,
    stack.workerPoolName,
    placement,
  );
  if (problem)
    out.push(modelDiagnostic("error", "WORKER_POOL_NOT_IN_SPACE", site, problem.message, problem.hint));
}
