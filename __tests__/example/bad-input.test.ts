/**
 * What `npm run synth` does with bad input: the cdktf app (main.ts, run as cdktf runs it) prints
 * the diagnostics, exits 1 and writes nothing.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "./synth-example";

const FIXTURES = join(__dirname, "..", "fixtures", "model");

function runMain(fixture: string): { status: number | null; stderr: string; outdir: string } {
  const outdir = join(mkdtempSync(join(tmpdir(), "bad-input-")), "cdktf.out");
  const result = spawnSync(process.execPath, ["--require", "tsx/cjs", join(REPO_ROOT, "main.ts")], {
    cwd: join(FIXTURES, fixture),
    env: { ...process.env, CDKTF_OUTDIR: outdir, ATMOS_CLI_CONFIG_PATH: "" },
    encoding: "utf8",
  });
  return { status: result.status, stderr: result.stderr, outdir };
}

describe("synth of bad input", () => {
  it.each([
    ["duplicate-names", "DUPLICATE_STACK_NAME"],
    ["unknown-references", "UNKNOWN_POLICY"],
    ["dependency-cycle", "DEPENDENCY_CYCLE"],
    // Privilege escalation (issue 20, item 2): a child choosing root, a workload asking for Space admin.
    ["space-outside-admin-subtree", "SPACE_OUTSIDE_MANAGEABLE_SPACES"],
    ["administrative-workload", "ADMINISTRATIVE_WORKLOAD_STACK"],
    // Policy engine switched (issue 20, item 10): a Rego v1 body declared REGO_V0.
    ["rego-engine-mismatch", "REGO_ENGINE_MISMATCH"],
    // Reading outside the repository (issue 20, item 4).
    ["policy-body-file-outside", "FILE_OUTSIDE_REPOSITORY"],
    // A settings.spacelift that is not a map must never silently remove stacks (issue 20 item 1).
    ["spacelift-section-list", "INVALID_SETTING"],
    ["spacelift-section-null", "INVALID_SETTING"],
    ["spacelift-section-string", "INVALID_SETTING"],
    ["workspace-enabled-wrong-type", "INVALID_SETTING"],
  ])("fails on %s with %s, exit code 1, no stack trace and nothing written", (fixture, code) => {
    const { status, stderr, outdir } = runMain(fixture);
    expect(status).toBe(1);
    expect(stderr).toContain(code);
    expect(stderr).toContain("nothing was synthesized");
    expect(stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
    expect(existsSync(outdir)).toBe(false);
  });
});
