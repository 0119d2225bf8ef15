/**
 * The picture embedded in the diff report: the stacks that change, their direct dependency
 * neighbours (on either side), grouped by the admin stack that creates them.
 */
import { text } from "./compare";
import type { GraphEdge, GraphNode, GraphStatus, StackGraph } from "./graph";
import type { Inventory } from "./inventory";
import type { SpaceliftDiff } from "./types";

/** Above this many nodes neighbours are left out; above it in changed stacks there is no picture. */
export const MAX_GRAPH_NODES = 80;

/** Dependency edges of one side, upstream → dependent, with base ids mapped to head ids. */
function edgesOf(inv: Inventory, rename: ReadonlyMap<string, string>): Set<string> {
  const out = new Set<string>();
  const id = (s: string): string => rename.get(s) ?? s;
  for (const s of inv.stacks.values()) {
    for (const r of s.attached) {
      if (r.type !== "spacelift_stack_dependency") continue;
      out.add(`${id(text(r.attrs["depends_on_stack_id"]))}\u0000${id(s.id)}`);
    }
  }
  return out;
}

/** The graph of a diff, or undefined when too many stacks change for a readable picture. */
export function diffGraph(base: Inventory, head: Inventory, diff: SpaceliftDiff): StackGraph | undefined {
  if (diff.stacks.length === 0 || diff.stacks.length > MAX_GRAPH_NODES) return undefined;
  const rename = new Map(
    diff.stacks.filter((s) => s.previousId !== undefined).map((s) => [s.previousId!, s.id]),
  );
  const before = edgesOf(base, rename);
  const after = edgesOf(head, rename);
  const edges: GraphEdge[] = [...new Set([...before, ...after])].sort().map((key) => {
    const [from, to] = key.split("\u0000") as [string, string];
    const status: GraphStatus = !before.has(key) ? "added" : !after.has(key) ? "removed" : "unchanged";
    return { from, to, status };
  });
  const changed = new Map(diff.stacks.map((s) => [s.id, s]));
  const ids = new Set(changed.keys());
  const neighbours = new Set<string>();
  for (const e of edges) {
    if (changed.has(e.from) && !changed.has(e.to)) neighbours.add(e.to);
    if (changed.has(e.to) && !changed.has(e.from)) neighbours.add(e.from);
  }
  if (ids.size + neighbours.size <= MAX_GRAPH_NODES) for (const n of neighbours) ids.add(n);
  const adminOf = (id: string): string | undefined => {
    const d = changed.get(id);
    return d
      ? (d.adminStack.after ?? d.adminStack.before)
      : (head.stacks.get(id) ?? base.stacks.get(id))?.cdktfStack;
  };
  const nodes: GraphNode[] = [...ids].sort().map((id) => {
    const d = changed.get(id);
    const group = adminOf(id);
    return {
      id,
      ...(d?.previousId !== undefined ? { label: `${d.previousId} → ${id}` } : {}),
      ...(group !== undefined ? { group } : {}),
      status: d ? d.change : "unchanged",
    };
  });
  const groups = [...new Set(nodes.map((n) => n.group).filter((g): g is string => g !== undefined))]
    .sort()
    .map((g) => ({ id: g, label: `admin stack ${g}` }));
  return { groups, nodes, edges: edges.filter((e) => ids.has(e.from) && ids.has(e.to)) };
}
