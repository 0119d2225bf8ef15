/**
 * `describe component` in atmos's shapes, on a small stack of our own: a top-level manifest
 * importing a defaults file that imports a catalog (depths 1, 2, 3).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli } from "../../cli/run";
import { SCHEMA_SECTIONS } from "../../config-engine/describe-component-shapes";

let root: string;

const FILES: Record<string, string> = {
  "atmos.yaml": [
    'base_path: "."',
    "components:",
    "  terraform:",
    "    base_path: components/terraform",
    "stacks:",
    "  base_path: stacks",
    '  included_paths: ["deploy/**/*"]',
    '  name_template: "{{ .vars.stage }}"',
    "",
  ].join("\n"),
  "stacks/catalog/app.yaml": [
    "components:",
    "  terraform:",
    "    app:",
    "      vars:",
    "        size: 1",
    "        tags:",
    "          team: platform",
    "",
  ].join("\n"),
  "stacks/defaults.yaml": ["import:", "  - catalog/app", "vars:", "  stage: dev", ""].join("\n"),
  "stacks/deploy/dev.yaml": [
    "import:",
    "  - defaults",
    "components:",
    "  terraform:",
    "    app:",
    "      settings:",
    "        owner: web",
    "      vars:",
    "        tags:",
    "          env: dev",
    "",
  ].join("\n"),
  "stacks/deploy/prod.yaml": [
    "vars:",
    "  stage: prod",
    "components:",
    "  terraform:",
    "    web:",
    "      metadata:",
    "        component: app",
    "    api:",
    "      metadata:",
    "        component: app",
    "",
  ].join("\n"),
  "components/terraform/app/main.tf": "",
};

beforeAll(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "cli-describe-component-")));
  for (const [rel, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

interface RunResult {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

async function runIn(cwd: string, argv: string[], env: Record<string, string> = {}): Promise<RunResult> {
  let out = "";
  let err = "";
  const code = await runCli(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd, env });
  return { code, out, err };
}

async function run(extra: string[], env: Record<string, string> = {}): Promise<RunResult> {
  const r = await runIn(root, ["describe", "component", "app", "-s", "dev", ...extra], env);
  if (r.code !== 0) throw new Error(r.err);
  return r;
}

const pad = (line: string, comment: string): string => line + " ".repeat(50 - line.length) + comment;

describe("describe component shapes", () => {
  test("prints atmos's provenance rendering by default in yaml", async () => {
    expect((await run([])).out).toBe(
      [
        "# Provenance Legend:",
        "#   ● [1] Defined in parent stack",
        "#   ○ [N] Inherited/imported (N=2+ levels deep)",
        "#   ∴ Computed/templated",
        "",
        "# Stack: deploy/dev",
        "",
        pad("import:", "# ○ [2] defaults.yaml:2"),
        pad("  - catalog/app", "# ○ [2] defaults.yaml:2"),
        pad("  - defaults", "# ● [1] deploy/dev.yaml:2"),
        pad("settings:", "# ● [1] deploy/dev.yaml:7"),
        pad("  owner: web", "# ● [1] deploy/dev.yaml:7"),
        pad("vars:", "# ○ [3] catalog/app.yaml:5"),
        pad("  size: 1", "# ○ [3] catalog/app.yaml:5"),
        pad("  stage: dev", "# ○ [2] defaults.yaml:4"),
        pad("  tags:", "# ○ [3] catalog/app.yaml:7"),
        pad("    env: dev", "# ● [1] deploy/dev.yaml:10"),
        pad("    team: platform", "# ○ [3] catalog/app.yaml:7"),
        "",
        "",
      ].join("\n"),
    );
  });

  test("prints the schema-filtered map in json, and plain yaml with --provenance=false", async () => {
    const json = JSON.parse((await run(["--format", "json"])).out) as Record<string, unknown>;
    // atmos's FilterComputedFields: only the sections a stack manifest can define.
    expect(Object.keys(json).every((k) => SCHEMA_SECTIONS.includes(k))).toBe(true);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(["component", "imports", "settings", "vars"]));
    expect(Object.keys(json)).not.toContain("atmos_stack");
    expect(json["imports"]).toEqual(["catalog/app", "defaults"]);
    expect((await run(["--provenance=false"])).out).toMatch(/^component: app\n/m);
  });

  test("prints every computed field with --filter full or ATMOS_DESCRIBE_COMPONENT_FILTER=full", async () => {
    for (const out of [
      (await run(["--format", "json", "--filter", "full"])).out,
      (await run(["--format", "json"], { ATMOS_DESCRIBE_COMPONENT_FILTER: "full" })).out,
    ]) {
      const full = JSON.parse(out) as Record<string, unknown>;
      expect(full["cli_args"]).toEqual(["describe", "component"]);
      expect(full["component_type"]).toBe("terraform");
      expect(full["component_info"]).toEqual({
        component_path: path.join(root, "components/terraform/app"),
        component_type: "terraform",
      });
      expect(full["atmos_cli_config"]).toMatchObject({
        base_path: ".",
        stacks: { base_path: "stacks", name_template: "{{ .vars.stage }}" },
      });
      expect(full["sources"]).toBeDefined();
      // atmos's sources entries carry no per-entry provenance (that is --leaf-provenance's).
      expect(JSON.stringify(full["sources"])).not.toContain('"provenance"');
      expect(full["provenance"]).toBeUndefined();
    }
  });

  test("keeps this project's per-leaf provenance under --leaf-provenance", async () => {
    const leaf = JSON.parse((await run(["--format", "json", "--leaf-provenance"])).out) as {
      provenance: { vars: Record<string, unknown> };
    };
    expect(leaf.provenance.vars["tags.team"]).toEqual({
      file: "stacks/catalog/app.yaml",
      line: 7,
      col: 11,
      depth: 3,
      type: "import",
    });
  });

  test("takes atmos's path form of the component (`.` in its folder), ambiguity exits 2", async () => {
    const folder = path.join(root, "components/terraform/app");
    const byPath = await runIn(folder, ["describe", "component", ".", "-s", "dev", "--format", "json"]);
    expect(byPath.code).toBe(0);
    expect(byPath.out).toBe((await run(["--format", "json"])).out);
    const ambiguous = await runIn(folder, ["describe", "component", ".", "-s", "prod"]);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.err).toContain("ambiguous component path '.': components api, web");
    const outside = await runIn(root, ["describe", "component", "./stacks", "-s", "dev"]);
    expect(outside.code).toBe(2);
  });
});
