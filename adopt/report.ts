/**
 * The adoption report: counts first, then what blocks the adoption (conflicts, lost resources),
 * then what the first plan will show per stack. JSON carries every entry; the text form groups the
 * long lists by stack and type so a 1,000-stack organisation stays readable.
 */
import type { Json } from "../diff/types";
import type { AdoptionPlan, CreatedReason, NewResource } from "./plan";
import { isSafe } from "./plan";
import type { StateResource } from "./state";

const CREATED_WHY: Readonly<Record<CreatedReason, string>> = {
  new: "nothing like it exists in the old states or the inventory",
  event: "a run: creating it triggers one",
  pseudo: "a stack destructor of a new stack",
  "no-identity": "its identity is an expression, known only at plan time",
  "unknown-type": "a resource type adoption does not match",
};

function summaryLine(plan: AdoptionPlan, olds: number, files: number): string {
  return (
    `Adoption plan: ${plan.adopted.length} adopted, ${plan.recreated.length} destructors recreated, ` +
    `${plan.created.length} created, ${plan.left.length} left on purpose, ${plan.kept.length} kept by the old component, ` +
    `${plan.lost.length} lost, ` +
    `${plan.conflicts.length} conflicts (${olds} old resources in ${files} file(s); ${plan.dataSources} data sources need nothing)`
  );
}

function newAddress(r: NewResource): string {
  return `${r.stack}: ${r.type}.${r.name}`;
}

function oldAddress(o: StateResource): string {
  return `${o.file}: ${o.address}`;
}

function countsBy<T>(items: readonly T[], key: (t: T) => string): [string, number][] {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The report for a terminal or a pull request (Markdown-compatible plain text). */
export function renderText(plan: AdoptionPlan, olds: number, files: number): string {
  const out: string[] = [summaryLine(plan, olds, files), ""];
  out.push(
    isSafe(plan)
      ? "SAFE: nothing is created that exists already, nothing in the old states is lost."
      : "NOT SAFE: resolve the conflicts and lost resources below before `adopt write`.",
    "",
  );
  if (plan.conflicts.length > 0) {
    out.push(`## Conflicts (${plan.conflicts.length})`, "");
    for (const c of plan.conflicts) {
      out.push(`- ${c.key}: ${c.message}`);
      for (const r of c.resources) out.push(`    new: ${newAddress(r)}`);
      for (const o of c.olds) out.push(`    old: ${oldAddress(o)}`);
    }
    out.push("");
  }
  if (plan.lost.length > 0) {
    out.push(
      `## Lost (${plan.lost.length}): in an old state, and nothing in this configuration takes it over`,
      "",
      "Released without destroy it would stay in Spacelift unmanaged. Add it to the YAML, or pass",
      "`--leave '<address>'` to leave it on purpose.",
      "",
    );
    for (const l of plan.lost) out.push(`- ${oldAddress(l.old)}${l.key ? ` (${l.key})` : ""}`);
    out.push("");
  }
  out.push(
    `## Adopted (${plan.adopted.length}): imported, the first plan shows no create and no destroy for them`,
    "",
  );
  for (const [k, n] of countsBy(plan.adopted, (a) => `${a.resource.stack}: ${a.resource.type}`))
    out.push(`- ${k} × ${n}`);
  const noted = plan.adopted.filter((a) => a.note !== undefined);
  if (noted.length > 0) {
    out.push("", "Expect in their first plan:");
    for (const a of noted) out.push(`- ${newAddress(a.resource)}: ${a.note}`);
  }
  out.push("");
  if (plan.recreated.length > 0) {
    out.push(
      `## Destructors recreated (${plan.recreated.length})`,
      "",
      "A stack destructor cannot be imported and creating one makes no Spacelift object. The old one is",
      "released with `destroy = false` (never deleted: deleting an active destructor destroys the stack's",
      "infrastructure); the new one is created.",
      "",
    );
    const switched = plan.recreated.filter((r) => r.activeBefore !== r.activeAfter);
    if (switched.length === 0) out.push("Every destructor keeps its setting (active or deactivated).");
    for (const r of switched) {
      out.push(
        `- ${r.resource.stack}: ${r.resource.name}: ${r.activeAfter ? "SWITCHED ON (deleting this stack will destroy its infrastructure)" : "switched off"}`,
      );
    }
    out.push("");
  }
  if (plan.created.length > 0) {
    out.push(`## Created (${plan.created.length})`, "");
    for (const [k, n] of countsBy(plan.created, (c) => `${c.resource.type}: ${CREATED_WHY[c.reason]}`)) {
      out.push(`- ${k} × ${n}`);
    }
    out.push("");
  }
  if (plan.kept.length > 0) {
    out.push(
      `## Kept by the old component (${plan.kept.length}): AWS resources nothing here takes over`,
      "",
      "They are not released: destroy them with the old component once this app's replacements run.",
      "",
    );
    for (const k of plan.kept) out.push(`- ${oldAddress(k.old)}`);
    out.push("");
  }
  if (plan.left.length > 0) {
    out.push(`## Left on purpose (${plan.left.length}): released from the old state, nothing to keep`, "");
    for (const [k, n] of countsBy(plan.left, (l) => `${l.old.type} (${l.reason})`)) out.push(`- ${k} × ${n}`);
    out.push("");
  }
  return out.join("\n");
}

/** Every entry, for tools. */
export function renderJson(plan: AdoptionPlan, olds: number, files: number): Json {
  const n = (r: NewResource): Json => ({
    stack: r.stack,
    address: `${r.type}.${r.name}`,
    key: r.key ?? null,
  });
  const o = (s: StateResource): Json => ({ file: s.file, address: s.address });
  return {
    schemaVersion: 1,
    safe: isSafe(plan),
    counts: {
      adopted: plan.adopted.length,
      recreated: plan.recreated.length,
      created: plan.created.length,
      left: plan.left.length,
      kept: plan.kept.length,
      lost: plan.lost.length,
      conflicts: plan.conflicts.length,
      oldResources: olds,
      stateFiles: files,
      dataSources: plan.dataSources,
    },
    adopted: plan.adopted.map((a) => ({
      ...(n(a.resource) as object),
      importId: a.importId,
      old: o(a.old),
      note: a.note ?? null,
    })),
    recreated: plan.recreated.map((r) => ({
      ...(n(r.resource) as object),
      old: o(r.old),
      activeBefore: r.activeBefore,
      activeAfter: r.activeAfter,
    })),
    created: plan.created.map((c) => ({ ...(n(c.resource) as object), reason: c.reason })),
    left: plan.left.map((l) => ({ ...(o(l.old) as object), reason: l.reason })),
    kept: plan.kept.map((k) => o(k.old)),
    lost: plan.lost.map((l) => ({ ...(o(l.old) as object), key: l.key ?? null })),
    conflicts: plan.conflicts.map((c) => ({
      key: c.key,
      message: c.message,
      resources: c.resources.map(n),
      olds: c.olds.map(o),
    })),
  };
}
