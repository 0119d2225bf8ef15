import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ADOPTION_FILE_NAME } from "../../adopt";
import { loadSpaceliftApp } from "../../app/load";
import { runCli } from "../../cli/run";
import { readSynthTree } from "../../diff";
import { adminStackState, spacesState, workerPoolState } from "./cp-state";

const ROOT = join(__dirname, "..", "..");
let work: string;
let states: string[];

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(argv, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    cwd: work,
    env: {},
  });
  return { code, out, err };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "adopt-cli-"));
  cpSync(join(ROOT, "stacks-config"), join(work, "stacks-config"), { recursive: true });
  const app = loadSpaceliftApp({
    cwd: work,
    env: {},
    configDir: join(work, "stacks-config"),
    outdir: join(work, "out"),
    report: () => undefined,
  })!;
  app.synth();
  const tree = readSynthTree(join(work, "out"));
  states = [];
  for (const admin of [...tree.stacks.keys()].filter((k) => k.endsWith("-spacelift-admin-stack"))) {
    writeFileSync(join(work, `${admin}.tfstate`), JSON.stringify(adminStackState(tree, admin)));
    states.push("--state", `${admin}.tfstate`);
  }
  writeFileSync(
    join(work, "spaces.tfstate"),
    JSON.stringify(spacesState(tree.stacks.get("root-gbl-spacelift-spaces")!)),
  );
  writeFileSync(
    join(work, "pool.tfstate"),
    JSON.stringify(workerPoolState("acme-core-ue1-auto-spacelift-worker-pool")),
  );
  states.push("--state", "spaces.tfstate", "--state", "pool.tfstate");
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("spacelift-atmos adopt", () => {
  it("plan: exit 0 and SAFE when every old resource is adopted, recreated, left or kept", async () => {
    const r = await run("adopt", "plan", ...states, "--from", "out", "--config-dir", "stacks-config");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Adoption plan: \d+ adopted, 31 destructors recreated, .* 0 lost, 0 conflicts/);
    expect(r.out).toContain("SAFE: nothing is created that exists already");
  });

  it("plan --format json: counts and every entry", async () => {
    const r = await run("adopt", "plan", ...states, "--from", "out", "--format", "json");
    const json = JSON.parse(r.out) as {
      safe: boolean;
      counts: { lost: number; adopted: number };
      adopted: unknown[];
    };
    expect(json.safe).toBe(true);
    expect(json.adopted).toHaveLength(json.counts.adopted);
  });

  it("plan: exit 1 naming what would be lost; write refuses and writes nothing", async () => {
    const extra = {
      version: 4,
      serial: 1,
      lineage: "x",
      outputs: {},
      resources: [
        {
          module: 'module.child_stack["legacy-stack"]',
          mode: "managed",
          type: "spacelift_stack",
          name: "this",
          provider: "p",
          instances: [{ index_key: 0, attributes: { id: "legacy-stack", name: "legacy-stack" } }],
        },
      ],
    };
    writeFileSync(join(work, "legacy.tfstate"), JSON.stringify(extra));
    const r = await run("adopt", "plan", ...states, "--state", "legacy.tfstate", "--from", "out");
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'legacy.tfstate: module.child_stack["legacy-stack"].spacelift_stack.this[0] (stack/legacy-stack)',
    );
    expect(r.out).toContain("NOT SAFE");
    const w = await run(
      "adopt",
      "write",
      ...states,
      "--state",
      "legacy.tfstate",
      "--from",
      "out",
      "--config-dir",
      "stacks-config",
      "--out-dir",
      "release",
    );
    expect(w.code).toBe(1);
    expect(w.err).toContain("nothing was written");
    expect(existsSync(join(work, "stacks-config", ADOPTION_FILE_NAME))).toBe(false);
    expect(existsSync(join(work, "release"))).toBe(false);
  });

  it("write: the adoption file beside atmos.yaml and the release files per old state", async () => {
    const r = await run(
      "adopt",
      "write",
      ...states,
      "--from",
      "out",
      "--config-dir",
      "stacks-config",
      "--out-dir",
      "release",
    );
    expect(r.code).toBe(0);
    const adoption = JSON.parse(readFileSync(join(work, "stacks-config", ADOPTION_FILE_NAME), "utf8")) as {
      imports: Record<string, Record<string, string>>;
    };
    expect(adoption.imports["plat-gbl-spacelift-admin-stack"]?.["spacelift_stack.plat-ue1-dev-vpc"]).toBe(
      "plat-ue1-dev-vpc",
    );
    for (const f of [
      "plat-gbl-spacelift-admin-stack.removed.tf",
      "plat-gbl-spacelift-admin-stack.state-rm.sh",
      "pool.removed.tf",
    ]) {
      expect(existsSync(join(work, "release", f))).toBe(true);
    }
    rmSync(join(work, "stacks-config", ADOPTION_FILE_NAME));
  });

  it("usage errors exit 2", async () => {
    expect((await run("adopt", "plan", "--from", "out")).code).toBe(2);
    const r = await run("adopt", "plan", "--state", "missing.tfstate", "--from", "out");
    expect(r.code).toBe(2);
    expect(r.err).toContain("cannot read state file missing.tfstate");
  });
});
