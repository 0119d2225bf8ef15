/**
 * Renames: declared ones (a `moved` chain in the head tree leads from a base stack to a head stack
 * in the same cdktf stack, i.e. the same Terraform state) and look-alikes (a removed and an added
 * stack that run the same component from the same project root: probably a rename nobody
 * declared).
 */
import { text } from "./compare";
import type { Inventory, StackEntry } from "./inventory";

/** A base stack id and the head stack id it became. */
export interface RenamePair {
  readonly from: string;
  readonly to: string;
}

/** What the head tree's moved blocks say about stacks. */
export interface DeclaredRenames {
  /** Moves Terraform will apply: same cdktf stack on both sides. */
  readonly pairs: readonly RenamePair[];
  /** Moves declared in another cdktf stack than the one that holds the old stack: they do nothing. */
  readonly acrossStates: readonly (RenamePair & { readonly fromStack: string; readonly toStack: string })[];
}

const STACK = "spacelift_stack.";

/** Resolves the head's moved chains for every base stack that is gone from the head. */
export function declaredRenames(base: Inventory, head: Inventory): DeclaredRenames {
  const movesByStack = new Map<string, Map<string, string>>();
  for (const m of head.moved) {
    if (!m.from.startsWith(STACK) || !m.to.startsWith(STACK)) continue;
    const moves = movesByStack.get(m.cdktfStack) ?? new Map<string, string>();
    moves.set(m.from.slice(STACK.length), m.to.slice(STACK.length));
    movesByStack.set(m.cdktfStack, moves);
  }
  const pairs: RenamePair[] = [];
  const acrossStates: DeclaredRenames["acrossStates"][number][] = [];
  for (const [id, old] of base.stacks) {
    if (head.stacks.has(id)) continue;
    for (const [cdktfStack, moves] of movesByStack) {
      const target = follow(moves, id);
      const now = target === undefined ? undefined : head.stacks.get(target);
      if (!now || base.stacks.has(now.id) || now.cdktfStack !== cdktfStack) continue;
      if (cdktfStack === old.cdktfStack) pairs.push({ from: id, to: now.id });
      else acrossStates.push({ from: id, to: now.id, fromStack: old.cdktfStack, toStack: cdktfStack });
    }
  }
  return { pairs, acrossStates };
}

function follow(moves: ReadonlyMap<string, string>, start: string): string | undefined {
  let current = start;
  const seen = new Set<string>([start]);
  while (moves.has(current)) {
    current = moves.get(current)!;
    if (seen.has(current)) return undefined;
    seen.add(current);
  }
  return current === start ? undefined : current;
}

/** What makes two stacks look like the same thing under two names. */
function signature(s: StackEntry): { root: string; component?: string; vars?: string } {
  let component: string | undefined;
  let vars: string | undefined;
  for (const r of s.attached) {
    if (r.type === "spacelift_environment_variable" && r.attrs["name"] === "ATMOS_COMPONENT") {
      component = text(r.attrs["value"]);
    }
    if (r.type === "spacelift_mounted_file" && typeof r.attrs["content"] === "string")
      vars = r.attrs["content"];
  }
  return { root: text(s.resource.attrs["project_root"]), component, vars };
}

/**
 * Pairs removed and added stacks that run the same project root with the same atmos component or
 * the same vars (one pair per stack; closest match first: both equal, then same admin stack, then
 * by id).
 */
export function lookAlikes(removed: readonly StackEntry[], added: readonly StackEntry[]): RenamePair[] {
  const pairs: RenamePair[] = [];
  const taken = new Set<string>();
  for (const old of [...removed].sort((x, y) => cmp(x.id, y.id))) {
    const o = signature(old);
    const scored = added
      .filter((n) => !taken.has(n.id))
      .map((n) => {
        const s = signature(n);
        if (s.root !== o.root) return undefined;
        const sameComponent = s.component !== undefined && s.component === o.component;
        const sameVars = s.vars !== undefined && s.vars === o.vars;
        if (!sameComponent && !sameVars) return undefined;
        const score =
          (sameComponent ? 2 : 0) + (sameVars ? 2 : 0) + (n.cdktfStack === old.cdktfStack ? 1 : 0);
        return { id: n.id, score };
      })
      .filter((c): c is { id: string; score: number } => c !== undefined)
      .sort((x, y) => y.score - x.score || cmp(x.id, y.id));
    const best = scored[0];
    if (best) {
      taken.add(best.id);
      pairs.push({ from: old.id, to: best.id });
    }
  }
  return pairs;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
