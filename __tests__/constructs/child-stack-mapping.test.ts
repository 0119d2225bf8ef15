/**
 * settings.spacelift → spacelift_stack (and attached resources), one mapping rule per test. Inputs
 * are the small test organisation of the model tests with `plat-ue1-dev-vpc`'s settings changed;
 * every synthesized stack goes through the schema validator.
 */
import type { TerraformStack } from "cdktf";
import { buildApp } from "../../constructs";
import { buildSpaceliftModel } from "../../model";
import type { JsonMap } from "../../config-engine/types";
import { expectValidAgainstSchemas } from "../helpers/schema";
import { resourceNames, resourceOf, synthJson, type SynthJson } from "../helpers/synth";
import { emptyCatalog, fakeResolved, organisation } from "../model/fake-resolved";

const PLAT = "plat-gbl-spacelift-admin-stack";
const VPC = "plat-ue1-dev-vpc";

/** The tenant admin stack's synth with `settings.spacelift` of plat-ue1-dev-vpc extended by `settings`. */
function synthWith(settings: JsonMap, platAdminVars: JsonMap = {}): SynthJson {
  const components = organisation([], { platVpcSettings: settings });
  Object.assign(components[2]!.vars as Record<string, unknown>, platAdminVars);
  const model = buildSpaceliftModel(fakeResolved(components), {
    catalog: emptyCatalog,
  });
  const stack = buildApp(model).node.findChild(PLAT) as TerraformStack;
  expectValidAgainstSchemas(stack);
  return synthJson(stack);
}

const vpcStack = (settings: JsonMap, platAdminVars: JsonMap = {}): Record<string, unknown> =>
  resourceOf(synthWith(settings, platAdminVars), "spacelift_stack", VPC) ?? {};

describe("child stack settings mapping", () => {
  it("maps autoretry, defaulting to false", () => {
    expect(vpcStack({})).toMatchObject({ autoretry: false });
    expect(vpcStack({ autoretry: true })).toMatchObject({ autoretry: true });
  });

  it("maps local_preview_enabled to enable_local_preview", () => {
    expect(vpcStack({})).toMatchObject({ enable_local_preview: false });
    expect(vpcStack({ local_preview_enabled: true })).toMatchObject({ enable_local_preview: true });
  });

  it("uses the atmos workspace unless terraform_workspace is set", () => {
    expect(vpcStack({})).toMatchObject({ terraform_workspace: "plat-ue1-dev" });
    expect(vpcStack({ terraform_workspace: "custom-ws" })).toMatchObject({
      terraform_workspace: "custom-ws",
    });
  });

  it("maps runner_image", () => {
    expect(vpcStack({})).not.toHaveProperty("runner_image");
    expect(vpcStack({ runner_image: "ghcr.io/acme/runner:1" })).toMatchObject({
      runner_image: "ghcr.io/acme/runner:1",
    });
  });

  it("maps terraform_version and terraform_workflow_tool", () => {
    expect(vpcStack({})).toMatchObject({ terraform_workflow_tool: "TERRAFORM_FOSS" });
    // Through the admin stack's terraform_version_map, as Cloud Posse's admin stack reads it.
    expect(
      vpcStack(
        { terraform_version: "1.9", terraform_workflow_tool: "OPEN_TOFU" },
        { terraform_version_map: { "1.9": "1.9.8" } },
      ),
    ).toMatchObject({
      terraform_version: "1.9.8",
      terraform_workflow_tool: "OPEN_TOFU",
    });
  });

  it("maps terraform_smart_sanitization", () => {
    expect(vpcStack({ terraform_smart_sanitization: true })).toMatchObject({
      terraform_smart_sanitization: true,
    });
    expect(vpcStack({ terraform_smart_sanitization: false })).toMatchObject({
      terraform_smart_sanitization: false,
    });
  });

  it("maps protect_from_deletion", () => {
    expect(vpcStack({ protect_from_deletion: true })).toMatchObject({ protect_from_deletion: true });
    expect(vpcStack({ protect_from_deletion: false })).toMatchObject({ protect_from_deletion: false });
  });

  it("sets manage_state false when the component has a backend, and honours an explicit value", () => {
    expect(vpcStack({})).toMatchObject({ manage_state: false });
    expect(vpcStack({ manage_state: true })).toMatchObject({ manage_state: true });
  });

  it("maps labels, sorted (Spacelift keeps a set)", () => {
    const labels = (vpcStack({ labels: ["zeta", "alpha"] }) as { labels: string[] }).labels;
    expect(labels).toEqual([...labels].sort());
    expect(labels).toEqual(expect.arrayContaining(["alpha", "zeta"]));
  });

  it("attaches contexts by id with priority = list index", () => {
    const json = synthWith({ context_attachments: ["ctx-shared", "ctx-vpc"] });
    expect(resourceNames(json, "spacelift_context_attachment")).toEqual([
      `${VPC}_context_ctx-shared`,
      `${VPC}_context_ctx-vpc`,
    ]);
    expect(resourceOf(json, "spacelift_context_attachment", `${VPC}_context_ctx-shared`)).toEqual({
      context_id: "ctx-shared",
      priority: 0,
      stack_id: `\${spacelift_stack.${VPC}.id}`,
    });
    expect(resourceOf(json, "spacelift_context_attachment", `${VPC}_context_ctx-vpc`)).toMatchObject({
      context_id: "ctx-vpc",
      priority: 1,
    });
    expect(
      (resourceOf(json, "spacelift_stack_destructor", VPC) as { depends_on: string[] }).depends_on,
    ).toEqual(
      expect.arrayContaining([
        `spacelift_context_attachment.${VPC}_context_ctx-shared`,
        `spacelift_context_attachment.${VPC}_context_ctx-vpc`,
      ]),
    );
  });

  it.each([
    ["github_enterprise", { namespace: "acme", id: "gh-1" }],
    ["gitlab", { namespace: "acme/infra", id: "gl-1" }],
    ["bitbucket_cloud", { namespace: "ACME" }],
    ["bitbucket_datacenter", { namespace: "ACME", id: "bb-1" }],
  ])("maps the %s VCS block", (key, block) => {
    expect(vpcStack({ [key]: block })[key]).toEqual(block);
  });

  it("maps the azure_devops, showcase and raw_git VCS blocks", () => {
    expect(vpcStack({ azure_devops: { project: "infra", id: "ado-1" } })["azure_devops"]).toEqual({
      project: "infra",
      id: "ado-1",
    });
    expect(vpcStack({ showcase: { namespace: "acme" } })["showcase"]).toEqual({ namespace: "acme" });
    expect(
      vpcStack({ raw_git: { namespace: "acme", url: "https://git.example.com/acme/infra.git" } })["raw_git"],
    ).toEqual({ namespace: "acme", url: "https://git.example.com/acme/infra.git" });
  });

  it("sets no VCS block by default (the account's default integration)", () => {
    const stack = vpcStack({});
    for (const key of ["github_enterprise", "gitlab", "bitbucket_cloud", "bitbucket_datacenter", "raw_git"]) {
      expect(stack).not.toHaveProperty(key);
    }
  });

  it("attaches an AWS integration by name through a plan-time lookup with a precondition", () => {
    const json = synthWith({ aws_integration: { name: "plat-deploy", write: false } });
    expect(json.data?.["spacelift_aws_integrations"]?.["all"]).toEqual({});
    expect(json.locals?.["aws_integration_ids_by_name"]).toBe(
      "${{for i in data.spacelift_aws_integrations.all.integrations : i.name => i.integration_id...}}",
    );
    expect(resourceOf(json, "spacelift_aws_integration_attachment", VPC)).toMatchObject({
      stack_id: `\${spacelift_stack.${VPC}.id}`,
      integration_id: '${one(lookup(local.aws_integration_ids_by_name, "plat-deploy", []))}',
      read: true,
      write: false,
      lifecycle: {
        precondition: [
          {
            condition: '${length(lookup(local.aws_integration_ids_by_name, "plat-deploy", [])) == 1}',
            error_message: expect.stringContaining('AWS integration "plat-deploy" does not exist'),
          },
        ],
      },
    });
    expect(resourceNames(json, "spacelift_aws_role")).toEqual([]);
  });

  it("attaches an AWS integration by id without a lookup", () => {
    const json = synthWith({ aws_integration: { id: "01HXYZ" } });
    expect(json.data?.["spacelift_aws_integrations"]).toBeUndefined();
    expect(resourceOf(json, "spacelift_aws_integration_attachment", VPC)).toEqual({
      stack_id: `\${spacelift_stack.${VPC}.id}`,
      integration_id: "01HXYZ",
      read: true,
      write: true,
    });
  });

  it("keeps the AWS integration attachment until the destructor has run", () => {
    const json = synthWith({ aws_integration: { id: "01HXYZ" } });
    expect(
      (resourceOf(json, "spacelift_stack_destructor", VPC) as { depends_on: string[] }).depends_on,
    ).toContain(`spacelift_aws_integration_attachment.${VPC}`);
  });
});
