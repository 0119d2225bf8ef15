import type { TerraformStack } from "cdktf";
import type { JsonMap } from "../../config-engine/types";
import { buildApp } from "../../constructs";
import { buildSpaceliftModel } from "../../model";
import { expectValidAgainstSchemas } from "../helpers/schema";
import { resourceOf, synthJson, type SynthJson } from "../helpers/synth";
import { emptyCatalog, fakeComponent, fakeResolved, organisation } from "../model/fake-resolved";

const PLAT = "plat-gbl-spacelift-admin-stack";
const spacelift = (s: Record<string, unknown>) => ({ spacelift: { workspace_enabled: true, ...s } });

/**
 * Synthesizes one stack. Single renames pass the schema validator; chains (two previous names) are
 * not validated here because the validator wants every `moved.to` declared, while Terraform
 * follows chains through undeclared intermediate addresses (proven by moves-terraform.test.ts).
 */
function synthOf(stackId: string, vpcSettings: JsonMap): SynthJson {
  const model = buildSpaceliftModel(fakeResolved(organisation([], { platVpcSettings: vpcSettings })), {
    catalog: emptyCatalog,
  });
  const stack = buildApp(model).node.findChild(stackId) as TerraformStack;
  const names = vpcSettings["previous_names"];
  if (!Array.isArray(names) || names.length < 2) expectValidAgainstSchemas(stack);
  return synthJson(stack);
}

function build(vpcSettings: JsonMap, extra = [] as ReturnType<typeof fakeComponent>[]): () => void {
  return () => {
    const model = buildSpaceliftModel(fakeResolved(organisation(extra, { platVpcSettings: vpcSettings })), {
      catalog: emptyCatalog,
    });
    buildApp(model);
  };
}

describe("renames (settings.spacelift.previous_names)", () => {
  it("emits no moved block when nothing was renamed", () => {
    expect(synthOf(PLAT, {}).moved).toBeUndefined();
  });

  it("keeps the oldest name as the slug and shows the new name", () => {
    const json = synthOf(PLAT, { previous_names: ["plat-ue1-dev-network", "plat-ue1-dev-net"] });
    expect(resourceOf(json, "spacelift_stack", "plat-ue1-dev-vpc")).toMatchObject({
      name: "plat-ue1-dev-vpc",
      slug: "plat-ue1-dev-network",
    });
  });

  it("moves the stack and every resource that carries its id, as a chain oldest first", () => {
    const moved = synthOf(PLAT, { previous_names: ["plat-ue1-dev-network", "plat-ue1-dev-net"] }).moved ?? [];
    expect(moved).toEqual(
      expect.arrayContaining([
        { from: "spacelift_stack.plat-ue1-dev-network", to: "spacelift_stack.plat-ue1-dev-net" },
        { from: "spacelift_stack.plat-ue1-dev-net", to: "spacelift_stack.plat-ue1-dev-vpc" },
        {
          from: "spacelift_stack_destructor.plat-ue1-dev-network",
          to: "spacelift_stack_destructor.plat-ue1-dev-net",
        },
        {
          from: "spacelift_stack_destructor.plat-ue1-dev-net",
          to: "spacelift_stack_destructor.plat-ue1-dev-vpc",
        },
        {
          from: "spacelift_mounted_file.plat-ue1-dev-net_tfvars",
          to: "spacelift_mounted_file.plat-ue1-dev-vpc_tfvars",
        },
        {
          from: "spacelift_environment_variable.plat-ue1-dev-net_env_ATMOS_STACK",
          to: "spacelift_environment_variable.plat-ue1-dev-vpc_env_ATMOS_STACK",
        },
      ]),
    );
  });

  it("gives every resource that names the renamed stack exactly one move into its address", () => {
    const json = synthOf(PLAT, { previous_names: ["plat-ue1-dev-network"] });
    const targets = (json.moved ?? []).map((m) => m.to);
    const owned = Object.entries(json.resource ?? {}).flatMap(([type, byName]) =>
      Object.keys(byName)
        .filter(
          (n) =>
            n === "plat-ue1-dev-vpc" ||
            n.startsWith("plat-ue1-dev-vpc_") ||
            n.endsWith("_on_plat-ue1-dev-vpc"),
        )
        .map((n) => `${type}.${n}`),
    );
    expect([...targets].sort()).toEqual([...owned].sort());
  });

  it("moves the dependencies of other stacks on the renamed stack", () => {
    const moved = synthOf(PLAT, { previous_names: ["plat-ue1-dev-network"] }).moved ?? [];
    expect(moved).toContainEqual({
      from: "spacelift_stack_dependency.plat-ue1-dev-eks-cluster_on_plat-ue1-dev-network",
      to: "spacelift_stack_dependency.plat-ue1-dev-eks-cluster_on_plat-ue1-dev-vpc",
    });
  });

  it("refers to a renamed stack of another admin stack by its kept slug", () => {
    const components = organisation([], {
      platVpcSettings: { previous_names: ["plat-ue1-dev-network"] },
    }).map((c) =>
      c.atmosComponent === "spaces"
        ? {
            ...c,
            settings: {
              ...c.settings,
              spacelift: { workspace_enabled: true, administrative: true, depends_on: ["plat-ue1-dev-vpc"] },
            },
          }
        : c,
    );
    const model = buildSpaceliftModel(fakeResolved(components), { catalog: emptyCatalog });
    const root = synthJson(
      buildApp(model).node.findChild("root-gbl-spacelift-admin-stack") as TerraformStack,
    );
    expect(
      resourceOf(root, "spacelift_stack_dependency", "root-gbl-spacelift-spaces_on_plat-ue1-dev-vpc"),
    ).toMatchObject({ depends_on_stack_id: "plat-ue1-dev-network" });
  });

  it("fails when a stack this app synthesizes lists previous names", () => {
    const components = organisation().map((c) =>
      c.atmosComponent === "spaces"
        ? {
            ...c,
            settings: {
              spacelift: { workspace_enabled: true, administrative: true, previous_names: ["old-spaces"] },
            },
          }
        : c,
    );
    const model = buildSpaceliftModel(fakeResolved(components), { catalog: emptyCatalog });
    expect(() => buildApp(model)).toThrow(/cannot be renamed in place/);
  });

  it("fails when a previous name is the id of a current stack", () => {
    expect(build({ previous_names: ["plat-ue1-dev-eks-cluster"] })).toThrow(
      /'plat-ue1-dev-eks-cluster' is the id of a stack that still exists/,
    );
  });

  it("fails when two stacks claim the same previous name", () => {
    const other = fakeComponent({
      component: "rds",
      vars: { tenant: "plat", environment: "ue1", stage: "dev" },
      settings: spacelift({ space_name: "plat", previous_names: ["plat-ue1-dev-db"] }),
    });
    expect(build({ previous_names: ["plat-ue1-dev-db"] }, [other])).toThrow(/also a previous name of/);
  });
});
