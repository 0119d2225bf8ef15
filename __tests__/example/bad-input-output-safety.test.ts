/**
 * The bad-input catalogue, output-safety cases of issue 20 (hostile YAML on a copy of the embedded
 * example): expressions injected through YAML values, secrets reaching the synthesized JSON.
 */
import { appendFileSync, cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadSpaceliftApp } from "../../app/load";
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

/** Synthesizes `cwd` in-process; returns what was reported and whether an app was built. */
function synth(cwd: string, env: Record<string, string> = {}): { built: boolean; report: string } {
  const reports: string[] = [];
  const outdir = mkdtempSync(join(tmpdir(), "bad-input-out-"));
  const app = loadSpaceliftApp({ cwd, env, outdir, report: (t) => reports.push(t) });
  return { built: app !== undefined, report: reports.join("") };
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
