/**
 * What one synthesized tree creates in Spacelift: stacks with the resources attached to them
 * (found through their `stack_id`, not their names), spaces, policies, worker pools, the `moved`
 * blocks, and every other resource.
 */
import { decodeValue, slugOf, stackTarget } from "./refs";
import type { SynthTree, TfBody, TfDocument } from "./tree";
import type { Json } from "./types";

/**
 * Keys that are not Spacelift settings: cdktf metadata and Terraform meta-arguments (ordering and
 * preconditions change whenever an attachment is added, which says nothing new to a reviewer).
 */
const META_KEYS = new Set(["//", "lifecycle", "depends_on", "count", "for_each"]);

/** One resource, attributes decoded (see refs.ts) and meta-arguments dropped. */
export interface Resource {
  readonly cdktfStack: string;
  readonly type: string;
  readonly name: string;
  readonly attrs: Readonly<Record<string, Json>>;
  /** `lifecycle.ignore_changes` of the resource. */
  readonly ignoreChanges?: readonly string[];
}

/** A `spacelift_stack` and what is attached to it. */
export interface StackEntry {
  /** Logical id (this app names it by the stack id). */
  readonly id: string;
  readonly slug: string;
  readonly cdktfStack: string;
  readonly resource: Resource;
  /** Resources whose `stack_id` is this stack (their `stack_id` attribute removed), by logical id. */
  readonly attached: readonly Resource[];
}

/** A `moved` block of one cdktf stack. */
export interface MovedEntry {
  readonly cdktfStack: string;
  readonly from: string;
  readonly to: string;
}

/** Everything one tree creates. */
export interface Inventory {
  readonly label: string;
  readonly cdktfStacks: readonly string[];
  /** Stacks by id, sorted. */
  readonly stacks: ReadonlyMap<string, StackEntry>;
  readonly spaces: ReadonlyMap<string, Resource>;
  readonly policies: ReadonlyMap<string, Resource>;
  readonly workerPools: ReadonlyMap<string, Resource>;
  /** Every other resource, by `<cdktf stack>/<type>.<name>`. */
  readonly other: ReadonlyMap<string, Resource>;
  readonly moved: readonly MovedEntry[];
  /** Import targets, as `<cdktf stack>/<type>.<name>`. */
  readonly imports: ReadonlySet<string>;
  /** `removed` blocks that destroy (no `lifecycle { destroy = false }`), as `<cdktf stack>/<from>`. */
  readonly destroyingRemovals: readonly string[];
}

/** Entities keyed by their `name` attribute. */
const NAMED: Readonly<Record<string, "spaces" | "policies" | "workerPools">> = {
  spacelift_space: "spaces",
  spacelift_policy: "policies",
  spacelift_worker_pool: "workerPools",
};

/** `lifecycle { destroy = false }` in Terraform JSON: an object, or a list of one object. */
function forgets(lifecycle: Json | undefined): boolean {
  const blocks = Array.isArray(lifecycle) ? lifecycle : [lifecycle];
  return blocks.some(
    (b: Json | undefined) =>
      typeof b === "object" && b !== null && !Array.isArray(b) && (b as { destroy?: Json }).destroy === false,
  );
}

/** Reads the inventory of a tree. */
export function inventoryOf(tree: SynthTree): Inventory {
  const stacks = new Map<string, { entry: StackEntry; attached: Resource[] }>();
  const bySlug = new Map<string, string>();
  const named = { spaces: new Map<string, Resource>(), policies: new Map(), workerPools: new Map() };
  const other = new Map<string, Resource>();
  const moved: MovedEntry[] = [];
  const imports = new Set<string>();
  const destroyingRemovals: string[] = [];
  const pending: { resource: Resource; target: { local: string } | { slug: string } }[] = [];

  for (const [cdktfStack, doc] of tree.stacks) {
    for (const m of doc.moved ?? []) moved.push({ cdktfStack, from: m.from, to: m.to });
    for (const i of doc.import ?? []) imports.add(`${cdktfStack}/${i.to}`);
    for (const r of doc.removed ?? []) {
      if (!forgets(r.lifecycle)) destroyingRemovals.push(`${cdktfStack}/${r.from}`);
    }
    for (const [type, byName] of sortedEntries(doc.resource ?? {})) {
      for (const [name, body] of sortedEntries(byName)) {
        if (type === "spacelift_stack") {
          const resource = toResource(doc, cdktfStack, type, name, body, []);
          const entry = { id: name, slug: slugOf(doc, name), cdktfStack, resource, attached: [] };
          if (!stacks.has(name)) stacks.set(name, { entry, attached: [] });
          bySlug.set(entry.slug, name);
          continue;
        }
        const target = stackTarget(body["stack_id"]);
        if (target !== undefined) {
          pending.push({ resource: attachedResource(doc, cdktfStack, type, name, body), target });
          continue;
        }
        const resource = toResource(doc, cdktfStack, type, name, body, []);
        const kind = NAMED[type];
        const entityName = resource.attrs["name"];
        if (kind !== undefined && typeof entityName === "string") named[kind].set(entityName, resource);
        else other.set(`${cdktfStack}/${type}.${name}`, resource);
      }
    }
  }

  for (const { resource, target } of pending) {
    const id = "local" in target ? target.local : bySlug.get(target.slug);
    const owner = id === undefined ? undefined : stacks.get(id);
    if (owner && ("slug" in target || owner.entry.cdktfStack === resource.cdktfStack)) {
      owner.attached.push(resource);
    } else {
      other.set(`${resource.cdktfStack}/${resource.type}.${resource.name}`, resource);
    }
  }

  const finalStacks = new Map<string, StackEntry>();
  for (const id of [...stacks.keys()].sort()) {
    const { entry, attached } = stacks.get(id)!;
    finalStacks.set(id, { ...entry, attached: withUpstreamIds(attached, bySlug) });
  }
  return {
    label: tree.label,
    cdktfStacks: [...tree.stacks.keys()],
    stacks: finalStacks,
    spaces: sortedMap(named.spaces),
    policies: sortedMap(named.policies),
    workerPools: sortedMap(named.workerPools),
    other: sortedMap(other),
    moved,
    imports,
    destroyingRemovals: destroyingRemovals.sort(),
  };
}

/** The stack a dependency points at, as a stack id (the slug decodes back to the logical id). */
function withUpstreamIds(attached: readonly Resource[], bySlug: ReadonlyMap<string, string>): Resource[] {
  return attached.map((r) => {
    const upstream = r.attrs["depends_on_stack_id"];
    if (r.type !== "spacelift_stack_dependency" || typeof upstream !== "string") return r;
    return { ...r, attrs: { ...r.attrs, depends_on_stack_id: bySlug.get(upstream) ?? upstream } };
  });
}

function attachedResource(
  doc: TfDocument,
  cdktfStack: string,
  type: string,
  name: string,
  body: TfBody,
): Resource {
  return toResource(doc, cdktfStack, type, name, body, ["stack_id"]);
}

function toResource(
  doc: TfDocument,
  cdktfStack: string,
  type: string,
  name: string,
  body: TfBody,
  drop: readonly string[],
): Resource {
  const attrs: Record<string, Json> = {};
  for (const key of Object.keys(body).sort()) {
    if (META_KEYS.has(key) || drop.includes(key)) continue;
    attrs[key] = decodeValue(doc, body[key]!);
  }
  const lifecycle = body["lifecycle"] as { ignore_changes?: unknown } | undefined;
  const ignored = Array.isArray(lifecycle?.ignore_changes)
    ? lifecycle.ignore_changes.filter((x): x is string => typeof x === "string")
    : [];
  return { cdktfStack, type, name, attrs, ...(ignored.length > 0 ? { ignoreChanges: ignored } : {}) };
}

function sortedEntries<T>(record: { readonly [k: string]: T }): [string, T][] {
  return Object.keys(record)
    .sort()
    .map((k) => [k, record[k]!]);
}

function sortedMap<T>(map: ReadonlyMap<string, T>): Map<string, T> {
  return new Map([...map.keys()].sort().map((k) => [k, map.get(k)!]));
}
