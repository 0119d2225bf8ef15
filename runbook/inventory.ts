/**
 * `break-glass --inventory`: every role the stacks deploy with, and every other role that matters
 * when Spacelift is down (seed 004, Deployment Roles: "keep a record of all roles used by your
 * Spacelift stacks"). Sorted throughout, so the output diffs cleanly between commits.
 */
import type { JsonMap, JsonValue } from "../config-engine/types";
import type { AppComponentModel, SpaceliftModel } from "../model";
import type { RemoteStateLookup } from "../model/worker-pool-types";
import { backendRoleArn, stateOf } from "./state";
import { allTargets } from "./targets";
import type { StateLocation, TargetKind } from "./types";

/** Why a role other than a deployment role matters. */
export const ROLE_USES = [
  "state-backend-role",
  "provider-role",
  "remote-state-role",
  "worker-role",
  "state-bucket-principal",
] as const;
/** One of {@link ROLE_USES}. */
export type RoleUse = (typeof ROLE_USES)[number];

/** How each use is explained to operators. */
export const ROLE_USE_DESCRIPTIONS: Readonly<Record<RoleUse, string>> = {
  "state-backend-role": "s3 backend role (`backend.s3.assume_role`): every state access goes through it",
  "provider-role": "aws provider role (`providers.aws.assume_role`): Terraform assumes it for the resources",
  "remote-state-role": "role the worker pool reads other stacks' remote state with",
  "worker-role": "worker role (`worker_role_arns`): runs on the pool's workers may assume it",
  "state-bucket-principal":
    "state bucket principal (`allowed_principal_arns`): may read and write every state",
};

/** One stack's entry. */
export interface InventoryStack {
  readonly id: string;
  readonly kind: TargetKind;
  /** @default - not run by Spacelift */
  readonly managerId?: string;
  /** @default - none: the stack uses ambient or worker credentials */
  readonly deploymentRole?: { readonly arn: string; readonly externalId?: string };
  /** @default - Spacelift's public workers (or not run by Spacelift) */
  readonly workerPool?: string;
  readonly state: StateLocation;
}

/** A deployment role and the stacks that deploy with it. */
export interface DeploymentRoleEntry {
  readonly arn: string;
  readonly stacks: readonly string[];
}

/** A role referenced for another reason, and what references it. */
export interface OtherRoleEntry {
  readonly arn: string;
  readonly use: RoleUse;
  readonly by: readonly string[];
}

/** A role only known at plan time (looked up from remote state). */
export interface UnresolvedRoleEntry {
  readonly description: string;
  readonly use: RoleUse;
  readonly by: readonly string[];
}

/** The whole inventory. */
export interface Inventory {
  /** Sorted by role ARN. */
  readonly deploymentRoles: readonly DeploymentRoleEntry[];
  /** Stacks with no deployment role ("none: uses ambient/worker credentials"), sorted. */
  readonly withoutDeploymentRole: readonly string[];
  /** Sorted by ARN, then by {@link ROLE_USES} order. */
  readonly otherRoles: readonly OtherRoleEntry[];
  readonly unresolvedRoles: readonly UnresolvedRoleEntry[];
  /** Every stack, sorted by id. */
  readonly stacks: readonly InventoryStack[];
}

/** Builds the inventory of every stack in `model`. */
export function buildInventory(model: SpaceliftModel): Inventory {
  const targets = allTargets(model);
  const deployment = new RoleRefs<"deployment">();
  const other = new RoleRefs<RoleUse>();
  const unresolved = new RoleRefs<RoleUse>();
  const without: string[] = [];
  const stacks: InventoryStack[] = [];
  for (const t of targets) {
    const preview = t.preview?.environment;
    const aws = t.stack?.awsRole ?? preview?.awsRole;
    if (aws) deployment.add("deployment", aws.roleArn, t.id);
    else without.push(t.id);
    // A preview environment's source is its manager's component: the backend and providers there
    // are the manager's, not the environment's (whose root module brings its own).
    if (preview === undefined) {
      const backendRole = t.source.backendType === "s3" ? backendRoleArn(t.source.backend) : undefined;
      if (backendRole !== undefined) other.add("state-backend-role", backendRole, t.id);
      const providerRole = providerRoleArn(t.source.providers);
      if (providerRole !== undefined) other.add("provider-role", providerRole, t.id);
    }
    if (t.app) appRoles(t.app, other, unresolved);
    const managerId = t.stack?.managerId ?? t.preview?.managerId;
    const workerPool = t.stack !== undefined ? t.stack.workerPoolName : preview?.workerPoolName;
    stacks.push({
      id: t.id,
      kind: t.kind,
      ...(managerId !== undefined ? { managerId } : {}),
      ...(aws
        ? { deploymentRole: { arn: aws.roleArn, ...(aws.externalId ? { externalId: aws.externalId } : {}) } }
        : {}),
      ...(workerPool !== undefined ? { workerPool } : {}),
      state: stateOf(t).location,
    });
  }
  return {
    deploymentRoles: deployment.entries().map((e) => ({ arn: e.value, stacks: e.by })),
    withoutDeploymentRole: without,
    otherRoles: other.entries().map((e) => ({ arn: e.value, use: e.use, by: e.by })),
    unresolvedRoles: unresolved.entries().map((e) => ({ description: e.value, use: e.use, by: e.by })),
    stacks,
  };
}

/** Roles a worker pool or state backend names in its vars. */
function appRoles(app: AppComponentModel, other: RoleRefs<RoleUse>, unresolved: RoleRefs<RoleUse>): void {
  const pool = app.workerPool;
  if (pool) {
    const roles = pool.assumableRoles;
    if (roles.kind === "explicit") for (const arn of roles.roleArns) other.add("worker-role", arn, app.id);
    if (roles.kind === "account-map") {
      unresolved.add(
        "worker-role",
        `the '${roles.roleName}' role from account-map's remote state (s3://${roles.lookup.bucket}/${lookupKey(roles.lookup)})`,
        app.id,
      );
    }
    const lookups: (RemoteStateLookup | undefined)[] = [
      pool.network.kind === "remote-state" ? pool.network.lookup : undefined,
      pool.ecrRemoteState?.lookup,
      roles.kind === "account-map" ? roles.lookup : undefined,
    ];
    for (const l of lookups) if (l?.roleArn !== undefined) other.add("remote-state-role", l.roleArn, app.id);
  }
  for (const arn of app.stateBackend?.allowedPrincipalArns ?? [])
    other.add("state-bucket-principal", arn, app.id);
}

function lookupKey(l: RemoteStateLookup): string {
  const workspace = l.workspace ?? "default";
  return workspace === "default" ? l.key : `${l.workspaceKeyPrefix ?? "env:"}/${workspace}/${l.key}`;
}

function providerRoleArn(providers: JsonMap): string | undefined {
  const role = map(map(providers["aws"])?.["assume_role"])?.["role_arn"];
  return typeof role === "string" && role !== "" ? role : undefined;
}

function map(v: JsonValue | undefined): JsonMap | undefined {
  return v !== null && v !== undefined && typeof v === "object" && !Array.isArray(v) ? v : undefined;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** (use, role) → the stacks referring to it, de-duplicated; entries sorted by role, then by use. */
class RoleRefs<U extends string> {
  private readonly refs = new Map<string, { use: U; value: string; by: Set<string> }>();

  add(use: U, value: string, by: string): void {
    const key = JSON.stringify([value, use]);
    const ref = this.refs.get(key) ?? { use, value, by: new Set<string>() };
    ref.by.add(by);
    this.refs.set(key, ref);
  }

  entries(): { use: U; value: string; by: string[] }[] {
    const order = (u: U): number => (ROLE_USES as readonly string[]).indexOf(u);
    return [...this.refs.values()]
      .sort((a, b) => cmp(a.value, b.value) || order(a.use) - order(b.use))
      .map((r) => ({ use: r.use, value: r.value, by: [...r.by].sort() }));
  }
}
