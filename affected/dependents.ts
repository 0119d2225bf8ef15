/**
 * `--include-dependents`: for every affected item, the HEAD components that depend on it, with
 * their own dependents (atmos `describe dependents`, recursively), and `included_in_dependents`.
 * Both sides are rendered before this runs, so a templated `stack:` is matched by its value.
 *
 * atmos's rules (`describe_dependents.go`), for a target component T in stack S:
 * - Declarations: `dependencies.components` when it lists a component entry (file/folder entries
 *   aside), else `settings.depends_on`. Abstract and disabled components depend on nothing.
 * - No component named like T is ever its dependent (atmos skips every component of that name,
 *   in every stack).
 * - `dependencies.components` entry `{component|name, stack?}`: matches when its `stack` (default:
 *   the declaring component's own stack) is S. Context fields are not consulted.
 * - `settings.depends_on` entry: the stack must match (its `stack` equals S; without `stack` and
 *   without context fields, the declaring component's stack equals S), AND each of `namespace`,
 *   `tenant`, `environment`, `stage` must match: a field the entry sets equals T's var, a field the
 *   entry omits makes T's var equal the declaring component's var. So an entry with an explicit
 *   cross-region `stack` but no `environment` does not match (atmos#2910; atmos does the same).
 * - One dependent per matching entry (two entries naming T give T two equal dependents).
 * Difference from atmos: a dependency cycle is an error instead of unbounded recursion.
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
  /** `settings.depends_on` (legacy, context fields matched) or `dependencies.components`. */
  readonly legacy: boolean;
  /** Context fields the entry sets (legacy only). */
  readonly context: Partial<Record<(typeof CONTEXT_KEYS)[number], string>>;
}

/** A declaring component and one of its entries. */
interface Declaration {
  readonly dependent: ResolvedComponent;
  readonly entry: DependencyEntry;
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
  /** Declarations by the component name they target. */
  private readonly declared = new Map<string, Declaration[]>();
  private readonly nodes = new Map<string, readonly Node[]>();
  private readonly visiting: string[] = [];

  constructor(private readonly cmp: Comparison) {
    for (const d of cmp.head.resolved.components) {
      if (d.abstract || !d.enabled) continue;
      for (const entry of declaredDependencies(d)) {
        this.declared.set(entry.component, [
          ...(this.declared.get(entry.component) ?? []),
          { dependent: d, entry },
        ]);
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
    const target = this.cmp.headComponent(stack, component);
    if (!target) return [];
    this.visiting.push(key);
    const nodes = (this.declared.get(component) ?? [])
      .filter((decl) => decl.dependent.atmosComponent !== component && matches(decl, target))
      .map(({ dependent: d }) => ({
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
}

/** atmos `isDependencyMatch`: whether `decl` names `target` (see the file comment). */
function matches({ dependent, entry }: Declaration, target: ResolvedComponent): boolean {
  if (!entry.legacy) return (entry.stack ?? dependent.atmosStack) === target.atmosStack;
  const noContext = CONTEXT_KEYS.every((k) => entry.context[k] === undefined);
  const stackMatches =
    entry.stack !== undefined
      ? entry.stack === target.atmosStack
      : !noContext || dependent.atmosStack === target.atmosStack;
  return (
    stackMatches &&
    CONTEXT_KEYS.every((k) => {
      const wanted = entry.context[k];
      return contextVar(target, k) === (wanted !== undefined ? wanted : contextVar(dependent, k));
    })
  );
}

/** A context var as atmos decodes it into its `Context` struct (absent: ""). */
function contextVar(c: ResolvedComponent, key: (typeof CONTEXT_KEYS)[number]): string {
  const v = c.vars[key];
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : "";
}

/** `dependencies.components` when it lists a component, else the `settings.depends_on` entries. */
function declaredDependencies(c: ResolvedComponent): DependencyEntry[] {
  const listed = c.dependencies["components"];
  const current: DependencyEntry[] = [];
  for (const e of Array.isArray(listed) ? listed : []) {
    if (typeof e === "string" && e !== "") current.push({ component: e, legacy: false, context: {} });
    const m = asMap(e);
    if (!m || m["kind"] === "file" || m["kind"] === "folder") continue;
    const name = str(m["component"]) ?? str(m["name"]);
    const stack = str(m["stack"]);
    if (name !== undefined)
      current.push({
        component: name,
        ...(stack !== undefined ? { stack } : {}),
        legacy: false,
        context: {},
      });
  }
  if (current.length > 0) return current;
  const dependsOn = asMap(c.settings["depends_on"]) ?? {};
  const legacy: DependencyEntry[] = [];
  for (const key of Object.keys(dependsOn).sort()) {
    const m = asMap(dependsOn[key]);
    const component = str(m?.["component"]);
    if (!m || component === undefined) continue;
    const stack = str(m["stack"]);
    const context: Partial<Record<(typeof CONTEXT_KEYS)[number], string>> = {};
    for (const k of CONTEXT_KEYS) {
      const v = str(m[k]);
      if (v !== undefined) context[k] = v;
    }
    legacy.push({ component, ...(stack !== undefined ? { stack } : {}), legacy: true, context });
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
