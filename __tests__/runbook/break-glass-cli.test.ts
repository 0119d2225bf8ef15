import { execFileSync } from "node:child_process";
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
