import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { isDiagnosticError, loadAtmosConfig, resolveStacks, type ResolvedStacks } from "../../config-engine";

function resolve(atmosStacks: string, manifests: Record<string, string>): ResolvedStacks {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "engine-prefix-"));
  fs.writeFileSync(
    path.join(dir, "atmos.yaml"),
    `base_path: "./"\nstacks:\n  base_path: stacks\n  included_paths: ["orgs/**/*"]\n${atmosStacks}`,
  );
  for (const [rel, text] of Object.entries(manifests)) {
    fs.mkdirSync(path.dirname(path.join(dir, "stacks", rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, "stacks", rel), text);
  }
  return resolveStacks(loadAtmosConfig({ cwd: dir, configDir: ".", env: {} }));
}

const manifest =
  "name: renamed\nvars:\n  tenant: acme\n  environment: ue1\n  stage: test-1\ncomponents:\n  terraform:\n    vpc:\n      settings:\n        team: net\n";

describe("spaceliftPrefix (atmos HEAD Spacelift path)", () => {
  test("renders name_template over the vars only and ignores the manifest name", () => {
    const r = resolve('  name_template: "{{ .vars.tenant }}-{{ .vars.environment }}-{{ .vars.stage }}"\n', {
      "orgs/acme/test.yaml": manifest,
    });
    const vpc = r.components[0];
    expect(vpc?.atmosStack).toBe("renamed");
    expect(vpc?.spaceliftPrefix).toBe("acme-ue1-test-1");
  });

  test("uses name_pattern when there is no name_template", () => {
    const r = resolve('  name_pattern: "{tenant}-{environment}-{stage}"\n', {
      "orgs/acme/test.yaml": manifest,
    });
    expect(r.components[0]?.spaceliftPrefix).toBe("acme-ue1-test-1");
  });

  test("falls back to the stack file path with '/' replaced by '-'", () => {
    const r = resolve("", { "orgs/acme/test.yaml": manifest });
    expect(r.components[0]?.spaceliftPrefix).toBe("orgs-acme-test");
  });

  test("fails with NAME_VAR_MISSING when the template reads .settings, which this path does not provide", () => {
    const r = resolve('  name_template: "{{ .settings.team }}"\n', {
      "orgs/acme/test.yaml": manifest.replace("name: renamed\n", ""),
    });
    expect(r.components[0]?.atmosStack).toBe("net");
    let error: unknown;
    try {
      void r.components[0]?.spaceliftPrefix;
    } catch (e) {
      error = e;
    }
    expect(isDiagnosticError(error) && error.diagnostics[0]?.code).toBe("NAME_VAR_MISSING");
  });

  test("spaceliftPrefixFor renders the same prefix for a bare vars context (settings.depends_on targets)", () => {
    const r = resolve('  name_template: "{{ .vars.tenant }}-{{ .vars.environment }}-{{ .vars.stage }}"\n', {
      "orgs/acme/test.yaml": manifest,
    });
    expect(r.spaceliftPrefixFor({ tenant: "acme", environment: "uw2", stage: "prod" })).toBe("acme-uw2-prod");
  });

  test("spaceliftPrefixFor fails with NAME_VAR_MISSING when the context lacks a var", () => {
    const r = resolve('  name_pattern: "{tenant}-{stage}"\n', { "orgs/acme/test.yaml": manifest });
    let error: unknown;
    try {
      r.spaceliftPrefixFor({ stage: "prod" });
    } catch (e) {
      error = e;
    }
    expect(isDiagnosticError(error) && error.diagnostics[0]?.code).toBe("NAME_VAR_MISSING");
  });
});
