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

  it("prints a finding shared by several stacks once, listing the stacks", async () => {
    const r = await run(join(__dirname, "..", "fixtures", "model", "shared-catalog-typo"));
    expect(r.code).toBe(1);
    expect(r.err.match(/UNKNOWN_SETTING/g)).toHaveLength(1);
    expect(r.err).toContain(
      "stacks-config/stacks/catalog/app.yaml:6:11: UNKNOWN_SETTING unknown key 'protect_from_deleton'. Did you mean 'protect_from_deletion'? (3 components in 3 stacks: plat-ue2-dev (app), plat-ue2-prod (app), plat-ue2-staging (app)) [components.terraform.app.settings.spacelift.protect_from_deleton]",
    );
    expect(r.err).toContain("1 error (3 findings); nothing was synthesized.");
  });

  it("checks every manifest against atmos's manifest JSON schema, at file:line:col", async () => {
    const r = await run(join(__dirname, "..", "fixtures", "manifest-schema"));
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      "stacks-config/stacks/deploy/dev.yaml:7:9: MANIFEST_SCHEMA_INVALID 'components.terraform.vpc.metadata.type'",
    );
    expect(r.err).toContain("stacks-config/stacks/deploy/dev.yaml:8:9: MANIFEST_SCHEMA_INVALID");
    expect(r.out).toBe("");
  });
});
