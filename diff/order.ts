/**
 * The order to bring a whole atmos stack (an environment) up, or down: its Spacelift stacks sorted
 * by their dependencies, with upstream stacks of other atmos stacks pulled in (marked) on the way
 * up, and dependents elsewhere reported as blockers on the way down (Spacelift refuses to delete a
 * stack that others depend on).
 */
import type { SpaceliftModel, StackModel } from "../model";
import { topologicalOrder } from "./topo";

/** One step. */
export interface OrderStep {
  readonly position: number;
  readonly stackId: string;
  readonly atmosComponent: string;
  readonly atmosStack: string;
  /** Pulled in from another atmos stack (a dependency of a member). */
  readonly external: boolean;
  /** The atmos command, or undefined for stacks this app synthesizes (run them in Spacelift). */
  readonly command?: string;
}

/** The whole answer. */
export interface EnvironmentOrder {
  readonly atmosStack: string;
  readonly direction: "up" | "down";
  readonly steps: readonly OrderStep[];
  /** Down only: stacks of other atmos stacks that depend on a member, as `<dependent> → <member>`. */
  readonly blockers: readonly string[];
}

/** The Spacelift stacks of an atmos stack (by logical name, or by its Spacelift prefix). */
export function stacksOfAtmosStack(model: SpaceliftModel, atmosStack: string): StackModel[] {
  return model.stacks.filter((s) => s.atmosStack === atmosStack || s.stackPrefix === atmosStack);
}

/** Orders the stacks of `atmosStack`; undefined when it has none. */
export function environmentOrder(
  model: SpaceliftModel,
  atmosStack: string,
  destroy: boolean,
): EnvironmentOrder | undefined {
  const members = stacksOfAtmosStack(model, atmosStack);
  if (members.length === 0) return undefined;
  const memberIds = new Set(members.map((s) => s.id));
  const included = new Set(memberIds);
  if (!destroy) {
    const pull = (s: StackModel): void => {
      for (const up of s.dependsOn) {
        const upstream = model.stack(up);
        if (!upstream || included.has(up)) continue;
        included.add(up);
        pull(upstream);
      }
    };
    members.forEach(pull);
  }
  const ids = [...included].sort();
  const edges = ids.flatMap((id) => model.stack(id)!.dependsOn.map((up) => [up, id] as const));
  const ordered = topologicalOrder(ids, edges);
  if (destroy) ordered.reverse();
  const steps = ordered.map((id, i): OrderStep => {
    const s = model.stack(id)!;
    const verb = destroy ? "destroy" : "apply";
    return {
      position: i + 1,
      stackId: id,
      atmosComponent: s.atmosComponent,
      atmosStack: s.atmosStack,
      external: !memberIds.has(id),
      ...(s.kind === "component"
        ? { command: `atmos terraform ${verb} ${s.atmosComponent} -s ${s.atmosStack}` }
        : {}),
    };
  });
  const blockers = destroy
    ? model.stacks
        .filter((s) => !memberIds.has(s.id))
        .flatMap((s) => s.dependsOn.filter((d) => memberIds.has(d)).map((d) => `${s.id} → ${d}`))
        .sort()
    : [];
  return { atmosStack, direction: destroy ? "down" : "up", steps, blockers };
}

/** Plain-text rendering: a runnable script (comments explain, commands run in order). */
export function renderOrderText(order: EnvironmentOrder): string {
  const n = order.steps.length;
  const lines = [
    order.direction === "up"
      ? `# Bring up ${order.atmosStack}: ${n} Spacelift stack(s), dependencies first.`
      : `# Tear down ${order.atmosStack}: ${n} Spacelift stack(s), dependents first.`,
  ];
  for (const b of order.blockers) {
    lines.push(
      `# BLOCKER: ${b} (a stack outside ${order.atmosStack} depends on it: remove that dependency first)`,
    );
  }
  for (const s of order.steps) {
    const note = s.external ? ` (dependency from atmos stack ${s.atmosStack})` : "";
    lines.push(`# ${s.position}. ${s.stackId}${note}`);
    lines.push(
      s.command ??
        `#    synthesized by this app (component ${s.atmosComponent}): confirm its run in Spacelift`,
    );
  }
  return lines.join("\n") + "\n";
}
