/**
 * Matches every resource this app synthesizes with what already exists (old Terraform state of
 * Cloud Posse's components, and a name-based inventory of hand-made resources) and sorts both
 * sides into what a reviewer must see: adopted (imported), recreated pseudo-resources, created,
 * deliberately left, lost, conflicts.
 */
import type { SynthTree } from "../diff/tree";
import { isNothingToKeep, NAMED_ENTITY_TYPES, ruleOf, type NameIndex, type ResourceKind } from "./identity";
import type { StateResource } from "./state";

/** A resource this app synthesizes. */
export interface NewResource {
  /** The cdktf stack (= Spacelift admin/app stack id) that writes it. */
  readonly stack: string;
  readonly type: string;
  /** Logical name in that stack (`spacelift_stack.<name>`). */
  readonly name: string;
  /** Identity key, undefined when the JSON holds an expression there. */
  readonly key: string | undefined;
  readonly kind: ResourceKind | "unknown";
}

export interface Adopted {
  readonly resource: NewResource;
  readonly old: StateResource;
  readonly importId: string;
  /** Something the reviewer should expect in the first plan. */
  readonly note?: string;
}

export interface Recreated {
  readonly resource: NewResource;
  readonly old: StateResource;
  /** The old destructor was active (`deactivated = false`). */
  readonly activeBefore: boolean;
  /** The new one is active. */
  readonly activeAfter: boolean;
}

export type CreatedReason = "new" | "event" | "pseudo" | "no-identity" | "unknown-type";

export interface Created {
  readonly resource: NewResource;
  readonly reason: CreatedReason;
}

export type LeftReason = "nothing-to-keep" | "accepted";

export interface Left {
  readonly old: StateResource;
  readonly reason: LeftReason;
}

/** Old AWS infrastructure no new resource takes over: it stays with the old component. */
export interface Kept {
  readonly old: StateResource;
}

export interface Lost {
  readonly old: StateResource;
  readonly key: string | undefined;
}

/** Something that cannot be adopted safely: the plan would create what exists, or is ambiguous. */
export interface Conflict {
  readonly key: string;
  readonly message: string;
  readonly resources: readonly NewResource[];
  readonly olds: readonly StateResource[];
}

export interface AdoptionPlan {
  readonly adopted: readonly Adopted[];
  readonly recreated: readonly Recreated[];
  readonly created: readonly Created[];
  readonly left: readonly Left[];
  /**
   * Old AWS resources (a worker pool's ASG, roles…) nothing here takes over: not released, so the
   * old component keeps managing them until it is destroyed once the new ones run.
   */
  readonly kept: readonly Kept[];
  readonly lost: readonly Lost[];
  readonly conflicts: readonly Conflict[];
  /** Data sources found in the old state (nothing to adopt or remove). */
  readonly dataSources: number;
}

export interface PlanOptions {
  /** Old addresses (globs with `*`) the user leaves behind on purpose. */
  readonly leave?: readonly string[];
}

/** The old instances the adoption releases from their old state (imported, recreated or left). */
export function releasedOf(plan: AdoptionPlan): StateResource[] {
  return [
    ...plan.adopted.map((a) => a.old),
    ...plan.recreated.map((r) => r.old),
    ...plan.left.map((l) => l.old),
  ].filter((o) => o.removedFrom !== "");
}

/** True when nothing would be created that exists and nothing in the old state would be lost. */
export function isSafe(plan: AdoptionPlan): boolean {
  return plan.lost.length === 0 && plan.conflicts.length === 0;
}

/** Every resource of a synthesized tree with its identity. */
export function newResources(tree: SynthTree): NewResource[] {
  const out: NewResource[] = [];
  for (const [stack, doc] of tree.stacks) {
    for (const type of Object.keys(doc.resource ?? {}).sort()) {
      const rule = ruleOf(type);
      const byName = doc.resource![type]!;
      for (const name of Object.keys(byName).sort()) {
        out.push({
          stack,
          type,
          name,
          key: rule?.fromNew(byName[name]!, doc),
          kind: rule?.kind ?? "unknown",
        });
      }
    }
  }
  return out;
}

/** type → id → name, from every old state and inventory entry that has both. */
export function nameIndex(olds: readonly StateResource[]): NameIndex {
  const index = new Map<string, Map<string, string>>();
  const wanted = new Set<string>(NAMED_ENTITY_TYPES);
  for (const o of olds) {
    if (!wanted.has(o.type)) continue;
    const { id, name } = o.attributes;
    const slug = o.attributes["slug"];
    const value = typeof name === "string" ? name : typeof slug === "string" ? slug : undefined;
    if (typeof id !== "string" || value === undefined) continue;
    let byId = index.get(o.type);
    if (!byId) index.set(o.type, (byId = new Map<string, string>()));
    byId.set(id, value);
  }
  return index;
}

function globMatcher(patterns: readonly string[]): (address: string) => boolean {
  const res = patterns.map(
    (p) => new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`),
  );
  return (address) => res.some((r) => r.test(address));
}

const MOUNTED_TFVARS = /spacelift\.auto\.tfvars\.json$/;

/** Builds the adoption plan. Inputs are read already; the result is sorted and deterministic. */
export function planAdoption(
  tree: SynthTree,
  olds: readonly StateResource[],
  options: PlanOptions = {},
): AdoptionPlan {
  const names = nameIndex(olds);
  const leave = globMatcher(options.leave ?? []);
  const news = newResources(tree);
  const managed = olds.filter((o) => o.mode === "managed");

  const oldByKey = new Map<string, StateResource[]>();
  const oldKeys = new Map<StateResource, string | undefined>();
  for (const o of managed) {
    const k = ruleOf(o.type)?.fromOld(o.attributes, names);
    oldKeys.set(o, k);
    if (k === undefined) continue;
    const list = oldByKey.get(k) ?? [];
    list.push(o);
    oldByKey.set(k, list);
  }
  const newByKey = new Map<string, NewResource[]>();
  for (const n of news) {
    if (n.key === undefined) continue;
    const list = newByKey.get(n.key) ?? [];
    list.push(n);
    newByKey.set(n.key, list);
  }

  const adopted: Adopted[] = [];
  const recreated: Recreated[] = [];
  const created: Created[] = [];
  const conflicts: Conflict[] = [];
  const used = new Set<StateResource>();
  const conflictKeys = new Set<string>();

  for (const [k, list] of [...newByKey].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const matches = oldByKey.get(k) ?? [];
    if (list.length > 1 && list[0]!.kind === "object") {
      conflicts.push({
        key: k,
        message: `${list.length} resources of this app claim the same object`,
        resources: list,
        olds: matches,
      });
      conflictKeys.add(k);
      matches.forEach((m) => used.add(m));
      continue;
    }
    // Old instances in state files (removable) and inventory entries (hand-made) of one object.
    if (matches.filter((m) => m.removedFrom !== "").length > 1) {
      conflicts.push({
        key: k,
        message: `${matches.length} old resources hold the same object (two old components manage it)`,
        resources: list,
        olds: matches,
      });
      conflictKeys.add(k);
      matches.forEach((m) => used.add(m));
      continue;
    }
    for (const n of list) matchOne(n, matches);
  }
  for (const n of news) {
    if (n.key === undefined) {
      created.push({ resource: n, reason: n.kind === "unknown" ? "unknown-type" : "no-identity" });
    }
  }

  function matchOne(n: NewResource, matches: readonly StateResource[]): void {
    // Prefer the state instance (it must be released) over an inventory entry of the same object.
    const old = matches.find((m) => m.removedFrom !== "") ?? matches[0];
    if (old === undefined) {
      created.push({
        resource: n,
        reason: n.kind === "object" ? "new" : n.kind === "unknown" ? "unknown-type" : n.kind,
      });
      return;
    }
    matches.forEach((m) => used.add(m));
    if (n.kind === "pseudo") {
      // A destructor cannot be imported and creating one makes no Spacelift object: the old one is
      // released without destroy, the new one is created.
      const body = tree.stacks.get(n.stack)?.resource?.[n.type]?.[n.name];
      recreated.push({
        resource: n,
        old,
        activeBefore: old.attributes["deactivated"] !== true,
        activeAfter: body?.["deactivated"] !== true,
      });
      return;
    }
    if (n.kind === "event") {
      created.push({ resource: n, reason: "event" });
      return;
    }
    const importId = ruleOf(n.type)?.importId?.(old.attributes);
    if (importId === undefined) {
      conflicts.push({
        key: n.key!,
        message:
          "exists already but no import id can be built from its attributes: the plan would create it again",
        resources: [n],
        olds: [old],
      });
      return;
    }
    adopted.push({ resource: n, old, importId });
  }

  // A tfvars file that moved (another component root) is the same file of the same stack.
  const unmatchedFiles = created.filter(
    (c) => c.reason === "new" && c.resource.type === "spacelift_mounted_file",
  );
  for (const c of unmatchedFiles) {
    const stack = c.resource.key!.split("/")[1];
    const old = managed.find(
      (o) =>
        !used.has(o) &&
        o.type === "spacelift_mounted_file" &&
        o.attributes["stack_id"] === stack &&
        MOUNTED_TFVARS.test(stringAttr(o, "relative_path")),
    );
    const importId = old && ruleOf(old.type)?.importId?.(old.attributes);
    if (!old || importId === undefined) continue;
    used.add(old);
    created.splice(created.indexOf(c), 1);
    adopted.push({
      resource: c.resource,
      old,
      importId,
      note: `relative_path changes from ${stringAttr(old, "relative_path")}: Terraform replaces the mounted file (the old path is deleted)`,
    });
  }

  const left: Left[] = [];
  const kept: Kept[] = [];
  const lost: Lost[] = [];
  for (const o of managed) {
    if (used.has(o) || o.removedFrom === "") continue;
    if (isNothingToKeep(o.type)) left.push({ old: o, reason: "nothing-to-keep" });
    else if (leave(o.address)) left.push({ old: o, reason: "accepted" });
    else if (o.type.startsWith("aws_")) kept.push({ old: o });
    else lost.push({ old: o, key: oldKeys.get(o) });
  }

  const byNew = (a: { resource: NewResource }, b: { resource: NewResource }): number =>
    cmp(
      `${a.resource.stack} ${a.resource.type}.${a.resource.name}`,
      `${b.resource.stack} ${b.resource.type}.${b.resource.name}`,
    );
  const byOld = (a: { old: StateResource }, b: { old: StateResource }): number =>
    cmp(`${a.old.file} ${a.old.address}`, `${b.old.file} ${b.old.address}`);
  return {
    adopted: adopted.sort(byNew),
    recreated: recreated.sort(byNew),
    created: created.sort(byNew),
    left: left.sort(byOld),
    kept: kept.sort(byOld),
    lost: lost.sort(byOld),
    conflicts: conflicts.sort((a, b) => cmp(a.key, b.key)),
    dataSources: olds.filter((o) => o.mode === "data").length,
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function stringAttr(o: StateResource, name: string): string {
  const v = o.attributes[name];
  return typeof v === "string" ? v : "";
}
