/**
 * atmos's config discovery and global flags through the CLI: `--chdir` / `-C` / `$ATMOS_CHDIR`,
 * atmos.yaml found in a parent directory, and the rendering flags.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli } from "../../cli/run";

let root: string;

beforeAll(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "cli-global-")));
  const files: Record<string, string> = {
    "infra/atmos.yaml": [
      'base_path: "."',
      "components:",
      "  terraform:",
      "    base_path: components/terraform",
      "stacks:",
      "  base_path: stacks",
      '  included_paths: ["deploy/*"]',
      '  name_template: "{{ .vars.stage }}"',
      "templates:",
      "  settings:",
      "    enabled: true",
      "",
    ].join("\n"),
    "infra/stacks/deploy/dev.yaml": [
      "vars:",
      "  stage: dev",
      "components:",
      "  terraform:",
      "    vpc:",
      "      vars:",
      '        label: "{{ .vars.stage }}-vpc"',
      "",
    ].join("\n"),
    "infra/components/terraform/vpc/main.tf": "",
  };
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function run(
  argv: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd, env });
  return { code, out, err };
}

const label = (out: string): unknown =>
  (JSON.parse(out) as { dev: { components: { terraform: { vpc: { vars: { label: string } } } } } }).dev
    .components.terraform.vpc.vars.label;

describe("config discovery and global flags", () => {
  test("finds ../../../atmos.yaml from a component folder", async () => {
    const r = await run(
      ["describe", "stacks", "--format", "json"],
      path.join(root, "infra/components/terraform/vpc"),
    );
    expect(r.code).toBe(0);
    expect(label(r.out)).toBe("dev-vpc");
  });

  test.each([[["--chdir", "infra"]], [["--chdir=infra"]], [["-C", "infra"]]])(
    "runs in the directory given by %j",
    async (flag) => {
      const r = await run([...flag, "describe", "stacks", "--format", "json"], root);
      expect(r.code).toBe(0);
      expect(label(r.out)).toBe("dev-vpc");
    },
  );

  test("honours $ATMOS_CHDIR, with --chdir taking precedence", async () => {
    expect((await run(["describe", "stacks", "--format", "json"], root, { ATMOS_CHDIR: "infra" })).code).toBe(
      0,
    );
    const r = await run(["--chdir", "nowhere", "describe", "stacks"], root, { ATMOS_CHDIR: "infra" });
    expect(r.code).toBe(1);
  });

  test("fails with exit 1 and WORKDIR_NOT_FOUND for a missing directory", async () => {
    const r = await run(["--chdir", "nowhere", "describe", "stacks"], root);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toContain("WORKDIR_NOT_FOUND workdir does not exist: 'nowhere' (from --chdir)");
  });

  test("takes atmos's --process-templates=false form", async () => {
    const r = await run(
      ["-C", "infra", "describe", "stacks", "--format", "json", "--process-templates=false"],
      root,
    );
    expect(r.code).toBe(0);
    expect(label(r.out)).toBe("{{ .vars.stage }}-vpc");
  });
});
