/**
 * Renames: declared ones (a `moved` chain in the head tree leads from a base stack to a head stack
 * in the same cdktf stack, i.e. the same Terraform state) and look-alikes (a removed and an added
 * stack with the same identity, i.e. the same project root and Terraform workspace or atmos stack:
 * probably a rename nobody declared).
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

/**
 * What makes two stacks the same thing under two names: the code they run (project root) and their
 * identity, i.e. the atmos component, the atmos stack (context) and the Terraform workspace (where
 * their state lives). Vars are a weaker hint: a rename often changes `vars.name` too.
 */
interface Signature {
  readonly root: string;
  readonly component?: string;
  readonly atmosStack?: string;
  readonly workspace?: string;
  readonly vars?: string;
}

function signature(s: StackEntry): Signature {
  let component: string | undefined;
  let atmosStack: string | undefined;
  let vars: string | undefined;
  for (const r of s.attached) {
    if (r.type === "spacelift_environment_variable" && r.attrs["name"] === "ATMOS_COMPONENT") {
      component = text(r.attrs["value"]);
    }
    if (r.type === "spacelift_environment_variable" && r.attrs["name"] === "ATMOS_STACK") {
      atmosStack = text(r.attrs["value"]);
    }
    if (r.type === "spacelift_mounted_file" && typeof r.attrs["content"] === "string")
      vars = r.attrs["content"];
  }
  const ws = s.resource.attrs["terraform_workspace"];
  return {
    root: text(s.resource.attrs["project_root"]),
    ...(component !== undefined ? { component } : {}),
    ...(atmosStack !== undefined ? { atmosStack } : {}),
    ...(typeof ws === "string" && ws !== "" ? { workspace: ws } : {}),
    ...(vars !== undefined ? { vars } : {}),
  };
}

/** How alike two signatures are; 0 when they are not the same thing. */
function likeness(o: Signature, n: Signature): number {
  if (n.root !== o.root) return 0;
  const same = (k: keyof Signature): boolean => n[k] !== undefined && n[k] === o[k];
  // The same code (project root) with the same state (workspace) or in the same atmos stack is the
  // same thing whatever its component name and vars say; the same component or vars alone are a likeness.
  const identity = same("workspace") || same("atmosStack");
  if (!identity && !same("component") && !same("vars")) return 0;
  return (
    (same("workspace") ? 4 : 0) +
    (same("component") ? 2 : 0) +
    (same("atmosStack") ? 2 : 0) +
    (same("vars") ? 2 : 0)
  );
}

/**
 * Pairs removed and added stacks that run the same project root with the same identity (Terraform
 * workspace or atmos stack), the same atmos component or the same vars (one pair per
 * stack; closest match first, then same admin stack, then by id).
 */
export function lookAlikes(removed: readonly StackEntry[], added: readonly StackEntry[]): RenamePair[] {
  const pairs: RenamePair[] = [];
  const taken = new Set<string>();
  for (const old of [...removed].sort((x, y) => cmp(x.id, y.id))) {
    const o = signature(old);
    const scored = added
      .filter((n) => !taken.has(n.id))
      .map((n) => {
        const score = likeness(o, signature(n));
        return score === 0
          ? undefined
          : { id: n.id, score: score + (n.cdktfStack === old.cdktfStack ? 1 : 0) };
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
