import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../cli/run";

const CONFIG = join(__dirname, "fixtures", "acme");
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "promotion-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli([...argv, "--config-dir", CONFIG], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: dir,
    env: {},
  });
  return { code, stdout, stderr };
}

function affected(items: unknown[]): string {
  const file = join(dir, `affected-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(items));
  return file;
}

const item = (component: string, stack: string, extra: object = {}) => ({
  component,
  component_type: "terraform",
  stack,
  affected: "stack.vars",
  ...extra,
});

const steps = (mermaid: string): string[] => [...mermaid.matchAll(/"(\d+\. [^"]+)"/g)].map((m) => m[1]!);

describe("graph --affected (promotion view)", () => {
  it("orders affected stacks by stage, dev before prod, whatever the input order", async () => {
    const file = affected([item("app", "plat-ue1-prod"), item("app", "plat-ue1-dev")]);
    expect(steps((await cli(["graph", "--affected", "--from", file])).stdout)).toEqual([
      "1. plat-ue1-dev-app",
      "2. plat-ue1-prod-app",
    ]);
  });

  it("follows a configured stage order", async () => {
    const file = affected([item("app", "plat-ue1-prod"), item("app", "plat-ue1-dev")]);
    const r = await cli(["graph", "--affected", "--from", file, "--stages", "prod,dev"]);
    expect(steps(r.stdout)).toEqual(["1. plat-ue1-prod-app", "2. plat-ue1-dev-app"]);
  });

  it("puts dependencies first within a stage, through stacks that are not affected", async () => {
    const file = affected([item("app", "plat-ue1-dev"), item("vpc", "plat-ue1-dev")]);
    const r = await cli(["graph", "--affected", "--from", file]);
    expect([steps(r.stdout), r.stdout.includes("n0 -. indirect .-> n1")]).toEqual([
      ["1. plat-ue1-dev-vpc", "2. plat-ue1-dev-app"],
      true,
    ]);
  });

  it("groups stacks in one subgraph per stage", async () => {
    const file = affected([item("vpc", "plat-ue1-prod"), item("vpc", "plat-ue1-dev")]);
    const r = await cli(["graph", "--affected", "--from", file]);
    expect([...r.stdout.matchAll(/subgraph g\d+\["([^"]+)"\]/g)].map((m) => m[1])).toEqual([
      "stage dev",
      "stage prod",
    ]);
  });

  it("uses spacelift_stack when atmos gives it, and reports deleted items instead of drawing them", async () => {
    const file = affected([
      item("vpc", "ignored", { spacelift_stack: "plat-ue1-dev-vpc" }),
      item("rds", "plat-ue1-dev", { deleted: true }),
    ]);
    const r = await cli(["graph", "--affected", "--from", file]);
    expect([steps(r.stdout), r.stderr]).toEqual([
      ["1. plat-ue1-dev-vpc"],
      expect.stringContaining("deleted in HEAD (nothing to run): rds in plat-ue1-dev\n"),
    ]);
  });

  it("fails with a usage error when the affected file is not a list", async () => {
    const file = affected([]);
    writeFileSync(file, "{}");
    expect((await cli(["graph", "--affected", "--from", file])).code).toBe(2);
  });

  it("fails with a usage error for --from without --affected", async () => {
    expect((await cli(["graph", "--from", affected([])])).code).toBe(2);
  });
});

describe("order", () => {
  it("prints the atmos commands to bring an environment up, dependencies first", async () => {
    const r = await cli(["order", "--stack", "plat-ue1-dev"]);
    expect(r.stdout.split("\n").filter((l) => l.startsWith("atmos "))).toEqual([
      "atmos terraform apply vpc -s plat-ue1-dev",
      "atmos terraform apply eks -s plat-ue1-dev",
      "atmos terraform apply rds -s plat-ue1-dev",
      "atmos terraform apply app -s plat-ue1-dev",
    ]);
  });

  it("reverses the order with --destroy", async () => {
    const r = await cli(["order", "--stack", "plat-ue1-dev", "--destroy"]);
    expect(r.stdout.split("\n").filter((l) => l.startsWith("atmos "))).toEqual([
      "atmos terraform destroy app -s plat-ue1-dev",
      "atmos terraform destroy rds -s plat-ue1-dev",
      "atmos terraform destroy eks -s plat-ue1-dev",
      "atmos terraform destroy vpc -s plat-ue1-dev",
    ]);
  });

  it("prints JSON steps with --format json", async () => {
    const r = await cli(["order", "--stack", "core-ue1-auto", "--format", "json"]);
    const order = JSON.parse(r.stdout) as { steps: { stackId: string; command?: string }[] };
    expect(order.steps.map((s) => [s.stackId, s.command])).toEqual([
      ["core-ue1-auto-vpc", "atmos terraform apply vpc -s core-ue1-auto"],
      ["core-ue1-auto-spacelift-worker-pool", undefined],
    ]);
  });

  it("fails with a usage error naming the known atmos stacks for an unknown one", async () => {
    const r = await cli(["order", "--stack", "plat-ue1-qa"]);
    expect([r.code, r.stderr]).toEqual([
      2,
      expect.stringContaining("known: core-gbl-spacelift, core-ue1-auto"),
    ]);
  });
});
