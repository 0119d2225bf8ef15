import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseState, planAdoption, releaseFiles } from "../../adopt";
import { treeOf } from "../../diff";
import {
  AWS_PROVIDER_VERSION,
  describeWithTerraform,
  offlineCliConfig,
  terraformPrerequisites,
} from "../helpers/terraform";

/**
 * The `removed` blocks `adopt write` generates, applied by the real terraform binary to a state
 * shaped like an old component's (module call with for_each instances, root resources with count).
 * AWS resources stand in for Spacelift ones: no Spacelift provider binary exists here, and
 * `removed` works the same for every provider.
 */
const STATE = {
  version: 4,
  terraform_version: "1.11.0",
  serial: 3,
  lineage: "6f1c3c1e-0000-4000-8000-000000000001",
  outputs: {},
  resources: ["a", "b"]
    .map((k) => ({
      module: `module.child_stack["${k}"]`,
      mode: "managed",
      type: "aws_iam_role",
      name: "this",
      provider: 'provider["registry.terraform.io/hashicorp/aws"]',
      instances: [
        {
          index_key: 0,
          schema_version: 0,
          attributes: {
            id: `role-${k}`,
            name: `role-${k}`,
            arn: `arn:aws:iam::111111111111:role/role-${k}`,
            assume_role_policy: "{}",
          },
        },
      ],
    }))
    .concat([
      {
        module: undefined as unknown as string,
        mode: "managed",
        type: "aws_iam_policy",
        name: "root",
        provider: 'provider["registry.terraform.io/hashicorp/aws"]',
        instances: [
          {
            index_key: 0,
            schema_version: 0,
            attributes: {
              id: "arn:aws:iam::111111111111:policy/p",
              name: "p",
              arn: "arn:aws:iam::111111111111:policy/p",
              policy: "{}",
            } as never,
          },
        ],
      },
    ]),
};

function tf(args: string[], cwd: string, rc: string): { code: number; out: string } {
  const r = spawnSync("terraform", args, {
    cwd,
    encoding: "utf8",
    timeout: 180_000,
    env: {
      PATH: process.env.PATH,
      HOME: cwd,
      TF_CLI_CONFIG_FILE: rc,
      CHECKPOINT_DISABLE: "1",
      TF_IN_AUTOMATION: "1",
    },
  });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

describeWithTerraform("adopt write: removed blocks under real terraform", () => {
  it("plans to forget every released instance and destroy nothing", () => {
    const pre = terraformPrerequisites();
    if (!pre.ready) throw new Error(pre.reason);
    const olds = parseState(JSON.stringify(STATE), "old.tfstate");
    const plan = planAdoption(treeOf("empty", {}), olds, { leave: ["*"] });
    const [removed] = releaseFiles(plan, olds);
    expect(removed!.name).toBe("old.removed.tf");
    const dir = mkdtempSync(join(tmpdir(), "adopt-removed-"));
    try {
      const rc = join(dir, "offline.tfrc");
      writeFileSync(rc, offlineCliConfig(pre.mirror));
      writeFileSync(join(dir, "terraform.tfstate"), JSON.stringify(STATE));
      writeFileSync(
        join(dir, "main.tf"),
        [
          `terraform {\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "${AWS_PROVIDER_VERSION}"\n    }\n  }\n}`,
          'provider "aws" {\n  region = "us-east-1"\n  access_key = "test"\n  secret_key = "test"\n  skip_credentials_validation = true\n  skip_requesting_account_id = true\n  skip_metadata_api_check = true\n}',
          removed!.content,
        ].join("\n\n"),
      );
      const init = tf(["init", "-input=false", "-backend=false"], dir, rc);
      expect(init.out).toContain("Terraform has been successfully initialized");
      const planned = tf(["plan", "-refresh=false", "-input=false", "-lock=false", "-no-color"], dir, rc);
      expect(planned.code).toBe(0);
      expect(planned.out).toContain(
        'module.child_stack["a"].aws_iam_role.this[0] will no longer be managed by Terraform',
      );
      expect(planned.out).toContain(
        'module.child_stack["b"].aws_iam_role.this[0] will no longer be managed by Terraform',
      );
      expect(planned.out).toContain("aws_iam_policy.root[0] will no longer be managed by Terraform");
      expect(planned.out).toContain("Plan: 0 to add, 0 to change, 0 to destroy.");
      expect(planned.out).toContain("it will not delete them");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
