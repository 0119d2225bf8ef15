import { join } from "node:path";
import { parseState, planAdoption, type StateResource } from "../../adopt";
import { synthesizeSide, type SynthTree } from "../../diff";
import { adminStackState, spacesState, workerPoolState } from "./cp-state";

const ROOT = join(__dirname, "..", "..");
let tree: SynthTree;
let olds: StateResource[];

const state = (label: string, doc: object): StateResource[] => parseState(JSON.stringify(doc), label);

beforeAll(() => {
  const synthesized = synthesizeSide({
    label: "example",
    cwd: ROOT,
    configDir: join(ROOT, "stacks-config"),
    env: { SPACELIFT_ATMOS_IGNORE_ADOPTION: "1" },
    report: () => undefined,
  });
  if (!synthesized) throw new Error("the embedded example does not synthesize");
  tree = synthesized;
  const admins = [...tree.stacks.keys()].filter((k) => k.endsWith("-spacelift-admin-stack"));
  olds = [
    ...admins.flatMap((a) => state(`${a}.tfstate`, adminStackState(tree, a))),
    ...state("spaces.tfstate", spacesState(tree.stacks.get("root-gbl-spacelift-spaces")!)),
    ...state("worker-pool.tfstate", workerPoolState("acme-core-ue1-auto-spacelift-worker-pool")),
  ];
});

describe("adopting the embedded example from Cloud Posse's components", () => {
  it("adopts every old Spacelift resource, loses nothing and creates nothing that exists", () => {
    const plan = planAdoption(tree, olds);
    expect(plan.conflicts).toEqual([]);
    expect(plan.lost).toEqual([]);
    const released = new Set(
      [...plan.adopted, ...plan.recreated, ...plan.left, ...plan.kept].map((x) => x.old),
    );
    const managed = olds.filter((o) => o.mode === "managed");
    expect(managed.filter((o) => !released.has(o)).map((o) => o.address)).toEqual([]);
  });

  it("imports every Spacelift stack, space, policy and the worker pool", () => {
    const plan = planAdoption(tree, olds);
    const adoptedTypes = (type: string): number =>
      plan.adopted.filter((a) => a.resource.type === type).length;
    const synthesized = (type: string): number =>
      [...tree.stacks.values()]
        .filter((_, i) => ![...tree.stacks.keys()][i]!.includes("preview-environments"))
        .reduce((n, doc) => n + Object.keys(doc.resource?.[type] ?? {}).length, 0);
    expect(adoptedTypes("spacelift_stack")).toBe(synthesized("spacelift_stack"));
    expect(adoptedTypes("spacelift_space")).toBe(synthesized("spacelift_space"));
    expect(adoptedTypes("spacelift_policy")).toBe(synthesized("spacelift_policy"));
    expect(adoptedTypes("spacelift_worker_pool")).toBe(1);
    expect(adoptedTypes("spacelift_stack_dependency")).toBe(synthesized("spacelift_stack_dependency"));
    expect(plan.recreated).toHaveLength(synthesized("spacelift_stack_destructor"));
  });

  it("creates only what Cloud Posse never had: role attachments, path env vars, this app's pool infrastructure and preview manager", () => {
    const plan = planAdoption(tree, olds);
    const createdSpacelift = plan.created.filter(
      (c) => c.resource.type.startsWith("spacelift_") && !c.resource.stack.includes("preview-environments"),
    );
    const kinds = new Set(
      createdSpacelift.map((c) =>
        c.resource.type === "spacelift_environment_variable"
          ? `env:${c.resource.name.replace(/^.*_env_/, "")}`
          : c.resource.type,
      ),
    );
    expect([...kinds].sort()).toEqual([
      "env:ATMOS_BASE_PATH",
      "env:ATMOS_CLI_CONFIG_PATH",
      "spacelift_api_key",
      "spacelift_role_attachment",
    ]);
  });

  it("uses the providers' import id formats", () => {
    const plan = planAdoption(tree, olds);
    const id = (type: string, name: string): string | undefined =>
      plan.adopted.find((a) => a.resource.type === type && a.resource.name === name)?.importId;
    expect(id("spacelift_stack", "plat-ue1-dev-vpc")).toBe("plat-ue1-dev-vpc");
    expect(id("spacelift_environment_variable", "plat-ue1-dev-vpc_env_ATMOS_STACK")).toBe(
      "stack/plat-ue1-dev-vpc/ATMOS_STACK",
    );
    expect(id("spacelift_mounted_file", "plat-ue1-dev-vpc_tfvars")).toMatch(
      /^stack\/plat-ue1-dev-vpc\/source\/.*spacelift\.auto\.tfvars\.json$/,
    );
    expect(id("spacelift_policy_attachment", "plat-ue1-dev-vpc_policy_plan_default")).toBe(
      "plan-default/plat-ue1-dev-vpc",
    );
    expect(id("spacelift_aws_role", "plat-ue1-dev-vpc")).toBe("stack/plat-ue1-dev-vpc");
    expect(id("spacelift_stack_dependency", "plat-ue1-dev-eks_on_plat-ue1-dev-vpc")).toBe(
      "plat-ue1-dev-eks/plat-ue1-dev-vpc",
    );
    expect(id("spacelift_space", "plat")).toMatch(/^plat-01H/);
  });

  it("keeps the old pool's AWS infrastructure with the old component instead of losing it", () => {
    const plan = planAdoption(tree, olds);
    expect(plan.kept.map((k) => k.old.address).sort()).toEqual([
      "aws_iam_instance_profile.default[0]",
      "aws_iam_role.default[0]",
      "module.autoscale_group.aws_autoscaling_group.default[0]",
      "module.autoscale_group.aws_launch_template.default[0]",
    ]);
  });
});
