/**
 * The bad-input catalogue, output-safety cases of issue 20 (hostile YAML on a copy of the embedded
 * example): expressions injected through YAML values, secrets reaching the synthesized JSON.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadModel, loadSpaceliftApp, synthesizeSpaceliftApp } from "../../app/load";
import { synthesizeSide } from "../../diff/synth";
import { synthesizedFindings } from "../../app/synth-checks";
import { REPO_ROOT, synthesize } from "./synth-example";

const PLAT_DEV = "stacks/orgs/acme/plat/dev/us-east-1.yaml";
const PLAT_ADMIN = "plat-gbl-spacelift-admin-stack";

/** A copy of the embedded example with `yaml` appended to `file` (under stacks-config/). */
function exampleWith(file: string, yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), "bad-input-"));
  cpSync(join(REPO_ROOT, "stacks-config"), join(dir, "stacks-config"), { recursive: true });
  appendFileSync(join(dir, "stacks-config", file), `\n${yaml}\n`);
  return dir;
}

/** Synthesizes `cwd` in-process as main.ts does; returns what was reported and whether it succeeded. */
function synth(cwd: string, env: Record<string, string> = {}): { ok: boolean; report: string } {
  const reports: string[] = [];
  const report = (t: string): number => reports.push(t);
  const outdir = mkdtempSync(join(tmpdir(), "bad-input-out-"));
  const app = loadSpaceliftApp({ cwd, env, outdir, report });
  const ok = app !== undefined && synthesizeSpaceliftApp(app, { cwd, env, report });
  return { ok, report: reports.join("") };
}

describe("bad input: Terraform expressions in YAML values (issue 20, item 3)", () => {
  const injected = exampleWith(
    PLAT_DEV,
    [
      "components:",
      "  terraform:",
      "    vpc:",
      "      settings:",
      "        spacelift:",
      "          labels:",
      "            - '${file(\"/etc/hostname\")}'",
      "          description: '%{ if true }injected%{ endif }'",
      "          before_init:",
      "            - 'echo ${path.cwd}'",
      "      env:",
      "        INJECTED: '${file(\"/etc/passwd\")}'",
    ].join("\n"),
  );

  it("reach Spacelift literally: every `${` and `%{` from YAML is escaped in the JSON", () => {
    const json = JSON.parse(synthesize(injected)[PLAT_ADMIN]!) as {
      resource: Record<string, Record<string, Record<string, unknown>>>;
    };
    const stack = json.resource["spacelift_stack"]!["plat-ue1-dev-vpc"]!;
    expect(stack["labels"]).toContain('$${file("/etc/hostname")}');
    expect(stack["labels"]).not.toContain('${file("/etc/hostname")}');
    expect(stack["description"]).toBe("%%{ if true }injected%%{ endif }");
    expect(stack["before_init"]).toEqual(["echo $${path.cwd}"]);
    const env = json.resource["spacelift_environment_variable"]!;
    const injectedVar = Object.values(env).find((v) => v["name"] === "INJECTED");
    expect(injectedVar?.["value"]).toBe('$${file("/etc/passwd")}');
  });
});

describe("bad input: secrets reaching the output (issue 20, item 5)", () => {
  const SECRET = "sl-9f8e7d6c5b4a39281706f5e4d3c2b1a0";

  /** The example with `{{ env "SPACELIFT_API_KEY_SECRET" }}` as the plat dev vpc's description, in a .tmpl. */
  function leakingExample(): string {
    const dir = exampleWith(PLAT_DEV, "");
    const file = join(dir, "stacks-config", PLAT_DEV);
    writeFileSync(file, readFileSync(file, "utf8").replace("import:\n", "import:\n  - catalog/leak\n"));
    writeFileSync(
      join(dir, "stacks-config", "stacks", "catalog", "leak.yaml.tmpl"),
      [
        "components:",
        "  terraform:",
        "    vpc:",
        "      settings:",
        "        spacelift:",
        "          description: '{{ env \"SPACELIFT_API_KEY_SECRET\" }}'",
        "",
      ].join("\n"),
    );
    return dir;
  }

  it('fails synth when `{{ env "SPACELIFT_API_KEY_SECRET" }}` in a .tmpl puts the secret in a description', () => {
    const dir = leakingExample();
    const { ok, report } = synth(dir, { SPACELIFT_API_KEY_SECRET: SECRET });
    expect(ok).toBe(false);
    expect(report).toContain("SECRET_IN_OUTPUT");
    expect(report).toContain("the value of the environment variable SPACELIFT_API_KEY_SECRET");
    expect(report).toContain("spacelift_stack.plat-ue1-dev-vpc.description");
    expect(report).toContain("nothing was synthesized");
    expect(report).not.toContain(SECRET);
  });

  it("gives `diff` no side to report (so no PR comment) when the secret reaches the JSON", () => {
    const dir = leakingExample();
    const reports: string[] = [];
    const side = synthesizeSide({
      label: "working tree",
      cwd: dir,
      configDir: join(dir, "stacks-config"),
      env: { SPACELIFT_API_KEY_SECRET: SECRET },
      report: (t) => reports.push(t),
    });
    expect(side).toBeUndefined();
    expect(reports.join("")).toContain("SECRET_IN_OUTPUT");
    expect(reports.join("")).not.toContain(SECRET);
  });

  it("fails synth on a token shape in an env value, at the YAML key's file:line:col", () => {
    const dir = exampleWith(
      PLAT_DEV,
      "components:\n  terraform:\n    vpc:\n      env:\n        DEPLOY_KEY: ghp_0123456789abcdefghijABCDEFGHIJ0123456789",
    );
    const { ok, report } = synth(dir);
    expect(ok).toBe(false);
    expect(report).toMatch(/plat\/dev\/us-east-1\.yaml:\d+:\d+: SECRET_IN_OUTPUT GitHub token/);
  });

  it("masks a refused `webhook_secret` in the error's code frame", () => {
    const dir = exampleWith(
      PLAT_DEV,
      "components:\n  terraform:\n    vpc:\n      settings:\n        spacelift:\n          webhook_secret: hunter2-super-secret",
    );
    const { ok, report } = synth(dir);
    expect(ok).toBe(false);
    expect(report).toContain("webhook_secret: ********");
    expect(report).not.toContain("hunter2");
  });
});

describe("bad input: synth runs the schema checks of validate (issue 20, item 8)", () => {
  it("reports a schema violation of a synthesized stack at the YAML of the component that produced it", () => {
    const cwd = exampleWith(PLAT_DEV, "");
    const outdir = mkdtempSync(join(tmpdir(), "bad-input-out-"));
    const app = loadSpaceliftApp({ cwd, env: {}, outdir, report: () => undefined });
    app!.synth();
    const file = join(outdir, "stacks", PLAT_ADMIN, "cdk.tf.json");
    const doc = JSON.parse(readFileSync(file, "utf8")) as {
      resource: Record<string, Record<string, Record<string, unknown>>>;
    };
    doc.resource["spacelift_stack"]!["plat-ue1-dev-vpc"]!["autodeploy"] = "sometimes";
    writeFileSync(file, JSON.stringify(doc));
    const findings = synthesizedFindings(outdir, loadModel({ cwd, env: {} }), {});
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: "SCHEMA_VIOLATION", severity: "error" });
    expect(findings[0]!.message).toContain("resource.spacelift_stack.plat-ue1-dev-vpc.autodeploy");
    // `autodeploy` of the plat dev stacks comes from the dev stage mixin: provenance, not a JSON address.
    expect(findings[0]!.location).toMatchObject({ file: expect.stringMatching(/mixins\/stage\/dev\.yaml$/) });
    expect(findings[0]!.location!.line).toBeGreaterThan(1);
  });
});
