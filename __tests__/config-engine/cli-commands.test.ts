import * as path from "node:path";
import { parse } from "yaml";
import { runCli } from "../../cli/run";
import { FIXTURES_DIR } from "./fixture-harness";

async function run(
  argv: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(argv, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    cwd: FIXTURES_DIR,
    env,
  });
  return { code, out, err };
}

const configOf = (fixture: string): string => path.join(fixture, "stacks-config");

describe("spacelift-atmos list stacks", () => {
  test("prints sorted logical stack names, one per line", async () => {
    const r = await run(["list", "stacks", "--config-dir", configOf("overrides-scope")]);
    expect(r.code).toBe(0);
    expect(r.out).toBe("dev\nprod\nsandbox\nscope\nstaging\ntest\n");
  });

  test("keeps only stacks containing --component", async () => {
    const r = await run(["list", "stacks", "--config-dir", configOf("overrides-scope"), "--component", "c2"]);
    expect(r.out).toBe("scope\n");
  });

  test("finds the config through ATMOS_CLI_CONFIG_PATH", async () => {
    const r = await run(["list", "stacks"], { ATMOS_CLI_CONFIG_PATH: configOf("stack-names-file-and-name") });
    expect(r.out).toBe("deploy/dev\nproduction\n");
  });
});

describe("spacelift-atmos describe stacks", () => {
  test("filters by stack, components and sections and prints JSON with the atmos shape", async () => {
    const r = await run([
      "describe",
      "stacks",
      "--config-dir",
      configOf("overrides-scope"),
      "--stack",
      "deploy/dev",
      "--components",
      "c1",
      "--sections",
      "vars,workspace",
      "--format",
      "json",
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      dev: {
        components: {
          terraform: {
            c1: {
              vars: { stage: "dev", test: { a: "a-dev", b: "b-team2", c: "c-team1", d: "d" } },
              workspace: "dev",
            },
          },
        },
      },
    });
  });

  test("emits every per-component field of atmos HEAD, keys sorted", async () => {
    const r = await run([
      "describe",
      "stacks",
      "--config-dir",
      configOf("backend-defaults"),
      "--format",
      "yaml",
    ]);
    const doc = parse(r.out) as Record<
      string,
      { components: { terraform: Record<string, Record<string, unknown>> } }
    >;
    const vpc = doc.dev?.components.terraform["infra/vpc"] ?? {};
    expect(Object.keys(vpc)).toEqual([
      "atmos_component",
      "atmos_manifest",
      "atmos_stack",
      "atmos_stack_file",
      "auth",
      "backend",
      "backend_type",
      "command",
      "component",
      "component_info",
      "env",
      "generate",
      "hooks",
      "inheritance",
      "metadata",
      "overrides",
      "providers",
      "provision",
      "remote_state_backend",
      "remote_state_backend_type",
      "required_providers",
      "required_version",
      "settings",
      "source",
      "stack",
      "vars",
      "workspace",
    ]);
  });

  test("fails with usage exit code 2 on an unknown --format", async () => {
    const r = await run([
      "describe",
      "stacks",
      "--config-dir",
      configOf("overrides-scope"),
      "--format",
      "xml",
    ]);
    expect(r.code).toBe(2);
  });
});

describe("spacelift-atmos describe component", () => {
  test("prints imports, deps, deps_all and sources with file:line:col provenance", async () => {
    const r = await run([
      "describe",
      "component",
      "vpc",
      "-s",
      "dev",
      "--config-dir",
      configOf("deps-ordering"),
      "--format",
      "json",
      "--leaf-provenance",
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.deps).toEqual(["catalog/a", "catalog/vpc", "deploy/dev"]);
    expect(
      out.sources.vars.shared.stack_dependencies.map((d: { stack_file: string }) => d.stack_file),
    ).toEqual(["catalog/a", "catalog/b"]);
    expect(out.sources.vars.shared.provenance).toEqual({
      file: "deps-ordering/stacks-config/stacks/catalog/b.yaml",
      line: 2,
      col: 3,
    });
  });

  test("fails when -s is a stack file name whose logical name differs, suggesting the name", async () => {
    const r = await run([
      "describe",
      "component",
      "mock",
      "-s",
      "deploy/prod",
      "--config-dir",
      configOf("stack-names-file-and-name"),
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("STACK_NOT_FOUND");
    expect(r.err).toContain("Did you mean 'production'?");
  });

  test("fails with exit 1, the catalogued error and no output or stack trace on bad input", async () => {
    const r = await run([
      "describe",
      "component",
      "vpc",
      "-s",
      "dev",
      "--config-dir",
      configOf("error-import-cycle"),
    ]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toContain("IMPORT_CYCLE");
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  test("renders component templates with --process-templates true", async () => {
    const r = await run([
      "describe",
      "component",
      "plain",
      "-s",
      "dev",
      "--config-dir",
      configOf("import-context-templates"),
      "--process-templates",
      "true",
      "--format",
      "json",
    ]);
    expect(JSON.parse(r.out).vars.raw).toBe("dev-raw");
  });
});
