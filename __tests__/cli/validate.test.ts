import { join } from "node:path";
import { runCli } from "../../cli/run";
import { REPO_ROOT } from "../example/synth-example";

async function run(cwd: string, flags: string[] = []): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli([...flags, "validate"], {
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
    const r = await run(join(__dirname, "..", "fixtures", "model", "duplicate-names"));
    expect(r.code).toBe(1);
    expect(r.err).toContain("DUPLICATE_STACK_NAME");
    expect(r.out).toBe("");
  });

  it("lists an orphan stack as a warning (not synthesized), an error under --strict", async () => {
    const dir = join(__dirname, "..", "fixtures", "model", "orphans");
    const lenient = await run(dir);
    expect(lenient.code).toBe(0);
    expect(lenient.err).toContain("warning ORPHAN_STACK the Spacelift stack 'core-ue2-dev-lonely'");
    const strict = await run(dir, ["--strict"]);
    expect(strict.code).toBe(1);
    expect(strict.err).toMatch(/:\d+:\d+: ORPHAN_STACK/);
  });

  it("runs the legacy layout (no admin stack) with a warning, never an error or exit 3", async () => {
    const r = await run(join(__dirname, "..", "fixtures", "model", "legacy-layout"));
    expect(r.err).toContain("warning NO_ROOT_ADMIN_STACK");
    expect(r.code).toBe(0);
  });

  it("prints a finding shared by several stacks once, listing the stacks", async () => {
    const r = await run(join(__dirname, "..", "fixtures", "model", "shared-catalog-typo"));
    expect(r.code).toBe(1);
    expect(r.err.match(/UNKNOWN_SETTING/g)).toHaveLength(1);
    expect(r.err).toContain(
      "stacks-config/stacks/catalog/app.yaml:6:11: UNKNOWN_SETTING unknown key 'protect_from_deleton' is ignored. Did you mean 'protect_from_deletion'? (3 components in 3 stacks: plat-ue2-dev (app), plat-ue2-prod (app), plat-ue2-staging (app)) [components.terraform.app.settings.spacelift.protect_from_deleton]",
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

  it("passes with warnings on what Cloud Posse tolerates, counted in the summary line", async () => {
    const r = await run(join(__dirname, "..", "fixtures", "model", "null-and-unknown-keys-warn"));
    expect(r.code).toBe(0);
    expect(r.err).toContain("warning NULL_SETTING");
    expect(r.err).toContain("warning UNKNOWN_SETTING unknown key 'worker_type' is ignored.");
    // NULL_SETTING, UNKNOWN_SETTING, LEGACY_SETTING and the ambient ADMINISTRATIVE_TRANSLATED.
    expect(r.out).toMatch(/^✓ \d+ stacks validated \(.*\), 4 warnings\n$/);
  });

  it("--strict turns each warning into an error at its file:line:col", async () => {
    const r = await run(join(__dirname, "..", "fixtures", "model", "null-and-unknown-keys-warn"), [
      "--strict",
    ]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toContain("stacks-config/stacks/orgs/plat/dev.yaml:15:11: NULL_SETTING");
    expect(r.err).toMatch(
      /stacks-config\/stacks\/orgs\/plat\/dev.yaml:16:11: UNKNOWN_SETTING unknown key 'worker_type'/,
    );
    expect(r.err).toMatch(/stacks-config\/stacks\/orgs\/plat\/dev.yaml:18:11: LEGACY_SETTING/);
    expect(r.err).toContain("3 errors; nothing was synthesized.");
  });

  it("synthesizes a body_url policy through cdktf's app validation (the http provider is declared), never exit 3", async () => {
    const r = await run(join(__dirname, "..", "fixtures", "model", "policy-body-url"));
    expect(r.err).not.toContain("internal error");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^✓ 3 stacks validated/);
  });
});
