import { join } from "node:path";
import { runCli } from "../../cli/run";

const ROOT = join(__dirname, "..", "..");

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(argv, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    cwd: ROOT,
    env: {},
  });
  return { code, out, err };
}

describe("spacelift-atmos describe spacelift", () => {
  it("covers every Spacelift stack the app creates, preview environments included", async () => {
    const r = await run("describe", "spacelift", "--format", "json");
    expect(r.code).toBe(0);
    const stacks = JSON.parse(r.out) as Record<string, { kind: string; managed_by: string }>;
    const previews = Object.entries(stacks).filter(([, s]) => s.kind === "preview-environment");
    expect(previews.length).toBe(2);
    for (const [id, s] of previews) {
      expect(id).toMatch(/^hello-service-preview-[0-9a-f]{7}$/);
      expect(s.managed_by).toBe("plat-gbl-spacelift-preview-environments");
    }
    expect(Object.keys(stacks)).toEqual([...Object.keys(stacks)].sort());
  });

  it("describes one preview environment by id", async () => {
    const all = JSON.parse((await run("describe", "spacelift", "--format", "json")).out) as Record<
      string,
      { kind: string }
    >;
    const id = Object.keys(all).find((k) => all[k]!.kind === "preview-environment")!;
    const r = await run("describe", "spacelift", "--stack", id, "--format", "yaml");
    expect(r.code).toBe(0);
    expect(r.out).toContain("kind: preview-environment");
    expect(r.out).toContain("pull_request:");
  });

  it("exits 1 with a did-you-mean on an unknown stack", async () => {
    const r = await run("describe", "spacelift", "--stack", "plat-ue1-dev-vcp");
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toContain("UNKNOWN_STACK no stack 'plat-ue1-dev-vcp' in this configuration");
    expect(r.err).toContain("plat-ue1-dev-vpc");
  });
});

describe("describe spacelift output format", () => {
  it("defaults to YAML, as describe stacks and atmos do", async () => {
    const r = await run("describe", "spacelift", "--stack", "plat-ue1-dev-vpc");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^plat-ue1-dev-vpc:\n {2}\w/);
  });
});
