import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO_ROOT, run } from "./helpers";

const GOLDEN_DIR = join(__dirname, "golden");
const BREAK_GLASS_ROLE = "arn:aws:iam::111111111111:role/acme-break-glass";

/**
 * Compares `text` with the golden file `name` (UPDATE_GOLDEN=1 rewrites it). The Markdown output is
 * already laid out as prettier would; JSON goldens are stored prettier-formatted (so the repository's
 * `prettier --check` passes) and compared after re-serializing, which keeps key order significant.
 */
function expectGolden(name: string, text: string): void {
  const file = join(GOLDEN_DIR, name);
  if (process.env["UPDATE_GOLDEN"] === "1") {
    writeFileSync(file, text);
    execFileSync(process.execPath, [require.resolve("prettier/bin/prettier.cjs"), "--write", file]);
  }
  const golden = readFileSync(file, "utf8");
  expect(text).toBe(name.endsWith(".json") ? `${JSON.stringify(JSON.parse(golden), null, 2)}\n` : golden);
}

describe("spacelift-atmos break-glass: goldens of the embedded example", () => {
  it.each([
    ["a component stack", "plat-ue1-prod-vpc"],
    ["an admin stack", "plat-gbl-spacelift-admin-stack"],
    ["a preview environment", "hello-service-preview-32a59ba"],
  ])("prints the runbook of %s", async (_, id) => {
    const r = await run(["break-glass", id]);
    expect(r.code).toBe(0);
    expectGolden(`${id}.md`, r.out);
  });

  it.each([
    ["markdown", "inventory.md"],
    ["json", "inventory.json"],
  ])("prints the inventory as %s", async (fmt, file) => {
    const r = await run(["break-glass", "--inventory", "--format", fmt]);
    expect(r.code).toBe(0);
    expectGolden(file, r.out);
  });

  it("never prints a path of this machine", async () => {
    const outputs = await Promise.all([
      run(["break-glass", "plat-ue1-prod-vpc"]),
      run(["break-glass", "plat-gbl-spacelift-admin-stack", "--format", "json"]),
      run(["break-glass", "--inventory", "--format", "json"]),
    ]);
    for (const r of outputs) expect(r.out).not.toContain(REPO_ROOT);
  });
});

/**
 * A copy of the embedded example whose core `auto` stage has no Spacelift AWS role (every stack the
 * example runs in Spacelift has one), for the "stack without a deployment role" cases.
 */
function exampleWithoutAutoRole(): string {
  const copy = mkdtempSync(join(tmpdir(), "no-auto-role-"));
  cpSync(join(REPO_ROOT, "stacks-config"), join(copy, "stacks-config"), { recursive: true });
  const mixin = join(copy, "stacks-config", "stacks", "mixins", "stage", "auto.yaml");
  writeFileSync(
    mixin,
    readFileSync(mixin, "utf8").replace("aws_role_enabled: true", "aws_role_enabled: false"),
  );
  return copy;
}

describe("spacelift-atmos break-glass STACK_ID", () => {
  it("fails with UNKNOWN_STACK and a suggestion for an unknown id", async () => {
    const r = await run(["break-glass", "plat-ue1-prod-vcp"]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toContain("UNKNOWN_STACK no stack 'plat-ue1-prod-vcp' in this configuration.");
    expect(r.err).toContain("Did you mean 'plat-ue1-prod-vpc'?");
  });

  it("fails with NO_DEPLOYMENT_ROLE for an AWS stack without a role, naming its workers' roles", async () => {
    const r = await run(["break-glass", "core-ue1-auto-vpc"], exampleWithoutAutoRole());
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/NO_DEPLOYMENT_ROLE stack 'core-ue1-auto-vpc' has no deployment role/);
    expect(r.err).toContain("arn:aws:iam::111111111111:role/acme-core-gbl-identity-spacelift");
    expect(r.err).toContain("--role-arn");
  });

  it("fails with NO_DEPLOYMENT_ROLE for a hand-deployed stack", async () => {
    const r = await run(["break-glass", "core-ue1-root-tfstate-backend"]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/NO_DEPLOYMENT_ROLE stack 'core-ue1-root-tfstate-backend' records no role/);
  });

  it("assumes the --role-arn role for a stack without one", async () => {
    const r = await run(
      ["break-glass", "core-ue1-auto-vpc", "--role-arn", BREAK_GLASS_ROLE],
      exampleWithoutAutoRole(),
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      `  --role-arn ${BREAK_GLASS_ROLE} \\\n  --role-session-name break-glass-core-ue1-auto-vpc \\`,
    );
    expect(r.out).toContain("the stack has no Spacelift AWS role");
  });

  it("replaces the stack's role with --role-arn and names both", async () => {
    const r = await run(["break-glass", "plat-ue1-prod-vpc", "--role-arn", BREAK_GLASS_ROLE]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`--role-arn ${BREAK_GLASS_ROLE} \\`);
    expect(r.out).not.toContain("--role-arn arn:aws:iam::444444444444:role/acme-plat-gbl-prod-spacelift");
    expect(r.out).toContain(
      `| Deployment role | \`${BREAK_GLASS_ROLE}\` (\`--role-arn\`); in Spacelift: \`arn:aws:iam::444444444444:role/acme-plat-gbl-prod-spacelift\` |`,
    );
  });

  it("prints plain text with --format text", async () => {
    const r = await run(["break-glass", "plat-ue1-prod-vpc", "--format", "text"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^BREAK-GLASS RUNBOOK: plat-ue1-prod-vpc\n/);
    expect(r.out).toContain("      atmos terraform plan vpc -s plat-ue1-prod -- -lock-timeout=5m\n");
    expect(r.out).not.toContain("`");
    expect(r.out).not.toContain("```");
  });

  it("prints the runbook as snake_case JSON with --format json", async () => {
    const r = await run(["break-glass", "plat-ue1-prod-vpc", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      stack_id: "plat-ue1-prod-vpc",
      kind: "component",
      run_by_spacelift: true,
      manager_id: "plat-gbl-spacelift-admin-stack",
      atmos_stack: "plat-ue1-prod",
      runnable: true,
      role: { arn: "arn:aws:iam::444444444444:role/acme-plat-gbl-prod-spacelift", source: "stack" },
      state: {
        kind: "s3",
        bucket: "acme-core-ue1-root-tfstate",
        key: "vpc/plat-ue1-prod/terraform.tfstate",
        role_arn: "arn:aws:iam::111111111111:role/acme-core-gbl-root-tfstate",
        locks: [{ kind: "s3-lockfile", key: "vpc/plat-ue1-prod/terraform.tfstate.tflock" }],
      },
      workspace: "plat-ue1-prod",
      terraform_version: "1.11.4",
    });
  });

  it("says a stack with Spacelift-managed state cannot be run, and exits 0", async () => {
    const copy = mkdtempSync(join(tmpdir(), "break-glass-"));
    cpSync(join(REPO_ROOT, "stacks-config"), join(copy, "stacks-config"), { recursive: true });
    const prod = join(copy, "stacks-config", "stacks", "mixins", "stage", "prod.yaml");
    writeFileSync(
      prod,
      readFileSync(prod, "utf8").replace("spacelift:\n", "spacelift:\n    manage_state: true\n"),
    );
    // The example is strict; the state-only-in-Spacelift warning this edit causes must not abort.
    const atmosYaml = join(copy, "stacks-config", "atmos.yaml");
    writeFileSync(atmosYaml, readFileSync(atmosYaml, "utf8").replace("strict: true", "strict: false"));
    const r = await run(["break-glass", "plat-ue1-prod-vpc"], copy);
    expect(r.code).toBe(0);
    expect(r.out).toContain("it CANNOT be run without Spacelift");
    expect(r.out).toContain(
      "## 1. What to change so that it can be run without Spacelift (while Spacelift is up)",
    );
    expect(r.out).not.toContain("aws sts assume-role");
    expect(r.err).toContain("MANAGE_STATE_CONFLICT");
  });
});

describe("spacelift-atmos break-glass: preview environments", () => {
  const PREVIEW_ROLE = "arn:aws:iam::222222222222:role/acme-plat-gbl-dev-preview-environments";

  /** A copy of the embedded example whose hello-service template has `manage_state` set to `value`. */
  function withPreviewManageState(value: boolean): string {
    const copy = mkdtempSync(join(tmpdir(), "break-glass-preview-"));
    cpSync(join(REPO_ROOT, "stacks-config"), join(copy, "stacks-config"), { recursive: true });
    const template = join(copy, "stacks-config", "preview-environments", "hello-service", "service.yaml");
    const text = readFileSync(template, "utf8");
    expect(text).toMatch(/^manage_state: (true|false)$/m);
    writeFileSync(template, text.replace(/^manage_state: (true|false)$/m, `manage_state: ${value}`));
    return copy;
  }

  it("lists every environment with its manager, role, worker pool and state in the JSON inventory", async () => {
    const r = await run(["break-glass", "--inventory", "--format", "json"]);
    expect(r.code).toBe(0);
    const inv = JSON.parse(r.out) as {
      deployment_roles: { role_arn: string; stacks: string[] }[];
      stacks: { id: string }[];
    };
    expect(inv.deployment_roles).toContainEqual({
      role_arn: PREVIEW_ROLE,
      stacks: ["hello-service-preview-32a59ba", "hello-service-preview-6aff8af"],
    });
    expect(inv.stacks.find((s) => s.id === "hello-service-preview-32a59ba")).toEqual({
      id: "hello-service-preview-32a59ba",
      kind: "preview-environment",
      managed_by: "plat-gbl-spacelift-preview-environments",
      deployment_role: { role_arn: PREVIEW_ROLE, external_id: null },
      worker_pool: "acme-core-ue1-auto-spacelift-worker-pool",
      state: { kind: "spacelift" },
    });
  });

  it("does not credit an environment with its manager's backend role", async () => {
    const r = await run(["break-glass", "--inventory", "--format", "json"]);
    const inv = JSON.parse(r.out) as { other_roles: { by: string[] }[] };
    for (const role of inv.other_roles) expect(role.by.join(",")).not.toContain("hello-service-preview");
  });

  it("runs an environment with manage_state: false from its root module, with its role and variables", async () => {
    const copy = withPreviewManageState(false);
    const r = await run(["break-glass", "hello-service-preview-6aff8af", "--format", "json"], copy);
    expect(r.code).toBe(0);
    const runbook = JSON.parse(r.out) as {
      steps: { title: string; commands: string[] }[];
      warnings: string[];
    };
    expect(runbook).toMatchObject({
      stack_id: "hello-service-preview-6aff8af",
      kind: "preview-environment",
      run_by_spacelift: true,
      manager_id: "plat-gbl-spacelift-preview-environments",
      repository: "hello-service-infra",
      branch: "feature/greeting",
      component_folder: ".",
      workspace: "default",
      runnable: true,
      role: { arn: PREVIEW_ROLE, source: "stack" },
      state: { kind: "root-module", repository: "hello-service-infra", project_root: "" },
      terraform_version: "1.11.4",
      preview: {
        service: "hello-service",
        file: "stacks-config/preview-environments/hello-service/environments/acme-hello-service-infra-7-6aff8af.yaml",
        template_file: "stacks-config/preview-environments/hello-service/service.yaml",
      },
    });
    const commands = runbook.steps.flatMap((s) => s.commands);
    expect(commands).toContain(`  --role-arn ${PREVIEW_ROLE} \\`);
    expect(commands).toEqual(
      expect.arrayContaining([
        "export TF_VAR_code_version=latest",
        "export TF_VAR_environment=6aff8af",
        "export TF_VAR_domain_name=preview.acme.example",
        "terraform init",
        "terraform plan -lock-timeout=5m -out=break-glass.tfplan",
        "terraform apply -lock-timeout=5m break-glass.tfplan",
      ]),
    );
    expect(commands.join("\n")).not.toMatch(/atmos|main\.ts|cdktf/);
    expect(runbook.warnings.join("\n")).toContain("2026-11-06T14:05:27Z");
  });

  it("says an environment whose state Spacelift keeps cannot be run, and where to change that", async () => {
    const r = await run(["break-glass", "hello-service-preview-32a59ba"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("it CANNOT be run without Spacelift");
    expect(r.out).toContain(
      "Set `manage_state: false` in the service template `stacks-config/preview-environments/hello-service/service.yaml`",
    );
    expect(r.out).not.toContain("aws sts assume-role");
  });

  it("accepts --role-arn for an environment and names its Spacelift role too", async () => {
    const copy = withPreviewManageState(false);
    const r = await run(
      ["break-glass", "hello-service-preview-32a59ba", "--role-arn", BREAK_GLASS_ROLE],
      copy,
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain(`--role-arn ${BREAK_GLASS_ROLE} \\`);
    expect(r.out).toContain(`in Spacelift: \`${PREVIEW_ROLE}\``);
  });

  it("fails with NO_DEPLOYMENT_ROLE for an environment whose template has no aws_role", async () => {
    const copy = withPreviewManageState(false);
    const template = join(copy, "stacks-config", "preview-environments", "hello-service", "service.yaml");
    writeFileSync(template, readFileSync(template, "utf8").replace(/^aws_role:\n  role_arn: .*\n/m, ""));
    const r = await run(["break-glass", "hello-service-preview-32a59ba"], copy);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toContain(
      "NO_DEPLOYMENT_ROLE preview environment 'hello-service-preview-32a59ba' has no deployment role (aws_role in stacks-config/preview-environments/hello-service/service.yaml)",
    );
  });

  it("suggests the environment's id for a typo", async () => {
    const r = await run(["break-glass", "hello-service-preview-32a59bb"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("Did you mean 'hello-service-preview-32a59ba'?");
  });
});

describe("spacelift-atmos break-glass: the installed command", () => {
  it("exits 1 with nothing on stdout for an unknown stack (bare exit status, no pipe)", () => {
    const bin = join(REPO_ROOT, "bin", "spacelift-atmos.js");
    const r = spawnSync(process.execPath, [bin, "break-glass", "no-such-stack"], {
      cwd: REPO_ROOT,
      encoding: "utf8",
      env: { PATH: process.env["PATH"] ?? "" },
    });
    expect(r.error).toBeUndefined();
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("UNKNOWN_STACK no stack 'no-such-stack' in this configuration.");
  }, 60_000);
});

describe("spacelift-atmos break-glass: usage errors exit 2", () => {
  it.each([
    ["no STACK_ID and no --inventory", ["break-glass"], /missing STACK_ID/],
    ["both STACK_ID and --inventory", ["break-glass", "plat-ue1-prod-vpc", "--inventory"], /not both/],
    [
      "--role-arn with --inventory",
      ["break-glass", "--inventory", "--role-arn", BREAK_GLASS_ROLE],
      /--role-arn/,
    ],
    [
      "an unknown runbook format",
      ["break-glass", "plat-ue1-prod-vpc", "--format", "yaml"],
      /--format must be/,
    ],
    ["text for the inventory", ["break-glass", "--inventory", "--format", "text"], /markdown or json/],
    [
      "a --role-arn that is not a role ARN",
      ["break-glass", "x", "--role-arn", "arn:aws:iam::1:user/me"],
      /IAM role ARN/,
    ],
  ])("fails on %s", async (_, argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(message);
  });
});
