/**
 * The diff for a terminal: red flags first, then warnings, the counts, and one compact line per
 * changed stack, policy, space, worker pool and resource (what changed, not every value: the JSON
 * and Markdown reports have those). Colour only when asked (a TTY without NO_COLOR).
 */
import type {
  AttributeChange,
  ChangeKind,
  DiffLine,
  PolicyDiff,
  SetChange,
  SpaceliftDiff,
  StackChangeKind,
  StackDiff,
} from "./types";

/** ANSI styles, or none. */
interface Paint {
  readonly red: (s: string) => string;
  readonly green: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
}

const ansi = (code: string) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;
const COLOUR: Paint = {
  red: ansi("31"),
  green: ansi("32"),
  yellow: ansi("33"),
  bold: ansi("1"),
  dim: ansi("2"),
};
const PLAIN: Paint = { red: (s) => s, green: (s) => s, yellow: (s) => s, bold: (s) => s, dim: (s) => s };

/** Options of {@link renderTerminal}. */
export interface TerminalOptions {
  /** ANSI colours. @default false */
  readonly color?: boolean;
}

const SIGN: Readonly<Record<StackChangeKind, string>> = {
  added: "+",
  removed: "-",
  changed: "~",
  renamed: ">",
  replaced: "!",
};

/** Renders the report for a terminal. */
export function renderTerminal(diff: SpaceliftDiff, options: TerminalOptions = {}): string {
  const p = options.color === true ? COLOUR : PLAIN;
  const out: string[] = [p.bold(`Spacelift changes: ${diff.base} → ${diff.head}`), ""];
  if (diff.redFlags.length === 0) out.push(p.green("No red flags."));
  else {
    out.push(p.red(p.bold(`${diff.redFlags.length} red flag(s):`)));
    for (const f of diff.redFlags)
      out.push(`  ${p.red("✗")} ${p.bold(f.subject)} ${p.dim(f.code)}: ${f.message}`);
  }
  if (diff.warnings.length > 0) {
    out.push("", p.yellow(`${diff.warnings.length} warning(s):`));
    for (const w of diff.warnings) {
      out.push(`  ${p.yellow("!")} ${w.subject} ${p.dim(w.code)}: ${w.message}`);
      if (w.hint !== undefined) out.push(...w.hint.split("\n").map((l) => `      ${p.dim(l)}`));
    }
  }
  out.push("", summaryLine(diff));
  if (diff.stacks.length > 0) {
    out.push("", p.bold("Stacks"));
    for (const s of diff.stacks) out.push(`  ${sign(s.change, p)} ${s.id}${stackWhat(s)}`);
  }
  if (diff.policies.length > 0) {
    out.push("", p.bold("Policies"));
    for (const pol of diff.policies) out.push(...policyLines(pol, p));
  }
  const entities: [
    string,
    readonly {
      name: string;
      change: ChangeKind;
      attributes: readonly AttributeChange[];
      labels: SetChange;
    }[],
  ][] = [
    ["Spaces", diff.spaces],
    ["Worker pools", diff.workerPools],
  ];
  for (const [title, list] of entities) {
    if (list.length === 0) continue;
    out.push("", p.bold(title));
    for (const e of list) out.push(`  ${sign(e.change, p)} ${e.name}${changedList(e.attributes, e.labels)}`);
  }
  if (diff.otherResources.length > 0) {
    out.push("", p.bold("Other resources"));
    for (const r of diff.otherResources)
      out.push(`  ${sign(r.change, p)} ${r.address}${changedList(r.attributes)}`);
  }
  return `${out.join("\n")}\n`;
}

function sign(change: StackChangeKind, p: Paint): string {
  const s = SIGN[change];
  return change === "added"
    ? p.green(s)
    : change === "removed" || change === "replaced"
      ? p.red(s)
      : p.yellow(s);
}

function summaryLine(diff: SpaceliftDiff): string {
  const part = (name: string, c: Readonly<Record<string, number>>): string | undefined => {
    const bits = Object.keys(c)
      .filter((k) => (c[k] ?? 0) > 0)
      .map((k) => `${c[k]} ${k}`);
    return bits.length === 0 ? undefined : `${name}: ${bits.join(", ")}`;
  };
  const s = diff.summary;
  const parts = [
    part("stacks", s.stacks),
    part("policies", s.policies),
    part("spaces", s.spaces),
    part("worker pools", s.workerPools),
    part("other resources", s.otherResources),
  ].filter((x): x is string => x !== undefined);
  return parts.length === 0 ? "Nothing changes in Spacelift." : parts.join("; ");
}

function setCount(name: string, c: SetChange): string | undefined {
  if (c.added.length === 0 && c.removed.length === 0) return undefined;
  return `${name} ${[...c.added.map((a) => `+${a}`), ...c.removed.map((r) => `-${r}`)].join(" ")}`;
}

function changedList(attributes: readonly AttributeChange[], labels?: SetChange): string {
  const parts = [
    ...attributes.map((a) => a.attribute),
    ...(labels ? [setCount("labels", labels)] : []),
  ].filter((x): x is string => x !== undefined);
  return parts.length === 0 ? "" : `: ${parts.join(", ")}`;
}

function stackWhat(s: StackDiff): string {
  if (s.change === "removed") return ": removed";
  const parts: string[] = [];
  if (s.change === "renamed") parts.push(`renamed from ${s.previousId ?? "?"}`);
  if (s.change === "replaced") parts.push(`REPLACED${s.replacedBecause ? ` (${s.replacedBecause})` : ""}`);
  if (s.change === "added") parts.push(s.imported === true ? "imported (adopted, not created)" : "new");
  parts.push(...s.attributes.map((a) => `${a.attribute} ${short(a.before)} → ${short(a.after)}`));
  for (const [name, c] of [
    ["labels", s.labels],
    ["policies", s.policies],
    ["contexts", s.contexts],
    ["roles", s.roleAttachments],
    ["depends on", s.dependsOn],
  ] as const) {
    const line = s.change === "added" ? undefined : setCount(name, c);
    if (line !== undefined) parts.push(line);
  }
  if (s.hooks.length > 0) parts.push(`hooks ${s.hooks.map((h) => h.name).join(", ")}`);
  if (s.environment.length > 0 && s.change !== "added")
    parts.push(`env ${s.environment.map((e) => e.key).join(", ")}`);
  if (s.vars.length > 0 && s.change !== "added") parts.push(`vars ${s.vars.map((v) => v.key).join(", ")}`);
  const d = s.destructor;
  if (d.before !== undefined && d.after !== undefined && d.before.active !== d.after.active) {
    parts.push(`destructor ${d.after.active ? "ARMED" : "disarmed"}`);
  }
  return parts.length === 0 ? "" : `: ${parts.join("; ")}`;
}

function short(v: unknown): string {
  if (v === undefined) return "(unset)";
  const s = typeof v === "string" ? v : JSON.stringify(v);
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

function policyLines(pol: PolicyDiff, p: Paint): string[] {
  const head = `  ${sign(pol.change, p)} ${pol.name}${changedList(pol.attributes, pol.labels)}`;
  if (pol.body === undefined) return [head];
  return [head, ...pol.body.map((l) => `      ${bodyLine(l, p)}`)];
}

function bodyLine(l: DiffLine, p: Paint): string {
  if (l.op === "+") return p.green(`+${l.text}`);
  if (l.op === "-") return p.red(`-${l.text}`);
  if (l.op === "@") return p.dim(l.text);
  return ` ${l.text}`;
}
