/**
 * Graphs drawn from the Spacelift model (no synthesis needed): the whole estate (admin stacks, the
 * stacks they manage, dependencies) and the promotion view of a set of affected stacks.
 */
import type { SpaceliftModel, StackModel } from "../model";
import type { GraphEdge, GraphNode, StackGraph } from "./graph";
import { topologicalOrder } from "./topo";

/** Every stack, grouped by the admin stack that creates it, with its dependencies. */
export function estateGraph(model: SpaceliftModel): StackGraph {
  const admins = new Set(model.adminStacks.map((a) => a.id));
  const nodes: GraphNode[] = model.stacks.map((s) => ({
    id: s.id,
    ...(admins.has(s.id) ? { label: `${s.id} (admin stack)` } : {}),
    group: s.managerId,
  }));
  const groups = [...new Set(model.stacks.map((s) => s.managerId))]
    .sort()
    .map((id) => ({ id, label: `managed by ${id}` }));
  const edges: GraphEdge[] = model.stacks
    .flatMap((s) => s.dependsOn.map((d) => ({ from: d, to: s.id })))
    .filter((e) => model.stack(e.from) !== undefined)
    .sort((a, b) => cmp(a.from, b.from) || cmp(a.to, b.to));
  return { groups, nodes, edges };
}

/** Where a stack sits in the promotion order. */
export interface PromotionStep {
  /** 1-based: the order in which runs must be confirmed. */
  readonly position: number;
  readonly stackId: string;
  /** `vars.stage` of the component, or undefined. */
  readonly stage?: string;
  /** Affected stacks that must finish first (directly or through unaffected stacks). */
  readonly after: readonly string[];
}

/** The promotion view: steps in order and the picture grouped by stage. */
export interface PromotionView {
  readonly steps: readonly PromotionStep[];
  readonly graph: StackGraph;
}

/** The stage of a stack (`vars.stage`). */
export function stageOf(stack: StackModel): string | undefined {
  const stage = stack.source.vars["stage"];
  return typeof stage === "string" ? stage : undefined;
}

/**
 * Orders affected stacks by promotion stage (`stages` first, in that order; other stages after,
 * by name; stacks without a stage last) while respecting dependencies, including those that go
 * through stacks that are not affected.
 */
export function promotionView(
  model: SpaceliftModel,
  affected: readonly string[],
  stages: readonly string[],
): PromotionView {
  const ids = [...new Set(affected)].filter((id) => model.stack(id) !== undefined).sort();
  const members = new Set(ids);
  const others = [
    ...new Set(ids.map((id) => stageOf(model.stack(id)!)).filter((s): s is string => s !== undefined)),
  ]
    .filter((s) => !stages.includes(s))
    .sort();
  const order = [...stages, ...others];
  const rank = (id: string): number => {
    const stage = stageOf(model.stack(id)!);
    return stage === undefined ? order.length : order.indexOf(stage);
  };
  const edges: (GraphEdge & { indirect: boolean })[] = [];
  for (const id of ids) {
    for (const { upstream, indirect } of affectedUpstreams(model, id, members)) {
      edges.push({ from: upstream, to: id, indirect });
    }
  }
  const sorted = topologicalOrder(
    ids,
    edges.map((e) => [e.from, e.to] as const),
    rank,
  );
  const steps: PromotionStep[] = sorted.map((stackId, i) => {
    const stage = stageOf(model.stack(stackId)!);
    return {
      position: i + 1,
      stackId,
      ...(stage !== undefined ? { stage } : {}),
      after: edges
        .filter((e) => e.to === stackId)
        .map((e) => e.from)
        .sort(),
    };
  });
  const groupOf = (s: PromotionStep): string => s.stage ?? "(no stage)";
  const groupIds = [...order, "(no stage)"].filter((g) => steps.some((s) => groupOf(s) === g));
  return {
    steps,
    graph: {
      groups: groupIds.map((g) => ({ id: g, label: g === "(no stage)" ? "no stage" : `stage ${g}` })),
      nodes: steps.map((s) => ({ id: s.stackId, label: `${s.position}. ${s.stackId}`, group: groupOf(s) })),
      edges: edges
        .map((e): GraphEdge => ({ from: e.from, to: e.to, ...(e.indirect ? { indirect: true } : {}) }))
        .sort((a, b) => cmp(a.from, b.from) || cmp(a.to, b.to)),
    },
  };
}

/** The nearest affected stacks upstream of `id`, walking through unaffected ones. */
function affectedUpstreams(
  model: SpaceliftModel,
  id: string,
  members: ReadonlySet<string>,
): { upstream: string; indirect: boolean }[] {
  const found = new Map<string, boolean>();
  const seen = new Set<string>([id]);
  const walk = (current: string, depth: number): void => {
    for (const up of model.stack(current)?.dependsOn ?? []) {
      if (seen.has(up)) continue;
      seen.add(up);
      if (members.has(up)) {
        if (!found.has(up) || depth === 0) found.set(up, depth > 0);
      } else {
        walk(up, depth + 1);
      }
    }
  };
  walk(id, 0);
  return [...found].map(([upstream, indirect]) => ({ upstream, indirect }));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
