/**
 * YAML functions evaluated with `processFunctions` (atmos describe --process-functions): the
 * warnings they raise, `!repo-root`, their errors, and that nothing is evaluated without it.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describeComponent, isDiagnosticError, loadAtmosConfig, resolveStacks } from "../../config-engine";
import { makeConfinedReader } from "../../config-engine/repo-files";
import { FIXTURES_DIR } from "./fixture-harness";

const FIXTURE = path.join(FIXTURES_DIR, "yaml-functions-evaluated");
const load = (env: Record<string, string> = {}) => loadAtmosConfig({ cwd: FIXTURE, env });

describe("YAML functions with processFunctions", () => {
  const resolved = resolveStacks(load({ TEST_HOME: "/home/tester" }), {
    processTemplates: true,
    processFunctions: true,
  });

  it("warns that !exec ran a shell command, at its file and line", () => {
    const exec = resolved.warnings.filter((w) => w.code === "YAML_FUNCTION_EXEC");
    expect(exec.map((w) => [w.message, w.location?.file, w.location?.line])).toEqual([
      [
        "!exec runs the shell command 'echo '{\"x\": 1}'' (--process-functions is on)",
        "stacks-config/stacks/deploy/dev.yaml",
        21,
      ],
      [
        "!exec runs the shell command 'printf 'hello\\n\\n'' (--process-functions is on)",
        "stacks-config/stacks/deploy/dev.yaml",
        22,
      ],
    ]);
  });

  it("notes every function left for run time (terraform state, stores, AWS)", () => {
    expect(resolved.warnings.filter((w) => w.code === "YAML_FUNCTION_RUNTIME").map((w) => w.keyPath)).toEqual(
      ["vars.output", "vars.state", "vars.store", "vars.account"],
    );
  });
});

describe("YAML functions without processFunctions", () => {
  it("stay the strings as written, and no command runs", () => {
    const resolved = resolveStacks(load(), { processTemplates: true });
    const vars = describeComponent(resolved, "app", "dev").vars as Record<string, unknown>;
    expect(vars.home).toBe("!env TEST_HOME");
    expect(vars.exec_json).toBe("!exec echo '{\"x\": 1}'");
    expect(resolved.warnings.filter((w) => w.code.startsWith("YAML_FUNCTION"))).toEqual([]);
  });
});

/** A one-manifest repository whose component `app` has `vars`. */
function repo(varsYaml: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yaml-fn-"));
  fs.mkdirSync(path.join(dir, "stacks", "deploy"), { recursive: true });
  fs.writeFileSync(
    path.join(dir, "atmos.yaml"),
    'base_path: "./"\nstacks:\n  base_path: stacks\n  included_paths: ["deploy/**/*"]\n  name_pattern: "{stage}"\n',
  );
  fs.writeFileSync(
    path.join(dir, "stacks", "deploy", "dev.yaml"),
    `vars:\n  stage: dev\ncomponents:\n  terraform:\n    app:\n      vars:\n${varsYaml}`,
  );
  return dir;
}

function varsOf(dir: string): Record<string, unknown> {
  const config = loadAtmosConfig({ cwd: dir, configDir: dir, env: {} });
  return describeComponent(resolveStacks(config, { processFunctions: true }), "app", "dev").vars as Record<
    string,
    unknown
  >;
}

describe("!repo-root", () => {
  it("is the git root of the working directory", () => {
    const dir = repo("        root: !repo-root\n");
    execFileSync("git", ["init", "-q", dir]);
    expect(varsOf(dir).root).toBe(dir);
  });

  it("is the default outside a git repository", () => {
    const dir = repo("        root: !repo-root /fallback\n");
    // tmpdir is not inside a git repository on CI or here; the default applies.
    expect(varsOf(dir).root).toBe("/fallback");
  });
});

describe("YAML function errors", () => {
  it("a failing !exec command is YAML_FUNCTION_ERROR at its line", () => {
    const dir = repo("        x: !exec exit 3\n");
    try {
      varsOf(dir);
      throw new Error("expected an error");
    } catch (e) {
      if (!isDiagnosticError(e)) throw e;
      expect(e.diagnostics.map((d) => [d.code, d.location?.line])).toEqual([["YAML_FUNCTION_ERROR", 7]]);
      expect(e.diagnostics[0]?.message).toContain("exit code 3");
    }
  });
});

describe("makeConfinedReader (template file datasources)", () => {
  it("reads files inside the repository and refuses escapes and symlinks out", () => {
    const dir = repo("        x: 1\n");
    fs.writeFileSync(path.join(dir, "data.json"), '{"a":1}');
    fs.symlinkSync("/etc/passwd", path.join(dir, "stacks", "passwd"));
    const read = makeConfinedReader(dir, path.join(dir, "stacks"));
    expect(read("../data.json")).toBe('{"a":1}');
    expect(() => read("/etc/passwd")).toThrow("'/etc/passwd' is outside the repository root");
    expect(() => read("passwd")).toThrow("'passwd' is a symlink to '/etc/passwd'");
    expect(() => read("missing.json")).toThrow("does not exist");
  });
});
