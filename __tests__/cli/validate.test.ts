import { join } from "node:path";
import { runCli } from "../../cli/run";
import { REPO_ROOT } from "../example/synth-example";

async function run(cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(["validate"], {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    cwd,
    env: {},
  });
  return { code, out, err };
}

describe("spacelift-atmos validate", () => {
  it("validates every synthesized stack of the embedded example", async () => {
    const r = await run(REPO_ROOT);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^✓ \d+ stacks validated/);
  });

  it("fails with exit code 1 and the diagnostics on a bad config", async () => {
    const r = await run(join(__dirname, "..", "fixtures", "model", "orphans"));
    expect(r.code).toBe(1);
    expect(r.err).toContain("ORPHAN_STACK");
    expect(r.out).toBe("");
  });
});
