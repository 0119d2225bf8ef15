import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { S3Backend, TerraformStack, Testing } from "cdktf";
import type { JsonMap } from "../../config-engine/types";
import { StateBackend } from "../../constructs/state-backend";
import { parseStateBackendConfig } from "../../model/state-backend-config";
import { expectValidAgainstSchemas } from "../helpers/schema";
import { describeWithTerraform, validateAndPlan } from "../helpers/terraform";

const ACCOUNT = "111111111111";

/** The component's vars as an atmos stack would give them (label context from _defaults.yaml). */
const vars: JsonMap = {
  namespace: "acme",
  tenant: "core",
  environment: "ue1",
  stage: "root",
  region: "us-east-1",
  replica_region: "us-west-2",
  account_id: ACCOUNT,
  allowed_principal_arns: [
    `arn:aws:iam::${ACCOUNT}:role/acme-core-gbl-root-terraform`,
    `arn:aws:iam::${ACCOUNT}:role/acme-break-glass`,
  ],
  tags: { Namespace: "acme", Stage: "root" },
};

/**
 * The whole `tfstate-backend` stack after bootstrap: its own S3 backend (the helper strips it for the
 * offline plan), a primary and an aliased replica AWS provider, and the backend construct.
 */
function backendStack(extra: JsonMap = {}): TerraformStack {
  const { config } = parseStateBackendConfig({ ...vars, ...extra });
  const stack = new TerraformStack(Testing.app(), "core-ue1-root-tfstate-backend");
  new S3Backend(stack, {
    bucket: config.bucketName,
    key: "tfstate-backend/core-ue1-root/cdktf.tfstate",
    region: config.region,
    encrypt: true,
    kmsKeyId: `arn:aws:kms:us-east-1:${ACCOUNT}:key/00000000-0000-0000-0000-000000000000`,
  });
  stack.addOverride("terraform.backend.s3.use_lockfile", true);
  const assumeRole = [{ roleArn: `arn:aws:iam::${ACCOUNT}:role/acme-core-gbl-root-terraform` }];
  const provider = new AwsProvider(stack, "aws", { region: config.region, assumeRole });
  const replicaProvider = new AwsProvider(stack, "aws-replica", {
    region: config.replicaRegion,
    alias: "replica",
    assumeRole,
  });
  new StateBackend(stack, "state-backend", { ...config, provider, replicaProvider });
  return stack;
}

const everything: JsonMap = {
  mfa_delete: false,
  noncurrent_version_expiration_days: 365,
  object_lock: { mode: "GOVERNANCE", days: 30 },
  dynamodb_enabled: true,
};

describe("StateBackend stack against the provider schemas", () => {
  it("passes the schema validator with the defaults", () => {
    expectValidAgainstSchemas(backendStack());
  });

  it("passes the schema validator with lifecycle, Object Lock and a DynamoDB table", () => {
    expectValidAgainstSchemas(backendStack(everything));
  });
});

describeWithTerraform("StateBackend stack with terraform and hashicorp/aws 5.100.0", () => {
  it("validates and plans the defaults: two keys, two buckets, replication, no lifecycle", () => {
    const result = validateAndPlan(backendStack());
    expect(result.validate.diagnostics).toEqual([]);
    expect(result.validate.valid).toBe(true);
    expect(result.plan?.diagnostics).toEqual([]);
    expect(result.plan?.succeeded).toBe(true);
    // Policy documents that embed key ARNs are read at apply; everything else is a create.
    const changes = (result.plan?.changes ?? []).filter((c) => !c.startsWith("data."));
    expect(changes.filter((c) => !c.endsWith(": create"))).toEqual([]);
    const types = changes.map((c) => c.split(".")[0]).sort();
    expect(types).toEqual([
      "aws_iam_role",
      "aws_iam_role_policy",
      "aws_kms_alias",
      "aws_kms_alias",
      "aws_kms_key",
      "aws_kms_key",
      "aws_s3_bucket",
      "aws_s3_bucket",
      "aws_s3_bucket_ownership_controls",
      "aws_s3_bucket_ownership_controls",
      "aws_s3_bucket_policy",
      "aws_s3_bucket_policy",
      "aws_s3_bucket_public_access_block",
      "aws_s3_bucket_public_access_block",
      "aws_s3_bucket_replication_configuration",
      "aws_s3_bucket_server_side_encryption_configuration",
      "aws_s3_bucket_server_side_encryption_configuration",
      "aws_s3_bucket_versioning",
      "aws_s3_bucket_versioning",
    ]);
  });

  it("validates and plans lifecycle, Object Lock and the DynamoDB table", () => {
    const result = validateAndPlan(backendStack(everything));
    expect(result.validate.diagnostics).toEqual([]);
    expect(result.plan?.diagnostics).toEqual([]);
    expect(result.plan?.succeeded).toBe(true);
    const types = (result.plan?.changes ?? []).map((c) => c.split(".")[0]);
    expect(types.filter((t) => t === "aws_s3_bucket_lifecycle_configuration")).toHaveLength(2);
    expect(types.filter((t) => t === "aws_s3_bucket_object_lock_configuration")).toHaveLength(2);
    expect(types.filter((t) => t === "aws_dynamodb_table")).toHaveLength(1);
  });
});
