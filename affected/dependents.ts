/**
 * `--include-dependents`: for every affected item, the HEAD components that depend on it, with
 * their own dependents (atmos `describe dependents`, recursively), and `included_in_dependents`.
 *
 * Declarations (atmos HEAD): `dependencies.components` when it lists any component, else
 * `settings.depends_on`. A `dependencies.components` entry `{component|name, stack?}` targets that
 * stack (default: the dependent's own). A `settings.depends_on` entry with `stack` targets that
 * stack; without `stack` and context fields, the dependent's own stack; otherwise every component
 * of that name whose `namespace`/`tenant`/`environment`/`stage` vars equal the entry's value, or
 * the dependent's own value for a field the entry omits. Abstract and disabled components depend
 * on nothing. Differences from atmos: an explicit `stack` is honoured without also requiring the
 * context fields to match (atmos#2910), only the component itself is excluded as a dependent
 * (atmos excludes every component of the same name), and a cycle is an error instead of unbounded
 * recursion.
 */
import { DiagnosticError } from "../config-engine/diagnostics";
import type { JsonMap, JsonValue, ResolvedComponent } from "../config-engine/types";
import type { Comparison } from "./comparison";
import { AffectedErrors } from "./errors";
import { componentPathOf, contextFields, itemKey, spaceliftStackOf, stackSlug } from "./items";
import type { AffectedItem, Dependent } from "./types";

const CONTEXT_KEYS = ["namespace", "tenant", "environment", "stage"] as const;

interface DependencyEntry {
  readonly component: string;
  readonly stack?: string;
  /** Context fields (legacy `settings.depends_on` only). */
  readonly context?: Partial<Record<(typeof CONTEXT_KEYS)[number], JsonValue>>;
}

/** A node of the dependents graph: a component and who depends on it. */
interface Node {
  readonly component: ResolvedComponent;
  readonly slug: string;
  readonly children: readonly Node[];
}

/** Returns `items` with `dependents` and `includedInDependents` filled. */
export function withDependents(cmp: Comparison, items: readonly AffectedItem[]): AffectedItem[] {
  const graph = new DependentsGraph(cmp);
  const trees = items.map((item) => (item.deleted ? [] : graph.dependentsOf(item.stack, item.component)));
  // atmos: an item is included when its slug appears in another item's dependents tree.
  const slugCount = new Map<string, number>();
  for (const tree of trees) {
    for (const slug of slugsOf(tree)) slugCount.set(slug, (slugCount.get(slug) ?? 0) + 1);
  }
  return items.map((item, i) => {
    const tree = trees[i]!;
    const included = (slugCount.get(item.stackSlug) ?? 0) > 0;
    return {
      ...item,
      dependents: materialize(cmp, tree, !included),
      includedInDependents: included,
    };
  });
}

/** Every slug in a dependents forest. */
function slugsOf(nodes: readonly Node[], out = new Set<string>()): Set<string> {
  for (const n of nodes) {
    out.add(n.slug);
    slugsOf(n.children, out);
  }
  return out;
}

/**
 * Builds the output dependents. With `peers` (atmos's `processPeerDependencies`, run for items not
 * included elsewhere), a dependent is `included_in_dependents` when a sibling is the same stack
 * slug or has it in its own dependents tree.
 */
function materialize(cmp: Comparison, nodes: readonly Node[], peers: boolean): Dependent[] {
  const includeSettings = cmp.options.includeSettings === true;
  return nodes.map((n, i) => {
    const spaceliftStack = spaceliftStackOf(n.component);
    const included =
      peers &&
      nodes.some(
        (sibling, j) => j !== i && (sibling.slug === n.slug || slugsOf(sibling.children).has(n.slug)),
      );
    return {
      component: n.component.atmosComponent,
      componentType: "terraform",
      componentPath: componentPathOf(n.component, cmp.head.config),
      ...contextFields(n.component),
      stack: n.component.atmosStack,
      stackSlug: n.slug,
      ...(spaceliftStack !== undefined ? { spaceliftStack } : {}),
      dependents: materialize(cmp, n.children, peers),
      includedInDependents: included,
      ...(includeSettings ? { settings: n.component.settings } : {}),
    };
  });
}

/** Reverse dependency lookups over HEAD, with memoised subtrees and cycle detection. */
class DependentsGraph {
  private readonly reverse = new Map<string, ResolvedComponent[]>();
  private readonly nodes = new Map<string, readonly Node[]>();
  private readonly visiting: string[] = [];

  constructor(private readonly cmp: Comparison) {
    const byName = new Map<string, ResolvedComponent[]>();
    for (const c of cmp.head.resolved.components) {
      byName.set(c.atmosComponent, [...(byName.get(c.atmosComponent) ?? []), c]);
    }
    for (const d of cmp.head.resolved.components) {
      if (d.abstract || !d.enabled) continue;
      const targets = new Set<ResolvedComponent>();
      for (const entry of declaredDependencies(d)) {
        for (const t of this.targets(d, entry, byName)) if (t !== d) targets.add(t);
      }
      for (const t of targets) {
        const key = itemKey(t.atmosStack, t.atmosComponent);
        this.reverse.set(key, [...(this.reverse.get(key) ?? []), d]);
      }
    }
  }

  /** The dependents tree of (stack, component), sorted by stack slug at every level. */
  dependentsOf(stack: string, component: string): readonly Node[] {
    const key = itemKey(stack, component);
    const hit = this.nodes.get(key);
    if (hit) return hit;
    const at = this.visiting.indexOf(key);
    if (at >= 0) {
      const cycle = [...this.visiting.slice(at), key].map((k) => {
        const [s, c] = k.split("\u0000");
        return `${c ?? ""} (${s ?? ""})`;
      });
      throw new DiagnosticError([AffectedErrors.dependentsCycle(cycle)]);
    }
    this.visiting.push(key);
    const nodes = (this.reverse.get(key) ?? [])
      .map((d) => ({
        component: d,
        slug: stackSlug(d.atmosStack, d.atmosComponent),
        children: this.dependentsOf(d.atmosStack, d.atmosComponent),
      }))
      .sort(
        (a, b) =>
          cmp(a.slug, b.slug) ||
          cmp(a.component.atmosComponent, b.component.atmosComponent) ||
          cmp(a.component.atmosStack, b.component.atmosStack),
      );
    this.visiting.pop();
    this.nodes.set(key, nodes);
    return nodes;
  }

  private targets(
    d: ResolvedComponent,
    e: DependencyEntry,
    byName: ReadonlyMap<string, ResolvedComponent[]>,
  ): ResolvedComponent[] {
    const at = (stack: string): ResolvedComponent[] => {
      const t = this.cmp.headComponent(stack, e.component);
      return t ? [t] : [];
    };
    if (e.stack !== undefined) return at(e.stack);
    const context = e.context;
    if (!context || CONTEXT_KEYS.every((k) => context[k] === undefined)) return at(d.atmosStack);
    return (byName.get(e.component) ?? []).filter((t) =>
      CONTEXT_KEYS.every((k) => t.vars[k] === (context[k] !== undefined ? context[k] : d.vars[k])),
    );
  }
}

/** `dependencies.components` when it lists a component, else the `settings.depends_on` entries. */
function declaredDependencies(c: ResolvedComponent): DependencyEntry[] {
  const listed = c.dependencies["components"];
  const current: DependencyEntry[] = [];
  for (const e of Array.isArray(listed) ? listed : []) {
    if (typeof e === "string" && e !== "") current.push({ component: e });
    const m = asMap(e);
    if (!m || m["kind"] === "file" || m["kind"] === "folder") continue;
    const name = str(m["component"]) ?? str(m["name"]);
    const stack = str(m["stack"]);
    if (name !== undefined) current.push({ component: name, ...(stack !== undefined ? { stack } : {}) });
  }
  if (current.length > 0) return current;
  const dependsOn = asMap(c.settings["depends_on"]) ?? {};
  const legacy: DependencyEntry[] = [];
  for (const key of Object.keys(dependsOn).sort()) {
    const m = asMap(dependsOn[key]);
    const component = str(m?.["component"]);
    if (!m || component === undefined) continue;
    const stack = str(m["stack"]);
    const context: Partial<Record<(typeof CONTEXT_KEYS)[number], JsonValue>> = {};
    for (const k of CONTEXT_KEYS) {
      const v = m[k];
      if (v !== undefined && v !== null && v !== "") context[k] = v;
    }
    legacy.push({ component, ...(stack !== undefined ? { stack } : {}), context });
  }
  return legacy;
}

function str(v: JsonValue | undefined): string | undefined {
  return typeof v === "string" && v !== "" ? v : undefined;
}

function asMap(v: JsonValue | undefined): JsonMap | undefined {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? v : undefined;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
