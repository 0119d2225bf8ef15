/**
 * The diff engine: two synthesized trees in, a {@link SpaceliftDiff} out. Pure (no git, no cdktf),
 * so `--from/--to` directories and `--base/--head` refs share it.
 */
import { attributeChanges, setChange, text } from "./compare";
import { diffGraph } from "./diff-graph";
import type { StackGraph } from "./graph";
import { inventoryOf, type Inventory, type Resource, type StackEntry } from "./inventory";
import { linesOf, unifiedDiff } from "./line-diff";
import { redFlagsAndWarnings } from "./red-flags";
import { declaredRenames } from "./renames";
import { diffStack } from "./stack-diff";
import type { SynthTree } from "./tree";
import type {
  ChangeKind,
  Counts,
  DiffLine,
  EntityDiff,
  Json,
  PolicyDiff,
  ResourceDiff,
  SpaceliftDiff,
  StackChangeKind,
  StackDiff,
} from "./types";

/** Compares two synthesized trees. */
export function diffTrees(base: SynthTree, head: SynthTree): SpaceliftDiff {
  return diffInventories(inventoryOf(base), inventoryOf(head));
}

/** Compares two trees and draws the changed stacks with their neighbours. */
export function compareTrees(base: SynthTree, head: SynthTree): { diff: SpaceliftDiff; graph?: StackGraph } {
  const b = inventoryOf(base);
  const h = inventoryOf(head);
  const diff = diffInventories(b, h);
  const graph = diffGraph(b, h, diff);
  return graph ? { diff, graph } : { diff };
}

/** Compares two inventories. */
export function diffInventories(base: Inventory, head: Inventory): SpaceliftDiff {
  const declared = declaredRenames(base, head);
  const renamed = new Map(declared.pairs.map((p) => [p.from, p.to]));
  const stacks = diffStacks(base, head, renamed);
  const policies = diffPolicies(base.policies, head.policies);
  const spaces = diffEntities(base.spaces, head.spaces);
  const workerPools = diffEntities(base.workerPools, head.workerPools);
  const otherResources = diffOther(base.other, head.other);
  const cdktfStacks = setChange(base.cdktfStacks, head.cdktfStacks);
  const { redFlags, warnings } = redFlagsAndWarnings({
    base,
    head,
    stacks,
    policies,
    spaces,
    workerPools,
    otherResources,
    acrossStates: declared.acrossStates,
    cdktfStacks,
  });
  return {
    schemaVersion: 1,
    base: base.label,
    head: head.label,
    redFlags,
    warnings,
    summary: {
      stacks: count(stacks, ["added", "removed", "changed", "renamed", "replaced"] as const),
      policies: count(policies, KINDS),
      spaces: count(spaces, KINDS),
      workerPools: count(workerPools, KINDS),
      otherResources: count(otherResources, KINDS),
    },
    stacks,
    policies,
    spaces,
    workerPools,
    otherResources,
    cdktfStacks,
  };
}

const KINDS = ["added", "removed", "changed"] as const;

function count<K extends string>(items: readonly { change: K }[], kinds: readonly K[]): Counts<K> {
  const out = Object.fromEntries(kinds.map((k) => [k, 0])) as Record<K, number>;
  for (const i of items) out[i.change]++;
  return out;
}

function diffStacks(base: Inventory, head: Inventory, renamed: ReadonlyMap<string, string>): StackDiff[] {
  const renamedFrom = new Map([...renamed].map(([from, to]) => [to, from]));
  const out: StackDiff[] = [];
  for (const [id, after] of head.stacks) {
    const previousId = base.stacks.has(id) ? undefined : renamedFrom.get(id);
    const before = base.stacks.get(previousId ?? id);
    if (!before) {
      const added = diffStack(id, "added", undefined, after, renamed)!;
      const imported = head.imports.has(`${after.cdktfStack}/spacelift_stack.${id}`);
      out.push(imported ? { ...added, imported: true } : added);
      continue;
    }
    const replacedBecause = replacement(before, after);
    const kind: StackChangeKind = replacedBecause ? "replaced" : previousId ? "renamed" : "changed";
    const d = diffStack(id, kind, before, after, renamed, {
      ...(previousId !== undefined ? { previousId } : {}),
      ...(replacedBecause !== undefined ? { replacedBecause } : {}),
    });
    if (d) out.push(d);
  }
  for (const [id, before] of base.stacks) {
    if (!head.stacks.has(id) && !renamed.has(id))
      out.push(diffStack(id, "removed", before, undefined, renamed)!);
  }
  return out.sort((a, b) => cmp(a.id, b.id));
}

/**
 * Why the Spacelift stack is deleted and created again, or undefined. Force-new attributes of
 * `spacelift_stack` (provider resource_stack.go): `slug`, `manage_state`. A stack that moves to
 * another cdktf stack leaves one Terraform state and enters another.
 */
function replacement(before: StackEntry, after: StackEntry): string | undefined {
  if (before.cdktfStack !== after.cdktfStack) {
    return `it moves from admin stack ${before.cdktfStack} to ${after.cdktfStack}, whose Terraform states are separate: the first deletes it and the second creates a new one`;
  }
  if (before.slug !== after.slug) {
    return `its slug (the Spacelift stack id) changes from ${before.slug} to ${after.slug}, and the provider cannot change a slug in place`;
  }
  const ms = (e: StackEntry): Json => e.resource.attrs["manage_state"] ?? true;
  if (ms(before) !== ms(after)) {
    return `manage_state changes from ${text(ms(before))} to ${text(ms(after))}, which the provider cannot change in place`;
  }
  return undefined;
}

function kindOf<T>(before: T | undefined, after: T | undefined): ChangeKind {
  return before === undefined ? "added" : after === undefined ? "removed" : "changed";
}

function sides(before: Resource | undefined, after: Resource | undefined): EntityDiff["cdktfStack"] {
  return {
    ...(before ? { before: before.cdktfStack } : {}),
    ...(after ? { after: after.cdktfStack } : {}),
  };
}

function labelsOf(r: Resource | undefined): string[] {
  const v = r?.attrs["labels"];
  return Array.isArray(v) ? (v as Json[]).map(String) : [];
}

function diffPolicies(
  base: ReadonlyMap<string, Resource>,
  head: ReadonlyMap<string, Resource>,
): PolicyDiff[] {
  const out: PolicyDiff[] = [];
  for (const name of unionKeys(base, head)) {
    const b = base.get(name);
    const a = head.get(name);
    const attributes = attributeChanges(b?.attrs, a?.attrs, new Set(["body", "labels"]));
    const labels = setChange(labelsOf(b), labelsOf(a));
    const bodyBefore = typeof b?.attrs["body"] === "string" ? b.attrs["body"] : "";
    const bodyAfter = typeof a?.attrs["body"] === "string" ? a.attrs["body"] : "";
    // Both sides: a unified diff; one side: the whole body, added or removed.
    const body: DiffLine[] =
      b && a
        ? unifiedDiff(bodyBefore, bodyAfter)
        : linesOf(a ? bodyAfter : bodyBefore).map((text) => ({ op: a ? "+" : "-", text }));
    const moved = b && a && b.cdktfStack !== a.cdktfStack;
    if (b && a && !moved && attributes.length === 0 && body.length === 0 && !hasSet(labels)) continue;
    out.push({
      name,
      change: kindOf(b, a),
      cdktfStack: sides(b, a),
      attributes,
      labels,
      ...(body.length > 0 ? { body } : {}),
    });
  }
  return out;
}

function diffEntities(
  base: ReadonlyMap<string, Resource>,
  head: ReadonlyMap<string, Resource>,
): EntityDiff[] {
  const out: EntityDiff[] = [];
  for (const name of unionKeys(base, head)) {
    const b = base.get(name);
    const a = head.get(name);
    const attributes = attributeChanges(b?.attrs, a?.attrs, new Set(["labels"]));
    const labels = setChange(labelsOf(b), labelsOf(a));
    const moved = b && a && b.cdktfStack !== a.cdktfStack;
    if (b && a && !moved && attributes.length === 0 && !hasSet(labels)) continue;
    out.push({ name, change: kindOf(b, a), cdktfStack: sides(b, a), attributes, labels });
  }
  return out;
}

function diffOther(base: ReadonlyMap<string, Resource>, head: ReadonlyMap<string, Resource>): ResourceDiff[] {
  const out: ResourceDiff[] = [];
  for (const address of unionKeys(base, head)) {
    const b = base.get(address);
    const a = head.get(address);
    const attributes = attributeChanges(b?.attrs, a?.attrs);
    if (b && a && attributes.length === 0) continue;
    out.push({ address, change: kindOf(b, a), attributes });
  }
  return out;
}

function hasSet(s: { added: readonly string[]; removed: readonly string[] }): boolean {
  return s.added.length > 0 || s.removed.length > 0;
}

function unionKeys<T>(a: ReadonlyMap<string, T>, b: ReadonlyMap<string, T>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].sort(cmp);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
