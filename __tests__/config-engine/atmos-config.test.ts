import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { isDiagnosticError, loadAtmosConfig } from "../../config-engine";

function repo(atmosYaml: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "engine-config-"));
  fs.mkdirSync(path.join(dir, "stacks-config"));
  fs.writeFileSync(path.join(dir, "stacks-config", "atmos.yaml"), atmosYaml);
  return dir;
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isDiagnosticError(e) ? e.diagnostics[0]?.code : "not a diagnostic";
  }
  return undefined;
}

describe("loadAtmosConfig", () => {
  test("reads stacks-config/atmos.yaml under the cwd by default and resolves './' against its directory", () => {
    const dir = repo(
      'base_path: "./"\nstacks:\n  base_path: stacks\ncomponents:\n  terraform:\n    base_path: components/terraform\n',
    );
    const config = loadAtmosConfig({ cwd: dir, env: {} });
    expect(config.basePath).toBe(path.join(dir, "stacks-config"));
    expect(config.stacksBasePath).toBe(path.join(dir, "stacks-config", "stacks"));
    expect(config.terraformBasePath).toBe(path.join(dir, "stacks-config", "components", "terraform"));
  });

  test("resolves a relative ATMOS_BASE_PATH against the cwd", () => {
    const dir = repo('base_path: "./"\n');
    expect(loadAtmosConfig({ cwd: dir, env: { ATMOS_BASE_PATH: "./infra" } }).basePath).toBe(
      path.join(dir, "infra"),
    );
  });

  test("applies defaults: replace strategy, metadata inheritance, workspaces, terraform command", () => {
    const config = loadAtmosConfig({ cwd: repo('base_path: "./"\n'), env: {} });
    expect(config).toMatchObject({
      listMergeStrategy: "replace",
      inheritMetadata: true,
      workspacesEnabled: true,
      terraformCommand: "terraform",
      templatesEnabled: false,
    });
  });

  test("splits ATMOS_STACKS_INCLUDED_PATHS on commas without trimming, as atmos does", () => {
    const config = loadAtmosConfig({
      cwd: repo('base_path: "./"\n'),
      env: { ATMOS_STACKS_INCLUDED_PATHS: "a/**/*, b/*" },
    });
    expect(config.includedPaths).toEqual(["a/**/*", " b/*"]);
  });

  test("fails when no atmos.yaml exists", () => {
    expect(
      codeOf(() => loadAtmosConfig({ cwd: os.tmpdir(), configDir: "definitely-missing", env: {} })),
    ).toBe("CONFIG_NOT_FOUND");
  });

  test("fails on an invalid list merge strategy", () => {
    expect(
      codeOf(() => loadAtmosConfig({ cwd: repo("settings:\n  list_merge_strategy: zip\n"), env: {} })),
    ).toBe("INVALID_LIST_MERGE_STRATEGY");
  });
});
