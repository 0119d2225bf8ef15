import type { JsonMap } from "../../config-engine/types";
import { buildInventory, inventoryJson } from "../../runbook";
import { fakeComponent, organisation } from "../model/fake-resolved";
import { fakeModel, withBackend } from "./helpers";

const DEV = "arn:aws:iam::222222222222:role/dev";
const PROD = "arn:aws:iam::444444444444:role/prod";
const TFSTATE = "arn:aws:iam::111111111111:role/tfstate";
const role = (arn: string, extra: JsonMap = {}): JsonMap => ({
  aws_role_enabled: true,
  aws_role_arn: arn,
  ...extra,
});

/** The fake organisation plus a prod vpc, with stage roles and a backend role on every stack. */
function components(): ReturnType<typeof organisation> {
  const prodVpc = fakeComponent({
    component: "vpc",
    vars: { tenant: "plat", environment: "ue1", stage: "prod" },
    settings: {
      spacelift: {
        workspace_enabled: true,
        space_name: "plat",
        ...role(PROD, { aws_role_external_id: "ext-1" }),
      },
    },
  });
  return organisation([prodVpc], { platVpcSettings: role(DEV) }).map((c) =>
    withBackend(c, "s3", { ...c.backend, assume_role: { role_arn: TFSTATE } }),
  );
}

describe("buildInventory", () => {
  const inventory = buildInventory(fakeModel(components()));

  it("groups stacks by deployment role, sorted by ARN", () => {
    expect(inventory.deploymentRoles).toEqual([
      { arn: DEV, stacks: ["plat-ue1-dev-vpc"] },
      { arn: PROD, stacks: ["plat-ue1-prod-vpc"] },
    ]);
  });

  it("lists every stack without a deployment role", () => {
    expect(inventory.withoutDeploymentRole).toEqual([
      "plat-gbl-spacelift-admin-stack",
      "plat-ue1-dev-eks-cluster",
      "root-gbl-spacelift-admin-stack",
      "root-gbl-spacelift-spaces",
    ]);
  });

  it("records the external id with the stack that uses it", () => {
    expect(inventory.stacks.find((s) => s.id === "plat-ue1-prod-vpc")?.deploymentRole).toEqual({
      arn: PROD,
      externalId: "ext-1",
    });
  });

  it("lists the backend role of every stack", () => {
    expect(inventory.otherRoles).toEqual([
      { arn: TFSTATE, use: "state-backend-role", by: inventory.stacks.map((s) => s.id) },
    ]);
  });

  it("does not depend on the order of the components", () => {
    expect(buildInventory(fakeModel([...components()].reverse()))).toEqual(inventory);
  });

  it("writes explicit nulls in JSON for what a stack does not have", () => {
    const json = inventoryJson(inventory) as { stacks: Record<string, unknown>[] };
    expect(json.stacks.find((s) => s["id"] === "plat-ue1-dev-eks-cluster")).toMatchObject({
      managed_by: "plat-gbl-spacelift-admin-stack",
      deployment_role: null,
      worker_pool: null,
    });
  });
});

describe("buildInventory: roles named by app components and providers", () => {
  it("lists a state backend's allowed principals and a stack's aws provider role", () => {
    const backend = fakeComponent({
      component: "tfstate-backend",
      vars: {
        namespace: "acme",
        tenant: "core",
        environment: "ue1",
        stage: "root",
        region: "us-east-1",
        replica_region: "us-west-2",
        allowed_principal_arns: [TFSTATE, "arn:aws:iam::111111111111:role/admin"],
      },
    });
    const withProvider = organisation([backend], { platVpcSettings: role(DEV) }).map((c) =>
      c.atmosComponent === "vpc" ? { ...c, providers: { aws: { assume_role: { role_arn: DEV } } } } : c,
    );
    const inventory = buildInventory(fakeModel(withProvider));
    expect(inventory.otherRoles).toEqual([
      {
        arn: "arn:aws:iam::111111111111:role/admin",
        use: "state-bucket-principal",
        by: ["core-ue1-root-tfstate-backend"],
      },
      { arn: TFSTATE, use: "state-bucket-principal", by: ["core-ue1-root-tfstate-backend"] },
      { arn: DEV, use: "provider-role", by: ["plat-ue1-dev-vpc"] },
    ]);
    expect(inventory.stacks.find((s) => s.id === "core-ue1-root-tfstate-backend")).toMatchObject({
      kind: "state-backend",
    });
    expect(inventory.stacks.find((s) => s.id === "core-ue1-root-tfstate-backend")?.managerId).toBeUndefined();
  });
});
