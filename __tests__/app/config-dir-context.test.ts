/**
 * The cdktf context key `atmosConfigDir` (cdktf.json `context`, passed by cdktf as
 * CDKTF_CONTEXT_JSON) names the config directory when neither `--config-dir` nor
 * ATMOS_CLI_CONFIG_PATH does (app/load.ts).
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadSpaceliftApp } from "../../app/load";
import { REPO_ROOT } from "../example/synth-example";

/** The config folder's name in the copies: anything but the default `stacks-config`. */
const CONFIG_DIR = "atmos-config";

/** The cdktf stacks of the embedded example. */
const EXAMPLE_STACKS = readdirSync(join(REPO_ROOT, "__tests__", "golden", "embedded-example"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.replace(/\.json$/, ""))
  .sort();

/** A directory holding a copy of the embedded example under `atmos-config/` (no `stacks-config/`). */
function exampleCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "config-dir-context-"));
  cpSync(join(REPO_ROOT, "stacks-config"), join(dir, CONFIG_DIR), { recursive: true });
  return dir;
}

function context(configDir: string): string {
  return JSON.stringify({ atmosConfigDir: configDir });
}

/** Runs main.ts as cdktf runs it, in `cwd` (tsx resolved from here), writing to `<cwd>/cdktf.out`. */
function runMain(cwd: string, env: Record<string, string>): { status: number | null; stderr: string } {
  const result = spawnSync(
    process.execPath,
    ["--require", require.resolve("tsx/cjs"), join(REPO_ROOT, "main.ts")],
    {
      cwd,
      env: { PATH: process.env["PATH"] ?? "", CDKTF_OUTDIR: join(cwd, "cdktf.out"), ...env },
      encoding: "utf8",
    },
  );
  return { status: result.status, stderr: result.stderr };
}

describe("the cdktf context key atmosConfigDir", () => {
  it("names the config directory of the synth", () => {
    const dir = exampleCopy();
    const { status, stderr } = runMain(dir, { CDKTF_CONTEXT_JSON: context(CONFIG_DIR) });
    expect(stderr).not.toContain("error");
    expect(status).toBe(0);
    expect(readdirSync(join(dir, "cdktf.out", "stacks")).sort()).toEqual(EXAMPLE_STACKS);
  }, 60_000);

  it("is what finds the config: without it the same directory has none", () => {
    const dir = exampleCopy();
    const reports: string[] = [];
    const report = (t: string): number => reports.push(t);
    const outdir = join(dir, "out");
    expect(loadSpaceliftApp({ cwd: dir, env: {}, outdir, report })).toBeUndefined();
    expect(reports.join("")).toContain("nothing was synthesized");
    const app = loadSpaceliftApp({
      cwd: dir,
      env: { CDKTF_CONTEXT_JSON: context(CONFIG_DIR) },
      outdir,
      report,
    });
    expect(app?.node.children.map((c) => c.node.id).sort()).toEqual(EXAMPLE_STACKS);
  });

  it("gives way to ATMOS_CLI_CONFIG_PATH", () => {
    const dir = exampleCopy();
    const reports: string[] = [];
    const app = loadSpaceliftApp({
      cwd: dir,
      env: { ATMOS_CLI_CONFIG_PATH: join(dir, "missing"), CDKTF_CONTEXT_JSON: context(CONFIG_DIR) },
      outdir: join(dir, "out"),
      report: (t) => reports.push(t),
    });
    expect(app).toBeUndefined();
    expect(reports.join("")).toContain("missing");
  });

  it("fails with exit code 1 and writes nothing when the config it names is broken", () => {
    const dir = exampleCopy();
    const manifest = join(dir, CONFIG_DIR, "stacks", "orgs", "acme", "plat", "spacelift.yaml");
    writeFileSync(
      manifest,
      readFileSync(manifest, "utf8").replace("import:\n", "import:\n  - catalog/does-not-exist\n"),
    );
    const { status, stderr } = runMain(dir, { CDKTF_CONTEXT_JSON: context(CONFIG_DIR) });
    expect(status).toBe(1);
    expect(stderr).toContain("IMPORT_NOT_FOUND");
    expect(stderr).toContain("nothing was synthesized");
    expect(stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
    expect(existsSync(join(dir, "cdktf.out"))).toBe(false);
  }, 60_000);
});
