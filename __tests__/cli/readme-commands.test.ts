/**
 * Every command and flag the README shows exists: each `spacelift-atmos …` line and each row of the
 * CLI table is checked against the command's own `--help`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../../cli/run";

const ROOT = join(__dirname, "..", "..");
const README = readFileSync(join(ROOT, "README.md"), "utf8");

async function help(path: readonly string[]): Promise<string> {
  let out = "";
  await runCli([...path, "--help"], {
    stdout: (t) => (out += t),
    stderr: (t) => (out += t),
    cwd: ROOT,
    env: {},
  });
  return out;
}

/** Subcommand names listed under "Commands:" in a help text. */
function subcommands(text: string): Set<string> {
  const section = text.split(/^Commands:\s*$/m)[1] ?? "";
  return new Set([...section.matchAll(/^ {2}(\S+)/gm)].map((m) => m[1]!));
}

/** Command lines the README shows: after `spacelift-atmos`, and the CLI table's first column. */
function readmeCommands(): string[] {
  const lines: string[] = [];
  for (const m of README.matchAll(/spacelift-atmos((?:[ \t]+[^\s`|#)>]+)+)/g)) lines.push(m[1]!.trim());
  const all = README.split("\n");
  const start = all.findIndex((l) => /^\| Command\s+\|/.test(l));
  const end = all.findIndex((l, n) => n > start && !l.startsWith("|"));
  const table = all.slice(start + 2, end);
  for (const row of table) {
    const cell = row.split(/(?<!\\)\|/)[1] ?? "";
    const spans = [...cell.matchAll(/`([^`]+)`/g)].map((c) => c[1]!.replace(/\\\|/g, "|"));
    // `diff --base REF` / `--from DIR --to DIR`: a span of flags belongs to the row's command.
    const command = (spans[0] ?? "").split(/\s+/).filter((t) => /^[a-z]/.test(t));
    for (const span of spans) lines.push(span.startsWith("-") ? `${command.join(" ")} ${span}` : span);
  }
  return lines;
}

const GLOBAL_WITH_VALUE = new Set(["--chdir", "-C"]);

async function check(line: string): Promise<string[]> {
  const tokens = line.split(/\s+/).filter((t) => t !== "");
  const problems: string[] = [];
  const path: string[] = [];
  let i = 0;
  while (i < tokens.length && tokens[i]!.startsWith("-")) i += GLOBAL_WITH_VALUE.has(tokens[i]!) ? 2 : 1;
  for (; i < tokens.length; i++) {
    const word = tokens[i]!.split("|")[0]!;
    if (word.startsWith("-") || word.startsWith("[") || word.startsWith("<")) break;
    const known = subcommands(await help(path));
    if (!known.has(word)) {
      if (path.length === 0) return [`${line}: unknown command '${word}'`];
      break;
    }
    path.push(word);
  }
  const text = await help(path);
  const flags = tokens
    .slice(i)
    .flatMap((t) => t.replace(/[[\]]/g, "").split("|"))
    .filter((t) => /^--?[a-zA-Z]/.test(t))
    .map((t) => t.split("=")[0]!);
  const global = await help([]);
  for (const f of flags) {
    if (!new RegExp(`(^|[\\s,])${f.replace(/[-]/g, "\\-")}([\\s,=<\\[]|$)`, "m").test(`${text}\n${global}`)) {
      problems.push(`${line}: '${f}' is not an option of 'spacelift-atmos ${path.join(" ")}'`);
    }
  }
  return problems;
}

describe("README commands", () => {
  it("shows only commands and flags that exist", async () => {
    const lines = readmeCommands();
    expect(lines.length).toBeGreaterThan(15);
    const problems = (await Promise.all(lines.map(check))).flat();
    expect(problems).toEqual([]);
  });
});
