import { S3Backend, TerraformStack, Testing } from "cdktf";
import { DataAwsIamPolicyDocument } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketPublicAccessBlock } from "@cdktf/provider-aws/lib/s3-bucket-public-access-block";
import { S3BucketVersioningA } from "@cdktf/provider-aws/lib/s3-bucket-versioning";

import { validateSynthesized, expectValidAgainstSchemas } from "../helpers/schema";
import { type TerraformDiagnostic, describeWithTerraform, validateAndPlan } from "../helpers/terraform";

/** An AWS-only stack: a versioned, private bucket and a role, behind an s3 backend with assume_role. */
function bucketStack(breakIt?: (versioning: S3BucketVersioningA) => void): string {
  const stack = new TerraformStack(Testing.app(), "tfstate");
  new S3Backend(stack, {
    bucket: "acme-tfstate",
    key: "tfstate/terraform.tfstate",
    region: "eu-west-1",
    assumeRole: { roleArn: "arn:aws:iam::123456789012:role/tfstate" },
  });
  // cdktf 0.21's S3BackendConfig predates use_lockfile (Terraform 1.10).
  stack.addOverride("terraform.backend.s3.use_lockfile", true);
  new AwsProvider(stack, "aws", {
    region: "eu-west-1",
    assumeRole: [{ roleArn: "arn:aws:iam::123456789012:role/deployer" }],
  });
  const bucket = new S3Bucket(stack, "state", {
    bucket: "acme-tfstate-eu-west-1",
    lifecycle: { preventDestroy: true },
  });
  const versioning = new S3BucketVersioningA(stack, "versioning", {
    bucket: bucket.id,
    versioningConfiguration: { status: "Enabled" },
  });
  new S3BucketPublicAccessBlock(stack, "private", {
    bucket: bucket.id,
    blockPublicAcls: true,
    blockPublicPolicy: true,
    ignorePublicAcls: true,
    restrictPublicBuckets: true,
  });
  const trust = new DataAwsIamPolicyDocument(stack, "trust", {
    statement: [
      { actions: ["sts:AssumeRole"], principals: [{ type: "Service", identifiers: ["ec2.amazonaws.com"] }] },
    ],
  });
  new IamRole(stack, "reader", { name: "tfstate-reader", assumeRolePolicy: trust.json });
  breakIt?.(versioning);
  return Testing.synth(stack);
}

/** Resource addresses that carry errors, from terraform's diagnostics. */
function terraformErrorAddresses(diagnostics: readonly TerraformDiagnostic[]): string[] {
  return [
    ...new Set(
      diagnostics
        .filter((d) => d.severity === "error")
        .map((d) => /^resource\.([^.]+\.[^.[]+)/.exec(d.snippet?.context ?? "")?.[1] ?? "?"),
    ),
  ].sort();
}

/** Resource addresses that carry errors, from the schema validator. */
function validatorErrorAddresses(doc: object): string[] {
  return [
    ...new Set(
      validateSynthesized(doc).errors.map((e) => /^resource\.([^.]+\.[^.[]+)/.exec(e.path)?.[1] ?? "?"),
    ),
  ].sort();
}

describe("an AWS-only stack", () => {
  it("passes the schema validator", () => {
    expect(expectValidAgainstSchemas(bucketStack())).toEqual({ errors: [], warnings: [] });
  });
});

describeWithTerraform("real terraform against the offline hashicorp/aws 5.100.0 mirror", () => {
  it("validates and plans a valid stack", () => {
    const result = validateAndPlan(bucketStack());
    expect(result.validate).toMatchObject({ valid: true, diagnostics: [] });
    expect(result.plan).toMatchObject({ succeeded: true, diagnostics: [] });
    expect(result.plan?.changes).toEqual([
      "aws_iam_role.reader: create",
      "aws_s3_bucket.state: create",
      "aws_s3_bucket_public_access_block.private: create",
      "aws_s3_bucket_versioning.versioning: create",
    ]);
  });

  it("fails validation of a broken stack, and the schema validator reports the same resource", () => {
    const broken = bucketStack((v) => v.addOverride("versioning_configuration.statuss", "Enabled"));
    const result = validateAndPlan(broken);
    expect(result.validate.valid).toBe(false);
    expect(result.validate.diagnostics.map((d) => d.summary)).toContain("Extraneous JSON object property");
    expect(result.plan).toBeUndefined();
    expect(validateSynthesized(broken).errors.map((e) => e.path)).toEqual([
      "resource.aws_s3_bucket_versioning.versioning.versioning_configuration.statuss",
    ]);
  });

  it("agrees with the schema validator on which resources have body errors", () => {
    const doc = {
      terraform: { required_providers: { aws: { source: "hashicorp/aws", version: "5.100.0" } } },
      resource: {
        aws_s3_bucket: {
          unknown_attr: { bucket_prefixx: "y" },
          computed_set: { arn: "arn:aws:s3:::x" },
          fine: {},
        },
        aws_sqs_queue: { wrong_type: { delay_seconds: "abc" } },
        aws_s3_bucket_versioning: {
          nested_unknown: { bucket: "x", versioning_configuration: { status: "Enabled", foo: 1 } },
          too_many: { bucket: "x", versioning_configuration: [{ status: "Enabled" }, { status: "Enabled" }] },
          missing_required: { versioning_configuration: { status: "Enabled" } },
          too_few: { bucket: "x" },
        },
      },
    };
    const result = validateAndPlan(doc, { plan: false });
    const expected = [
      "aws_s3_bucket.computed_set",
      "aws_s3_bucket.unknown_attr",
      "aws_s3_bucket_versioning.missing_required",
      "aws_s3_bucket_versioning.nested_unknown",
      "aws_s3_bucket_versioning.too_few",
      "aws_s3_bucket_versioning.too_many",
      "aws_sqs_queue.wrong_type",
    ];
    expect(terraformErrorAddresses(result.validate.diagnostics)).toEqual(expected);
    expect(validatorErrorAddresses(doc)).toEqual(expected);
  });

  it("agrees with the schema validator on which resources have reference errors", () => {
    const queue = (name: string): { name: string } => ({ name });
    const doc = {
      terraform: { required_providers: { aws: { source: "hashicorp/aws", version: "5.100.0" } } },
      resource: {
        aws_s3_bucket: { one: { bucket: "x" }, many: { count: 2, bucket: "m${count.index}" } },
        aws_s3_bucket_versioning: { v: { bucket: "x", versioning_configuration: { status: "Enabled" } } },
        aws_sqs_queue: {
          dangling: queue("${aws_s3_bucket.nope.id}"),
          unknown_attr: queue("${aws_s3_bucket.one.bucket_arn}"),
          list_block: queue("${aws_s3_bucket_versioning.v.versioning_configuration.status}"),
          set_index: queue("${aws_s3_bucket.one.grant[0].id}"),
          instance_key: queue("${aws_s3_bucket.many.id}"),
          undeclared_var: queue("${var.nope}"),
          each_outside: queue("${each.key}"),
          unknown_function: queue('${jion(",", [])}'),
          fine: queue(
            '${upper(aws_s3_bucket.one.id)}-${aws_s3_bucket.many[0].arn}-${join(",", aws_s3_bucket.one.grant[*].id)}',
          ),
        },
      },
    };
    const result = validateAndPlan(doc, { plan: false });
    const expected = [
      "aws_sqs_queue.dangling",
      "aws_sqs_queue.each_outside",
      "aws_sqs_queue.instance_key",
      "aws_sqs_queue.list_block",
      "aws_sqs_queue.set_index",
      "aws_sqs_queue.undeclared_var",
      "aws_sqs_queue.unknown_attr",
      "aws_sqs_queue.unknown_function",
    ];
    expect(terraformErrorAddresses(result.validate.diagnostics)).toEqual(expected);
    expect(validatorErrorAddresses(doc)).toEqual(expected);
  });
});
