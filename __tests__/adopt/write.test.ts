import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  adoptionFile,
  ADOPTION_FILE_NAME,
  parseState,
  planAdoption,
  releaseFiles,
  type StateResource,
} from "../../adopt";
import { loadSpaceliftApp } from "../../app/load";
import { readSynthTree, synthesizeSide, type SynthTree } from "../../diff";
import { validateSynthesized } from "../helpers/schema";
import { adminStackState, spacesState, workerPoolState } from "./cp-state";

const ROOT = join(__dirname, "..", "..");
let tree: SynthTree;
let olds: StateResource[];
let work: string;

beforeAll(() => {
  tree = synthesizeSide({
    label: "example",
    cwd: ROOT,
    configDir: join(ROOT, "stacks-config"),
    env: { SPACELIFT_ATMOS_IGNORE_ADOPTION: "1" },
    report: () => undefined,
  })!;
  const admins = [...tree.stacks.keys()].filter((k) => k.endsWith("-spacelift-admin-stack"));
  olds = [
    ...admins.flatMap((a) => parseState(JSON.stringify(adminStackState(tree, a)), `${a}.tfstate`)),
    ...parseState(
      JSON.stringify(spacesState(tree.stacks.get("root-gbl-spacelift-spaces")!)),
      "spaces.tfstate",
    ),
    ...parseState(
      JSON.stringify(workerPoolState("acme-core-ue1-auto-spacelift-worker-pool")),
      "worker-pool.tfstate",
    ),
  ];
  work = mkdtempSync(join(tmpdir(), "adopt-write-"));
  cpSync(join(ROOT, "stacks-config"), join(work, "stacks-config"), { recursive: true });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("adopt write output", () => {
  it("synthesizes import blocks while the adoption file is present, valid against the provider schemas", () => {
    const plan = planAdoption(tree, olds);
    const configDir = join(work, "stacks-config");
    writeFileSync(join(configDir, ADOPTION_FILE_NAME), JSON.stringify(adoptionFile(plan)));
    const outdir = join(work, "out");
    let printed = "";
    const app = loadSpaceliftApp({ cwd: work, env: {}, configDir, outdir, report: (t) => (printed += t) });
    expect(app).toBeDefined();
    app!.synth();
    expect(printed).toContain(`adoption: ${plan.adopted.length} resource(s) are imported`);
    const out = readSynthTree(outdir);
    const doc = JSON.parse(
      readFileSync(join(outdir, "stacks", "plat-gbl-spacelift-admin-stack", "cdk.tf.json"), "utf8"),
    ) as { import?: { to: string; id: string }[] };
    expect(doc.import).toContainEqual({ to: "spacelift_stack.plat-ue1-dev-vpc", id: "plat-ue1-dev-vpc" });
    expect(doc.import).toContainEqual({
      to: "spacelift_environment_variable.plat-ue1-dev-vpc_env_ATMOS_STACK",
      id: "stack/plat-ue1-dev-vpc/ATMOS_STACK",
    });
    const imports = [...out.stacks.keys()].reduce(
      (n, k) =>
        n +
        ((
          JSON.parse(readFileSync(join(outdir, "stacks", k, "cdk.tf.json"), "utf8")) as { import?: unknown[] }
        ).import?.length ?? 0),
      0,
    );
    expect(imports).toBe(plan.adopted.length);
    for (const stack of out.stacks.keys()) {
      const result = validateSynthesized(readFileSync(join(outdir, "stacks", stack, "cdk.tf.json"), "utf8"));
      expect({ stack, errors: result.errors }).toEqual({ stack, errors: [] });
    }
    // Without the file, no import block.
    rmSync(join(configDir, ADOPTION_FILE_NAME));
    const plain = loadSpaceliftApp({
      cwd: work,
      env: {},
      configDir,
      outdir: join(work, "plain"),
      report: () => undefined,
    })!;
    plain.synth();
    const plainDoc = JSON.parse(
      readFileSync(join(work, "plain", "stacks", "plat-gbl-spacelift-admin-stack", "cdk.tf.json"), "utf8"),
    ) as { import?: unknown };
    expect(plainDoc.import).toBeUndefined();
  });

  it("fails synth, writing nothing, when the adoption file names a resource the config no longer has", () => {
    const configDir = join(work, "stacks-config");
    writeFileSync(
      join(configDir, ADOPTION_FILE_NAME),
      JSON.stringify({
        version: 1,
        imports: { "plat-gbl-spacelift-admin-stack": { "spacelift_stack.gone": "gone" } },
      }),
    );
    let printed = "";
    const app = loadSpaceliftApp({
      cwd: work,
      env: {},
      configDir,
      outdir: join(work, "stale"),
      report: (t) => (printed += t),
    });
    rmSync(join(configDir, ADOPTION_FILE_NAME));
    expect(app).toBeUndefined();
    expect(printed).toContain("plat-gbl-spacelift-admin-stack: spacelift_stack.gone");
    expect(printed).toContain("nothing was synthesized");
  });

  it("releases every adopted resource with destroy = false and a state-rm script, keeping the old pool's AWS resources", () => {
    const plan = planAdoption(tree, olds);
    const files = new Map(releaseFiles(plan, olds).map((f) => [f.name, f.content]));
    const plat = files.get("plat-gbl-spacelift-admin-stack.removed.tf")!;
    expect(plat).toContain(
      "removed {\n  from = module.child_stack\n\n  lifecycle {\n    destroy = false\n  }\n}",
    );
    expect(plat).toContain("stack destructor(s) are among them");
    expect(plat).not.toMatch(/destroy = true/);
    const root = files.get("root-gbl-spacelift-admin-stack.removed.tf")!;
    expect(root).toContain("from = module.root_admin_stack");
    expect(root).toContain("from = spacelift_policy_attachment.root");
    expect(root).toContain("from = null_resource.spaces_precondition");
    const pool = files.get("worker-pool.removed.tf")!;
    expect(pool).toContain("from = spacelift_worker_pool.primary");
    expect(pool).not.toContain("autoscale_group");
    expect(pool).toContain("4 resource(s) stay with the old component");
    const script = files.get("plat-gbl-spacelift-admin-stack.state-rm.sh")!;
    expect(script).toContain(
      `terraform state rm 'module.child_stack["plat-ue1-dev-vpc"].spacelift_stack_destructor.this[0]'`,
    );
    expect(script).toContain("terraform state pull >");
  });
});
