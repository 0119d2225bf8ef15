/** Topological order with deterministic tie-breaking (Kahn's algorithm). */

/** A dependency cycle among the ids (the model rejects cycles; this guards other inputs). */
export class CycleError extends Error {
  constructor(readonly members: readonly string[]) {
    super(`dependency cycle among ${members.join(", ")}`);
    this.name = "CycleError";
  }
}

/**
 * Orders `ids` so that for every edge `[before, after]` `before` comes first. Among the ready ids
 * the lowest `rank`, then the smallest id, goes next. Edges to ids outside the list are ignored.
 */
export function topologicalOrder(
  ids: readonly string[],
  edges: readonly (readonly [string, string])[],
  rank: (id: string) => number = () => 0,
): string[] {
  const members = new Set(ids);
  const indegree = new Map<string, number>(ids.map((id) => [id, 0]));
  const next = new Map<string, string[]>();
  for (const [before, after] of edges) {
    if (!members.has(before) || !members.has(after) || before === after) continue;
    next.set(before, [...(next.get(before) ?? []), after]);
    indegree.set(after, indegree.get(after)! + 1);
  }
  const key = (id: string): [number, string] => [rank(id), id];
  const less = (a: string, b: string): boolean => {
    const [ra, ia] = key(a);
    const [rb, ib] = key(b);
    return ra !== rb ? ra < rb : ia < ib;
  };
  const ready = ids.filter((id) => indegree.get(id) === 0);
  const out: string[] = [];
  while (ready.length > 0) {
    let best = 0;
    for (let i = 1; i < ready.length; i++) if (less(ready[i]!, ready[best]!)) best = i;
    const id = ready.splice(best, 1)[0]!;
    out.push(id);
    for (const after of next.get(id) ?? []) {
      const d = indegree.get(after)! - 1;
      indegree.set(after, d);
      if (d === 0) ready.push(after);
    }
  }
  if (out.length < ids.length) throw new CycleError(ids.filter((id) => !out.includes(id)).sort());
  return out;
}
