import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderDiagnostics } from "../../config-engine/diagnostic-report";
import type { Diagnostic } from "../../config-engine/diagnostics";
import { runCli } from "../../cli/run";

const ROOT = join(__dirname, "..", "..");

const warning: Diagnostic = {
  code: "NULL_SETTING",
  severity: "warning",
  message: "before_init is null: unset",
  location: { file: "stacks/dev.yaml", line: 3, col: 5 },
};
const error: Diagnostic = { code: "UNKNOWN_SPACE", severity: "error", message: "no space 'plt'" };

async function run(argv: string[], io: { stderrIsTTY?: boolean; env?: Record<string, string> } = {}) {
  let out = "";
  let err = "";
  const code = await runCli(argv, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    cwd: ROOT,
    env: io.env ?? {},
    ...(io.stderrIsTTY !== undefined ? { stderrIsTTY: io.stderrIsTTY } : {}),
  });
  return { code, out, err };
}

describe("one diagnostics printer", () => {
  it("tells warnings from errors by their word, colours only when asked, and counts warnings when quiet", () => {
    const plain = renderDiagnostics([warning, error], { cwd: ROOT });
    expect(plain).toContain("stacks/dev.yaml:3:5: warning NULL_SETTING before_init is null: unset");
    expect(plain).toContain("UNKNOWN_SPACE no space 'plt'");
    expect(plain).not.toContain("\u001b[");
    const coloured = renderDiagnostics([warning, error], { cwd: ROOT, color: true });
    expect(coloured).toContain("\u001b[33mwarning\u001b[0m NULL_SETTING");
    expect(coloured).toContain("\u001b[31mUNKNOWN_SPACE\u001b[0m");
    const quiet = renderDiagnostics([warning, error], { cwd: ROOT, quiet: true });
    expect(quiet).not.toContain("NULL_SETTING");
    expect(quiet).toContain("UNKNOWN_SPACE");
    expect(quiet).toContain("1 warning (run without --quiet or SPACELIFT_ATMOS_QUIET to see them)");
  });

  it("colours the CLI's diagnostics on a terminal, never with NO_COLOR", async () => {
    const tty = await run(["describe", "spacelift", "--stack", "nosuch"], { stderrIsTTY: true });
    expect(tty.err).toContain("\u001b[31mUNKNOWN_STACK\u001b[0m");
    const noColor = await run(["describe", "spacelift", "--stack", "nosuch"], {
      stderrIsTTY: true,
      env: { NO_COLOR: "1" },
    });
    expect(noColor.err).not.toContain("\u001b[");
    expect(noColor.err).toMatch(/UNKNOWN_STACK no stack 'nosuch'/);
    // Read-only commands do not claim that nothing was written.
    expect(noColor.err).toMatch(/1 error\.\n$/);
  });

  it("--quiet prints warnings as one count line", async () => {
    const loud = await run(["describe", "spacelift", "--stack", "plat-ue1-dev-vpc"]);
    const quiet = await run(["--quiet", "describe", "spacelift", "--stack", "plat-ue1-dev-vpc"]);
    expect(loud.err).toMatch(/warning [A-Z_]+/);
    expect(quiet.err).not.toMatch(/warning [A-Z_]+/);
    expect(quiet.err).toMatch(/^\d+ warnings? \(run without --quiet/);
    expect(quiet.out).toBe(loud.out);
  });

  it("--version prints the package version; completion prints a script built from the commands", async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect((await run(["--version"])).out).toBe(`${pkg.version}\n`);
    const bash = await run(["completion", "bash"]);
    expect(bash.code).toBe(0);
    expect(bash.out).toContain("complete -F _spacelift_atmos spacelift-atmos");
    expect(bash.out).toContain('"describe spacelift") opts="');
    expect((await run(["completion", "fish"])).code).toBe(2);
    const script = join(mkdtempSync(join(tmpdir(), "completion-")), "completion.bash");
    writeFileSync(script, bash.out);
    const r = spawnSync(
      "bash",
      [
        "-c",
        `source ${script}; COMP_WORDS=(spacelift-atmos describe sp); COMP_CWORD=2; _spacelift_atmos; echo "\${COMPREPLY[@]}"`,
      ],
      { encoding: "utf8" },
    );
    expect(r.stdout.trim()).toBe("spacelift");
  });
});

describe("under cdktf synth", () => {
  it("prints warnings on stdout (cdktf labels the app's stderr [ERROR]) and keeps stderr for errors", () => {
    const outdir = mkdtempSync(join(tmpdir(), "cdktf-out-"));
    try {
      const r = spawnSync(process.execPath, ["--require", "tsx/cjs", "main.ts"], {
        cwd: ROOT,
        encoding: "utf8",
        env: { PATH: process.env.PATH, HOME: process.env.HOME, CDKTF_OUTDIR: outdir },
        timeout: 120_000,
      });
      expect(r.status).toBe(0);
      expect(r.stderr).toBe("");
      expect(r.stdout).toMatch(/warning [A-Z_]+/);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });
});
