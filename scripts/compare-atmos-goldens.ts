/**
 * Runs atmos's own CLI test cases (`tests/test-cases/*.yaml` of a cloudposse/atmos checkout) for
 * `describe stacks`, `describe component`, `describe affected` and `list stacks` against this CLI,
 * and compares stdout with atmos's golden snapshots. A local tool, not part of `npm test`:
 *
 *     node --require tsx/cjs scripts/compare-atmos-goldens.ts [ATMOS_CHECKOUT] [--verbose]
 *
 * The checkout defaults to $ATMOS_REF, else /work/ref/atmos; without one the script says so and
 * exits 0. The environment mirrors atmos's harness (tests/cli_test.go): ATMOS_CLI_CONFIG_PATH set
 * to the workdir when it holds atmos.yaml (not with --chdir), ATMOS_GIT_ROOT_BASEPATH=false,
 * ATMOS_COMPONENTS_TERRAFORM_COMMAND=tofu, the repository path sanitized to
 * /absolute/path/to/repo, trailing whitespace ignored.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { parse } from "yaml";
import { runCli } from "../cli/run";

interface TestCase {
  readonly name: string;
  readonly enabled?: boolean;
  readonly snapshot?: boolean;
  readonly workdir?: string;
  readonly command?: string;
  readonly args?: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  readonly expect?: { readonly exit_code?: number };
}

const COMMANDS = ["describe stacks", "describe component", "describe affected", "list stacks"];

/** Why a case cannot match here, by what it asks for. */
function unmatchable(tc: TestCase): string | undefined {
  const args = tc.args ?? [];
  if (args.some((a) => a === "--help" || a === "-h" || a === "help")) return "help text";
  if (args.some((a) => a.startsWith("--identity") || a === "-i")) return "auth";
  if (args.some((a) => a.startsWith("--query") || a === "-q")) return "yq --query";
  if (args.some((a) => a === "--upload")) return "atmos Pro upload";
  if (args.some((a) => a.startsWith("--pager"))) return "pager";
  return undefined;
}

function goldenName(name: string): string {
  return `TestCLICommands_${name.replace(/ /g, "_")}`
    .replace(/[<>:"/\\|?*\x00-\x1F]/g, "_")
    .replace(/[ .]+$/, "");
}

function normalize(text: string, repo: string): string {
  return text
    .split(repo)
    .join("/absolute/path/to/repo")
    .split("\n")
    .map((l) => l.trimEnd())
    .join("\n")
    .trimEnd();
}

/** Parsed output without the fields atmos prints from its own config struct and terraform-config-inspect. */
function comparable(text: string, repo: string): unknown {
  let v: unknown;
  try {
    v = parse(normalize(text, repo), { logLevel: "silent" });
  } catch {
    return undefined;
  }
  if (v === null || typeof v !== "object" || Array.isArray(v)) return undefined;
  const out = { ...(v as Record<string, unknown>) };
  delete out["atmos_cli_config"];
  const info = out["component_info"];
  if (info !== null && typeof info === "object" && !Array.isArray(info)) {
    const rest = { ...(info as Record<string, unknown>) };
    delete rest["terraform_config"];
    out["component_info"] = rest;
  }
  return out;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const verbose = argv.includes("--verbose");
  const repo = path.resolve(
    argv.find((a) => !a.startsWith("--")) ?? process.env["ATMOS_REF"] ?? "/work/ref/atmos",
  );
  const casesDir = path.join(repo, "tests", "test-cases");
  if (!fs.existsSync(casesDir)) {
    process.stdout.write(`no atmos checkout at ${repo}: nothing compared\n`);
    return;
  }
  const tally = new Map<
    string,
    { total: number; match: number; exitOnly: number; nearly: number; skipped: Map<string, number> }
  >();
  const failures: string[] = [];
  const passes: string[] = [];
  for (const file of fs
    .readdirSync(casesDir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()) {
    const doc = parse(fs.readFileSync(path.join(casesDir, file), "utf8"), { logLevel: "silent" }) as {
      tests?: TestCase[];
    } | null;
    for (const tc of doc?.tests ?? []) {
      if (tc.enabled === false || tc.command !== "atmos") continue;
      const args = [...(tc.args ?? [])];
      const words = args
        .filter((a) => !a.startsWith("-"))
        .slice(0, 2)
        .join(" ");
      const command = COMMANDS.find((c) => words === c);
      if (!command) continue;
      const t = tally.get(command) ?? { total: 0, match: 0, exitOnly: 0, nearly: 0, skipped: new Map() };
      tally.set(command, t);
      t.total++;
      const why = unmatchable(tc);
      if (why) {
        t.skipped.set(why, (t.skipped.get(why) ?? 0) + 1);
        continue;
      }
      const cwd = path.resolve(repo, "tests", tc.workdir ?? ".");
      const env: Record<string, string> = {
        ATMOS_GIT_ROOT_BASEPATH: "false",
        ATMOS_COMPONENTS_TERRAFORM_COMMAND: "tofu",
        ...(tc.env ?? {}),
      };
      const chdir = args.some((a) => a === "--chdir" || a === "-C" || a.startsWith("--chdir="));
      if (!chdir && fs.existsSync(path.join(cwd, "atmos.yaml"))) env["ATMOS_CLI_CONFIG_PATH"] = cwd;
      let out = "";
      let err = "";
      let code: number;
      try {
        code = await runCli(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd, env });
      } catch (e) {
        code = -1;
        out = String(e);
      }
      const golden = path.join(repo, "tests", "snapshots", `${goldenName(tc.name)}.stdout.golden`);
      const exitOk = (tc.expect?.exit_code ?? 0) === code;
      const ok =
        tc.snapshot === true && fs.existsSync(golden)
          ? exitOk && normalize(out, repo) === normalize(fs.readFileSync(golden, "utf8"), repo)
          : exitOk;
      if (ok) {
        t.match++;
        passes.push(`${command}: ${tc.name}`);
        if (!(tc.snapshot === true && fs.existsSync(golden))) t.exitOnly++;
      } else if (
        exitOk &&
        fs.existsSync(golden) &&
        comparable(out, repo) !== undefined &&
        isDeepStrictEqual(comparable(out, repo), comparable(fs.readFileSync(golden, "utf8"), repo))
      ) {
        t.nearly++;
        failures.push(
          `${command}: ${tc.name}: equal once parsed (atmos_cli_config, terraform_config or provenance comments differ)`,
        );
      } else {
        const first = err.split("\n").find((l) => l.trim() !== "") ?? "stdout differs from the golden";
        failures.push(`${command}: ${tc.name} (exit ${code}, want ${tc.expect?.exit_code ?? 0}): ${first}`);
      }
    }
  }
  for (const [command, t] of tally) {
    const skipped = [...t.skipped].map(([why, n]) => `${n} ${why}`).join(", ");
    const runnable = t.total - [...t.skipped.values()].reduce((a, b) => a + b, 0);
    process.stdout.write(
      `${command}: ${t.match}/${runnable} runnable cases match (${t.exitOnly} of them checked by exit code only), ` +
        `${t.nearly} more equal once parsed (differing only in atmos_cli_config, component_info.terraform_config or provenance comments)` +
        `${skipped ? `; not runnable: ${skipped}` : ""}\n`,
    );
  }
  if (!tally.has("describe affected")) {
    process.stdout.write("describe affected: no CLI case in tests/test-cases (atmos tests it in Go)\n");
  }
  if (verbose) {
    for (const p of passes) process.stdout.write(`  ✓ ${p}\n`);
    for (const f of failures) process.stdout.write(`  ✗ ${f}\n`);
  }
}

void main();
