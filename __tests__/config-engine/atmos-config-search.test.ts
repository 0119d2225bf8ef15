/**
 * atmos's search for atmos.yaml (pkg/config/load.go) and its ATMOS_* overrides, on real
 * temporary directories.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { isDiagnosticError, loadAtmosConfig } from "../../config-engine";
import { findAtmosConfig } from "../../config-engine/atmos-config-search";

let root: string;

beforeEach(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "atmos-search-")));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

/** Writes files under the temporary root; returns the root. */
function tree(files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
}

const at = (rel: string): string => path.join(root, rel);
const noSystem = (): string => at("no-system");

/** The found file relative to the root. */
function found(cwdRel: string, env: Record<string, string> = {}, configDir?: string): string {
  const r = findAtmosConfig({
    cwd: at(cwdRel),
    env,
    systemDir: noSystem(),
    ...(configDir !== undefined ? { configDir } : {}),
  });
  return path.relative(root, r.file);
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isDiagnosticError(e) ? e.diagnostics[0]?.code : "not a diagnostic";
  }
  return undefined;
}

describe("findAtmosConfig", () => {
  test("finds ../../../atmos.yaml from a component folder (parent-directory search)", () => {
    tree({ "infra/atmos.yaml": "", "infra/components/terraform/vpc/main.tf": "" });
    expect(found("infra/components/terraform/vpc")).toBe("infra/atmos.yaml");
  });

  test("prefers the current directory, then ./stacks-config, over parents", () => {
    tree({ "atmos.yaml": "", "a/atmos.yaml": "", "b/stacks-config/atmos.yaml": "" });
    expect(found("a")).toBe("a/atmos.yaml");
    expect(found("b")).toBe("b/stacks-config/atmos.yaml");
  });

  test("prefers the git root over a nearer parent, unless ATMOS_GIT_ROOT_BASEPATH=false", () => {
    tree({ ".git/HEAD": "", "atmos.yaml": "", "sub/.atmos.yaml": "", "sub/deep/x.txt": "" });
    expect(found("sub/deep")).toBe("atmos.yaml");
    expect(found("sub/deep", { ATMOS_GIT_ROOT_BASEPATH: "false" })).toBe("sub/.atmos.yaml");
  });

  test("does not search upwards from a directory with its own atmos.d", () => {
    tree({ "atmos.yaml": "", "sub/atmos.d/x.yaml": "" });
    expect(codeOf(() => found("sub"))).toBe("CONFIG_NOT_FOUND");
  });

  test("falls back to ~/.atmos, then the system directory", () => {
    // `work/atmos.d` stops the upward search (the temporary directory's parents are not ours).
    tree({ "home/.atmos/atmos.yaml": "", "work/atmos.d/x.yaml": "", "system/atmos.yaml": "" });
    expect(found("work", { HOME: at("home") })).toBe("home/.atmos/atmos.yaml");
    const r = findAtmosConfig({ cwd: at("work"), env: {}, systemDir: at("system") });
    expect(path.relative(root, r.file)).toBe("system/atmos.yaml");
  });

  test("takes ATMOS_CLI_CONFIG_PATH and --config-dir over the search; a directory without the file fails", () => {
    tree({ "atmos.yaml": "", "cfg/atmos.yml": "", "other/atmos.yaml": "" });
    expect(found(".", { ATMOS_CLI_CONFIG_PATH: "cfg" })).toBe("cfg/atmos.yml");
    expect(found(".", { ATMOS_CLI_CONFIG_PATH: "cfg" }, "other")).toBe("other/atmos.yaml");
    expect(codeOf(() => found(".", { ATMOS_CLI_CONFIG_PATH: "nowhere" }))).toBe("CONFIG_NOT_FOUND");
  });
});

describe("ATMOS_* overrides", () => {
  const atmosYaml = [
    'base_path: "."',
    "stacks:",
    "  base_path: stacks",
    '  included_paths: ["orgs/**/*"]',
    '  excluded_paths: ["**/_defaults.yaml"]',
    '  name_pattern: "{tenant}-{stage}"',
    "",
  ].join("\n");

  test("apply atmos's stack overrides, comma-separated lists split as atmos splits them", () => {
    tree({ "atmos.yaml": atmosYaml });
    const config = loadAtmosConfig({
      cwd: root,
      env: {
        ATMOS_STACKS_BASE_PATH: "manifests",
        ATMOS_STACKS_INCLUDED_PATHS: "deploy/**/*,extra/*",
        ATMOS_STACKS_EXCLUDED_PATHS: "**/_x.yaml",
        ATMOS_STACKS_NAME_PATTERN: "{environment}-{stage}",
        ATMOS_STACKS_NAME_TEMPLATE: "{{ .vars.stage }}",
        ATMOS_COMPONENTS_TERRAFORM_BASE_PATH: "tf",
      },
    });
    expect(config.stacksBasePath).toBe(at("manifests"));
    expect(config.includedPaths).toEqual(["deploy/**/*", "extra/*"]);
    expect(config.excludedPaths).toEqual(["**/_x.yaml"]);
    expect(config.namePattern).toBe("{environment}-{stage}");
    expect(config.nameTemplate).toBe("{{ .vars.stage }}");
    expect(config.terraformBasePath).toBe(at("tf"));
  });

  test("ignore empty values, as atmos does", () => {
    tree({ "atmos.yaml": atmosYaml });
    const config = loadAtmosConfig({
      cwd: root,
      env: { ATMOS_STACKS_BASE_PATH: "", ATMOS_STACKS_EXCLUDED_PATHS: "", ATMOS_STACKS_NAME_PATTERN: "" },
    });
    expect(config.stacksBasePath).toBe(at("stacks"));
    expect(config.excludedPaths).toEqual(["**/_defaults.yaml"]);
    expect(config.namePattern).toBe("{tenant}-{stage}");
  });
});
