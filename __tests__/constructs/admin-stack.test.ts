import type { TerraformStack } from "cdktf";
import { buildApp } from "../../constructs";
import { buildSpaceliftModel } from "../../model";
import { expectValidAgainstSchemas } from "../helpers/schema";
import { resourceNames, resourceOf, synthJson, type SynthJson } from "../helpers/synth";
import { emptyCatalog, fakeComponent, fakeResolved, organisation } from "../model/fake-resolved";

function synthOf(stackId: string, components = organisation()): SynthJson {
  const model = buildSpaceliftModel(fakeResolved(components), { catalog: emptyCatalog });
  const app = buildApp(model);
  const stack = app.node.findChild(stackId) as TerraformStack;
  expectValidAgainstSchemas(stack);
  return synthJson(stack);
}

const PLAT = "plat-gbl-spacelift-admin-stack";
const ROOT = "root-gbl-spacelift-admin-stack";
const spacelift = (s: Record<string, unknown>) => ({ spacelift: { workspace_enabled: true, ...s } });

describe("AdminStack", () => {
  it("creates exactly the stacks its filters select, by Spacelift id", () => {
    expect(resourceNames(synthOf(PLAT), "spacelift_stack")).toEqual([
      "plat-ue1-dev-eks-cluster",
      "plat-ue1-dev-vpc",
    ]);
  });

  it("lets the root admin stack create itself and the other administrative stacks", () => {
    expect(resourceNames(synthOf(ROOT), "spacelift_stack")).toEqual([
      PLAT,
      ROOT,
      "root-gbl-spacelift-spaces",
    ]);
  });

  it("pins the slug to the name", () => {
    const stack = resourceOf(synthOf(PLAT), "spacelift_stack", "plat-ue1-dev-vpc");
    expect(stack).toMatchObject({
      name: "plat-ue1-dev-vpc",
      slug: "plat-ue1-dev-vpc",
      project_root: "components/terraform/vpc",
      repository: "infrastructure",
      branch: "main",
    });
  });

  it("never sets the deprecated administrative flag", () => {
    for (const id of [ROOT, PLAT]) {
      for (const stack of Object.values(synthOf(id).resource?.["spacelift_stack"] ?? {})) {
        expect(stack).not.toHaveProperty("administrative");
      }
    }
  });

  it("grants admin stacks the Space admin role through role attachments", () => {
    const json = synthOf(ROOT);
    expect(json.data?.["spacelift_role"]?.["space_admin"]).toEqual({ slug: "space-admin" });
    expect(resourceOf(json, "spacelift_role_attachment", `${PLAT}_space_admin_plat`)).toMatchObject({
      role_id: "${data.spacelift_role.space_admin.id}",
      stack_id: `\${spacelift_stack.${PLAT}.id}`,
      space_id: '${one(lookup(local.space_ids_by_name, "plat", []))}',
    });
    expect(resourceOf(json, "spacelift_role_attachment", `${ROOT}_space_admin_root`)).toMatchObject({
      space_id: "root",
    });
  });

  it("sets ATMOS_STACK and ATMOS_COMPONENT and mounts the component vars", () => {
    const json = synthOf(PLAT);
    expect(
      resourceOf(json, "spacelift_environment_variable", "plat-ue1-dev-eks-cluster_env_ATMOS_COMPONENT"),
    ).toMatchObject({ name: "ATMOS_COMPONENT", value: "eks/cluster", write_only: false });
    const file = resourceOf(json, "spacelift_mounted_file", "plat-ue1-dev-vpc_tfvars") as {
      content: string;
      relative_path: string;
    };
    expect(file.relative_path).toBe("source/components/terraform/vpc/spacelift.auto.tfvars.json");
    expect(JSON.parse(Buffer.from(file.content, "base64").toString("utf8"))).toEqual({
      environment: "ue1",
      stage: "dev",
      tenant: "plat",
    });
  });

  it("always creates a destructor, deactivated unless stack_destructor_enabled", () => {
    const on = synthOf(PLAT, organisation([], { platVpcSettings: { stack_destructor_enabled: true } }));
    expect(resourceOf(on, "spacelift_stack_destructor", "plat-ue1-dev-vpc")).toMatchObject({
      deactivated: false,
    });
    expect(resourceOf(on, "spacelift_stack_destructor", "plat-ue1-dev-eks-cluster")).toMatchObject({
      deactivated: true,
    });
  });

  it("makes the destructor depend on everything the destroy run needs", () => {
    const json = synthOf(
      PLAT,
      organisation([], {
        platVpcSettings: { aws_role_enabled: true, aws_role_arn: "arn:aws:iam::1:role/x" },
      }),
    );
    expect(
      (resourceOf(json, "spacelift_stack_destructor", "plat-ue1-dev-vpc") as { depends_on: string[] })
        .depends_on,
    ).toEqual(
      expect.arrayContaining([
        "spacelift_environment_variable.plat-ue1-dev-vpc_env_ATMOS_STACK",
        "spacelift_mounted_file.plat-ue1-dev-vpc_tfvars",
        "spacelift_policy_attachment.plat-ue1-dev-vpc_policy_trigger_dependencies",
        "spacelift_aws_role.plat-ue1-dev-vpc",
      ]),
    );
  });

  it("creates stack dependencies and chains the destructors child-first", () => {
    const json = synthOf(PLAT);
    expect(
      resourceOf(json, "spacelift_stack_dependency", "plat-ue1-dev-eks-cluster_on_plat-ue1-dev-vpc"),
    ).toEqual({
      stack_id: "${spacelift_stack.plat-ue1-dev-eks-cluster.id}",
      depends_on_stack_id: "${spacelift_stack.plat-ue1-dev-vpc.id}",
      depends_on: ["spacelift_stack_destructor.plat-ue1-dev-vpc"],
    });
    expect(
      (resourceOf(json, "spacelift_stack_destructor", "plat-ue1-dev-eks-cluster") as { depends_on: string[] })
        .depends_on,
    ).toContain("spacelift_stack_dependency.plat-ue1-dev-eks-cluster_on_plat-ue1-dev-vpc");
  });

  it("uses the literal id of a dependency created by another admin stack", () => {
    const components = organisation([
      fakeComponent({
        component: "app",
        vars: { tenant: "plat", environment: "ue1", stage: "dev" },
        settings: {
          ...spacelift({ space_name: "plat" }),
          depends_on: {
            "1": { component: "spaces", tenant: "root", environment: "gbl", stage: "spacelift" },
          },
        },
      }),
    ]);
    expect(
      resourceOf(
        synthOf(PLAT, components),
        "spacelift_stack_dependency",
        "plat-ue1-dev-app_on_root-gbl-spacelift-spaces",
      ),
    ).toMatchObject({
      depends_on_stack_id: "root-gbl-spacelift-spaces",
    });
  });

  it("attaches policies by name with a plan-time check that they exist", () => {
    const attachment = resourceOf(
      synthOf(PLAT),
      "spacelift_policy_attachment",
      "plat-ue1-dev-vpc_policy_trigger_dependencies",
    );
    expect(attachment).toMatchObject({
      policy_id: '${one(lookup(local.policy_ids_by_name, "TRIGGER Dependencies", []))}',
      lifecycle: {
        precondition: [
          expect.objectContaining({
            condition: '${length(lookup(local.policy_ids_by_name, "TRIGGER Dependencies", [])) == 1}',
          }),
        ],
      },
    });
  });

  it("adds drift detection only where enabled", () => {
    const json = synthOf(
      PLAT,
      organisation([], {
        platVpcSettings: { drift_detection_enabled: true, drift_detection_schedule: ["0 5 * * *"] },
      }),
    );
    expect(resourceNames(json, "spacelift_drift_detection")).toEqual(["plat-ue1-dev-vpc"]);
    expect(resourceOf(json, "spacelift_drift_detection", "plat-ue1-dev-vpc")).toMatchObject({
      schedule: ["0 5 * * *"],
      timezone: "UTC",
      reconcile: false,
    });
  });

  it("takes a webhook secret from a sensitive variable, never from configuration", () => {
    const json = synthOf(
      PLAT,
      organisation([], {
        platVpcSettings: {
          webhook_enabled: true,
          webhook_endpoint: "https://hooks.example.com/x",
          webhook_secret_variable: "vpc_webhook_secret",
        },
      }),
    );
    expect(json.variable?.["vpc_webhook_secret"]).toMatchObject({ sensitive: true, type: "string" });
    expect(resourceOf(json, "spacelift_webhook", "plat-ue1-dev-vpc")).toMatchObject({
      secret_wo: "${var.vpc_webhook_secret}",
      endpoint: "https://hooks.example.com/x",
    });
  });

  it("derives the webhook secret's write-only version from the secret, so a rotation reaches Spacelift", () => {
    const json = synthOf(
      PLAT,
      organisation([], {
        platVpcSettings: {
          webhook_enabled: true,
          webhook_endpoint: "https://hooks.example.com/x",
          webhook_secret_variable: "vpc_webhook_secret",
        },
      }),
    );
    expect(resourceOf(json, "spacelift_webhook", "plat-ue1-dev-vpc")).toMatchObject({
      secret_wo_version: "${substr(sha256(var.vpc_webhook_secret), 0, 16)}",
    });
  });

  it("gives admin stacks the synth hooks that run this app in Spacelift", () => {
    const stack = resourceOf(synthOf(ROOT), "spacelift_stack", PLAT) as {
      before_init: string[];
      project_root?: string;
    };
    expect(stack.before_init).toEqual([
      "npm ci --omit=dev --no-audit --no-fund",
      'SPACELIFT_ATMOS_ONLY_STACK="$TF_VAR_spacelift_stack_id" node --require tsx/cjs main.ts',
      'cp "cdktf.out/stacks/$TF_VAR_spacelift_stack_id/cdk.tf.json" .',
    ]);
  });

  it("stores its state in the atmos S3 bucket under its own key", () => {
    expect((synthOf(PLAT).terraform as { backend: unknown }).backend).toEqual({
      s3: {
        bucket: "acme-tfstate",
        encrypt: true,
        key: "spacelift-admin-stack/plat-gbl-spacelift-admin-stack/cdktf.tfstate",
        region: "us-east-1",
        use_lockfile: true,
      },
    });
  });
});
