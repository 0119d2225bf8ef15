/**
 * The Markdown report for a PR comment: red flags first (plain words), warnings, summary counts,
 * per-entity details in `<details>` blocks, then a Mermaid picture. Stays under GitHub's comment
 * limit by cutting details (never the red flags) and saying so.
 */
import { renderMermaid, type StackGraph } from "./graph";
import type {
  AttributeChange,
  DiffLine,
  EntityDiff,
  Json,
  PolicyDiff,
  RedFlagCode,
  ResourceDiff,
  SetChange,
  SpaceliftDiff,
  StackDiff,
  ValueChange,
} from "./types";

/** GitHub rejects comments over 65,536 characters; leave room for the workflow's own header. */
export const MARKDOWN_BUDGET = 60_000;

/** The first line of every report: the sticky-comment workflow finds its comment by it. */
export const REPORT_MARKER = "<!-- spacelift-atmos-diff -->";

const FLAG_TITLES: Readonly<Record<RedFlagCode, string>> = {
  STACK_DESTROYED: "Destroys infrastructure",
  STACK_REPLACED: "Replaces a stack",
  DESTRUCTOR_ACTIVATED: "Arms a destructor",
  DELETION_PROTECTION_REMOVED: "Removes deletion protection",
  SPACE_CHANGED: "Moves a stack to another space",
  SOURCE_CHANGED: "Changes what a stack runs",
  ROLE_ATTACHMENT_ADDED: "Grants a role",
  POLICY_REMOVED_WHILE_ATTACHED: "Removes a policy still in use",
  SPACE_REMOVED_WHILE_USED: "Removes a space still in use",
  WORKER_POOL_REMOVED_WHILE_USED: "Removes a worker pool still in use",
  REMOVED_BLOCK_DESTROYS: "A removed block destroys",
  STACK_STATE_MOVED: "Moves a stack's state",
};

/** Renders the report. */
export function renderMarkdown(
  diff: SpaceliftDiff,
  graph: StackGraph | undefined,
  budget = MARKDOWN_BUDGET,
): string {
  const head: string[] = [REPORT_MARKER, `## Spacelift changes: \`${diff.base}\` → \`${diff.head}\``, ""];
  head.push(...redFlagSection(diff), ...warningSection(diff), ...summarySection(diff));
  const details = [
    ...section("Stacks", diff.stacks.map(stackDetails)),
    ...section("Policies", diff.policies.map(policyDetails)),
    ...section(
      "Spaces",
      diff.spaces.map((e) => entityDetails(e, "space")),
    ),
    ...section(
      "Worker pools",
      diff.workerPools.map((e) => entityDetails(e, "worker pool")),
    ),
    ...section("Other resources", diff.otherResources.map(resourceDetails)),
  ];
  const picture = graph
    ? ["### Changed stacks and their neighbours", "", fence("mermaid", renderMermaid(graph)), ""]
    : [];
  // Every block ends with a blank line, so the next heading always starts a new paragraph.
  let text = `${head.join("\n")}\n`;
  const tail = picture.join("\n");
  let cut = 0;
  for (const block of details) {
    if (text.length + block.length + tail.length + 200 > budget) {
      cut++;
      continue;
    }
    text += block;
  }
  if (cut > 0)
    text += `\n_${cut} more block(s) left out to fit in a comment: see the JSON report (\`--format json\`)._\n\n`;
  return text + tail;
}

function redFlagSection(diff: SpaceliftDiff): string[] {
  const out = [`### Red flags (${diff.redFlags.length})`, ""];
  if (diff.redFlags.length === 0) return [...out, "No red flags.", ""];
  for (const f of diff.redFlags) {
    // Lines after the first are prose, or commands (indented by two spaces) shown as a shell block.
    const [first, ...rest] = f.message.split("\n");
    out.push(`- **${FLAG_TITLES[f.code] ?? f.code}** (\`${f.subject}\`): ${escapeText(first ?? "")}`);
    let commands: string[] = [];
    const flush = (): void => {
      if (commands.length > 0) out.push("", indent(fence("sh", commands.join("\n") + "\n"), "  "));
      commands = [];
    };
    for (const line of rest) {
      if (line.startsWith("  ")) commands.push(line.slice(2));
      else {
        flush();
        out.push(`  ${escapeText(line)}`);
      }
    }
    flush();
  }
  return [...out, ""];
}

function warningSection(diff: SpaceliftDiff): string[] {
  if (diff.warnings.length === 0) return [];
  const out = [`### Warnings (${diff.warnings.length})`, ""];
  for (const w of diff.warnings) {
    out.push(`- \`${w.subject}\`: ${escapeText(w.message)}`);
    if (w.hint !== undefined) {
      const [first, ...rest] = w.hint.split("\n");
      out.push(`  ${escapeText(first ?? "")}`);
      if (rest.length > 0)
        out.push("", indent(fence("yaml", rest.map((l) => l.replace(/^ {2}/, "")).join("\n") + "\n"), "  "));
    }
  }
  return [...out, ""];
}

function summarySection(diff: SpaceliftDiff): string[] {
  const s = diff.summary;
  const row = (name: string, c: Readonly<Record<string, number>>, kinds: readonly string[]): string =>
    `| ${name} | ${kinds.map((k) => (c[k] === undefined ? "" : String(c[k]))).join(" | ")} |`;
  const kinds = ["added", "removed", "changed", "renamed", "replaced"];
  const out = [
    "### Summary",
    "",
    `| | ${kinds.join(" | ")} |`,
    `|---|${kinds.map(() => "---:").join("|")}|`,
    row("Stacks", s.stacks, kinds),
    row("Policies", s.policies, kinds),
    row("Spaces", s.spaces, kinds),
    row("Worker pools", s.workerPools, kinds),
    row("Other resources", s.otherResources, kinds),
    "",
  ];
  const imported = diff.stacks.filter((x) => x.imported === true).length;
  if (imported > 0)
    out.push(
      `${imported} of the added stacks are imported: existing Spacelift stacks adopted, not created.`,
      "",
    );
  if (diff.cdktfStacks.added.length > 0) out.push(`New cdktf stacks: ${codes(diff.cdktfStacks.added)}.`, "");
  if (diff.cdktfStacks.removed.length > 0)
    out.push(`Removed cdktf stacks: ${codes(diff.cdktfStacks.removed)}.`, "");
  return out;
}

function section(title: string, blocks: string[]): string[] {
  return blocks.length === 0 ? [] : [`### ${title}\n\n`, ...blocks];
}

function details(summary: string, body: string[]): string {
  return `<details><summary>${summary}</summary>\n\n${body.join("\n")}\n</details>\n\n`;
}

function stackDetails(s: StackDiff): string {
  const what =
    s.change === "renamed"
      ? `renamed from <code>${html(s.previousId ?? "")}</code>`
      : s.change === "replaced"
        ? `<b>replaced</b>${s.previousId !== undefined ? ` (was <code>${html(s.previousId)}</code>)` : ""}`
        : s.imported === true
          ? "added: <b>imported</b> (an existing Spacelift stack is adopted, not created)"
          : s.change;
  const where = s.adminStack.after ?? s.adminStack.before;
  const body: string[] = [];
  if (where !== undefined) {
    const moved =
      s.adminStack.before !== undefined &&
      s.adminStack.after !== undefined &&
      s.adminStack.before !== s.adminStack.after;
    body.push(
      moved
        ? `Admin stack: ${code(s.adminStack.before)} → ${code(s.adminStack.after)}`
        : `Admin stack: ${code(where)}`,
    );
  }
  if (s.atmosComponent !== undefined && s.atmosStack !== undefined) {
    body.push(`Atmos: component ${code(s.atmosComponent)} in stack ${code(s.atmosStack)}`);
  }
  if (s.replacedBecause !== undefined) body.push(`Replaced because ${escapeText(s.replacedBecause)}.`);
  body.push("");
  if (s.change === "removed") {
    body.push(`Destructor: ${destructor(s.destructor.before)}`, "");
    return details(`<code>${html(s.id)}</code>: removed`, body);
  }
  body.push(...attributeTable(s.attributes));
  body.push(...setLines("Labels", s.labels));
  for (const h of s.hooks) body.push(`Hook ${code(h.name)}:`, "", fence("diff", diffText(h.lines)), "");
  body.push(...valueTable("Environment variable", s.environment));
  body.push(...valueTable("Var", s.vars));
  body.push(...setLines("Policies", s.policies));
  body.push(...setLines("Contexts", s.contexts));
  body.push(...setLines("Role attachments", s.roleAttachments));
  body.push(...setLines("Depends on", s.dependsOn));
  const d = s.destructor;
  if (d.before?.active !== d.after?.active)
    body.push(`Destructor: ${destructor(d.before)} → ${destructor(d.after)}`, "");
  for (const r of s.otherResources) {
    body.push(
      `${code(r.key === "" ? r.type : `${r.type} ${r.key}`)}: ${r.change}`,
      "",
      ...attributeTable(r.attributes),
    );
  }
  return details(`<code>${html(s.id)}</code>: ${what}`, body);
}

function destructor(state: { active: boolean } | undefined): string {
  return state === undefined ? "none" : state.active ? "**active**" : "deactivated";
}

function policyDetails(p: PolicyDiff): string {
  const body = [...attributeTable(p.attributes), ...setLines("Labels", p.labels)];
  if (p.body !== undefined) body.push("Body:", "", fence("diff", diffText(p.body)), "");
  return details(`<code>${html(p.name)}</code>: ${p.change}`, body);
}

function entityDetails(e: EntityDiff, noun: string): string {
  return details(`${noun} <code>${html(e.name)}</code>: ${e.change}`, [
    ...attributeTable(e.attributes),
    ...setLines("Labels", e.labels),
  ]);
}

function resourceDetails(r: ResourceDiff): string {
  return details(`<code>${html(r.address)}</code>: ${r.change}`, attributeTable(r.attributes));
}

function attributeTable(changes: readonly AttributeChange[]): string[] {
  return table(
    "Attribute",
    changes.map((c) => ({ key: c.attribute, before: c.before, after: c.after })),
  );
}

function valueTable(noun: string, changes: readonly ValueChange[]): string[] {
  return table(noun, changes);
}

/** Before/after columns, or a single value column when nothing existed before (an addition). */
function table(noun: string, rows: readonly { key: string; before?: Json; after?: Json }[]): string[] {
  if (rows.length === 0) return [];
  if (rows.every((r) => r.before === undefined)) {
    return [
      `| ${noun} | Value |`,
      "|---|---|",
      ...rows.map((r) => `| ${code(r.key)} | ${cell(r.after)} |`),
      "",
    ];
  }
  const lines = rows.map((r) => `| ${code(r.key)} | ${cell(r.before)} | ${cell(r.after)} |`);
  return [`| ${noun} | Before | After |`, "|---|---|---|", ...lines, ""];
}

function setLines(title: string, change: SetChange): string[] {
  if (change.added.length === 0 && change.removed.length === 0) return [];
  const items = [...change.added.map((a) => `+ ${a}`), ...change.removed.map((r) => `- ${r}`)];
  return [`${title}:`, "", fence("diff", items.join("\n") + "\n"), ""];
}

function diffText(lines: readonly DiffLine[]): string {
  return lines.map((l) => (l.op === "@" ? l.text : `${l.op}${l.text}`)).join("\n") + "\n";
}

/** A fenced block whose fence is longer than any backtick run inside. */
function fence(lang: string, text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const marks = "`".repeat(longest + 1);
  return `${marks}${lang}\n${text}${marks}`;
}

function indent(text: string, prefix: string): string {
  return text
    .split("\n")
    .map((l) => prefix + l)
    .join("\n");
}

function cell(value: Json | undefined): string {
  if (value === undefined) return "";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return `<code>${html(text).replace(/\|/g, "&#124;").replace(/\n/g, "<br>")}</code>`;
}

function code(text: string): string {
  return `<code>${html(text)}</code>`;
}

function codes(items: readonly string[]): string {
  return items.map(code).join(", ");
}

function html(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Plain text in a list item: no HTML, no accidental Markdown from ids with underscores. */
function escapeText(text: string): string {
  return html(text).replace(/([*_`[\]])/g, "\\$1");
}
