import { DataAwsCallerIdentity } from "@cdktf/provider-aws/lib/data-aws-caller-identity";
import { DynamodbTable } from "@cdktf/provider-aws/lib/dynamodb-table";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { KmsAlias } from "@cdktf/provider-aws/lib/kms-alias";
import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { S3BucketReplicationConfigurationA } from "@cdktf/provider-aws/lib/s3-bucket-replication-configuration";
import { TerraformStack, Testing } from "cdktf";
// Declares the cdktf jest matchers (toHaveResourceWithProperties, …) for the type checker.
import type {} from "cdktf/lib/testing/adapters/jest";
import type { Construct } from "constructs";
import { isDiagnosticError } from "../../config-engine/diagnostics";
import { StateBackend, type StateBackendProps } from "../../constructs/state-backend";
import { expectValidAgainstSchemas } from "../helpers/schema";
import { synthScopeValidated } from "../helpers/synth";

const ACCOUNT = "111111111111";
const ROLE = `arn:aws:iam::${ACCOUNT}:role/terraform`;
const PRIMARY = "acme-tfstate";
const REPLICA = "acme-tfstate-replica";

type Block = Record<string, unknown>;
interface TfJson {
  resource: Record<string, Record<string, Block>>;
  data?: Record<string, Record<string, Block>>;
  output: Record<string, { value: unknown; description?: string }>;
}

type Overrides = Partial<Omit<StateBackendProps, "provider" | "replicaProvider">>;

function addBackend(scope: Construct, overrides: Overrides = {}): StateBackend {
  const provider = new AwsProvider(scope, "aws", { region: "us-east-1" });
  const replicaProvider = new AwsProvider(scope, "aws-replica", { region: "us-west-2", alias: "replica" });
  return new StateBackend(scope, "state-backend", {
    provider,
    replicaProvider,
    bucketName: PRIMARY,
    region: "us-east-1",
    replicaRegion: "us-west-2",
    allowedPrincipalArns: [ROLE],
    accountId: ACCOUNT,
    ...overrides,
  });
}

/** Synthesizes the backend and checks the result against the provider schemas. */
function synth(overrides: Overrides = {}): string {
  const text = synthScopeValidated((scope) => {
    addBackend(scope, overrides);
  });
  expectValidAgainstSchemas(text);
  return text;
}

function parse(json: string): TfJson {
  return JSON.parse(json) as TfJson;
}

/** The resource of `type` configured for the bucket named `bucketName` (via `bucket = aws_s3_bucket.x.id`). */
function forBucket(doc: TfJson, type: string, bucketName: string): Block | undefined {
  const buckets = doc.resource["aws_s3_bucket"] ?? {};
  const id = Object.keys(buckets).find((k) => buckets[k]?.["bucket"] === bucketName);
  return Object.values(doc.resource[type] ?? {}).find((r) => r["bucket"] === `\${aws_s3_bucket.${id}.id}`);
}

/** The `aws_s3_bucket` resource named `bucketName`. */
function bucket(doc: TfJson, bucketName: string): Block | undefined {
  return Object.values(doc.resource["aws_s3_bucket"] ?? {}).find((b) => b["bucket"] === bucketName);
}

/** The `aws_iam_policy_document` behind a `${data.aws_iam_policy_document.x.json}` reference. */
function policyDocument(doc: TfJson, ref: unknown): Block | undefined {
  const id = /^\$\{data\.aws_iam_policy_document\.(.+)\.json\}$/.exec(String(ref))?.[1];
  return id === undefined ? undefined : doc.data?.["aws_iam_policy_document"]?.[id];
}

/** The statement with `sid` in the policy document behind `ref`. */
function statement(doc: TfJson, ref: unknown, sid: string): Block | undefined {
  const statements = (policyDocument(doc, ref)?.["statement"] ?? []) as Block[];
  return statements.find((s) => s["sid"] === sid);
}

function count(doc: TfJson, type: string): number {
  return Object.keys(doc.resource[type] ?? {}).length;
}

const BOTH = [PRIMARY, REPLICA];

describe("StateBackend", () => {
  it.each(BOTH)("enables versioning on %s", (name) => {
    expect(forBucket(parse(synth()), "aws_s3_bucket_versioning", name)).toMatchObject({
      versioning_configuration: { status: "Enabled" },
    });
  });

  it.each(BOTH)("leaves mfa_delete to the account root on %s", (name) => {
    const versioning = forBucket(parse(synth()), "aws_s3_bucket_versioning", name);
    expect(versioning?.["versioning_configuration"]).not.toHaveProperty("mfa_delete");
    expect(versioning).not.toHaveProperty("mfa");
  });

  it.each(BOTH)("encrypts %s with its own KMS key and a bucket key", (name) => {
    const doc = parse(synth());
    const keyId = Object.keys(doc.resource["aws_kms_key"] ?? {}).find((k) =>
      String(doc.resource["aws_kms_key"]?.[k]?.["description"]).endsWith(`s3://${name}`),
    );
    expect(forBucket(doc, "aws_s3_bucket_server_side_encryption_configuration", name)).toMatchObject({
      rule: [
        {
          apply_server_side_encryption_by_default: {
            sse_algorithm: "aws:kms",
            kms_master_key_id: `\${aws_kms_key.${keyId}.arn}`,
          },
          bucket_key_enabled: true,
        },
      ],
    });
  });

  it.each(BOTH)("blocks all public access to %s", (name) => {
    expect(forBucket(parse(synth()), "aws_s3_bucket_public_access_block", name)).toMatchObject({
      block_public_acls: true,
      block_public_policy: true,
      ignore_public_acls: true,
      restrict_public_buckets: true,
    });
  });

  it.each(BOTH)("denies requests to %s without TLS", (name) => {
    const doc = parse(synth());
    const policy = forBucket(doc, "aws_s3_bucket_policy", name)?.["policy"];
    expect(statement(doc, policy, "DenyInsecureTransport")).toEqual({
      sid: "DenyInsecureTransport",
      effect: "Deny",
      principals: [{ type: "*", identifiers: ["*"] }],
      actions: ["s3:*"],
      resources: [`arn:aws:s3:::${name}`, `arn:aws:s3:::${name}/*`],
      condition: [{ test: "Bool", variable: "aws:SecureTransport", values: ["false"] }],
    });
  });

  it.each(BOTH)("refuses uploads to %s that ask for another encryption or key", (name) => {
    const doc = parse(synth());
    const policy = forBucket(doc, "aws_s3_bucket_policy", name)?.["policy"];
    expect(statement(doc, policy, "DenyOtherEncryption")).toMatchObject({
      effect: "Deny",
      actions: ["s3:PutObject"],
      condition: [{ test: "StringNotEqualsIfExists", values: ["aws:kms"] }],
    });
    expect(statement(doc, policy, "DenyOtherKmsKeys")).toMatchObject({
      effect: "Deny",
      condition: [{ variable: "s3:x-amz-server-side-encryption-aws-kms-key-id" }],
    });
  });

  it.each(BOTH)("grants the state principals access to %s in its bucket policy", (name) => {
    const doc = parse(synth());
    const policy = forBucket(doc, "aws_s3_bucket_policy", name)?.["policy"];
    expect(statement(doc, policy, "StateObjects")).toMatchObject({
      effect: "Allow",
      principals: [{ type: "AWS", identifiers: [ROLE] }],
      resources: [`arn:aws:s3:::${name}/*`],
    });
  });

  it.each(BOTH)("disables ACLs on %s (BucketOwnerEnforced)", (name) => {
    expect(forBucket(parse(synth()), "aws_s3_bucket_ownership_controls", name)).toMatchObject({
      rule: { object_ownership: "BucketOwnerEnforced" },
    });
  });

  it.each(BOTH)("never force-destroys %s and refuses to plan its destruction", (name) => {
    expect(bucket(parse(synth()), name)).toMatchObject({
      force_destroy: false,
      lifecycle: { prevent_destroy: true },
    });
  });

  it("replicates to the replica bucket with delete markers and KMS re-encryption", () => {
    const doc = parse(synth());
    const replicaBucketId = Object.keys(doc.resource["aws_s3_bucket"] ?? {}).find(
      (k) => doc.resource["aws_s3_bucket"]?.[k]?.["bucket"] === REPLICA,
    );
    const replication = forBucket(doc, "aws_s3_bucket_replication_configuration", PRIMARY);
    expect(replication).toMatchObject({
      rule: [
        {
          status: "Enabled",
          filter: {},
          delete_marker_replication: { status: "Enabled" },
          source_selection_criteria: { sse_kms_encrypted_objects: { status: "Enabled" } },
          destination: {
            bucket: `\${aws_s3_bucket.${replicaBucketId}.arn}`,
            encryption_configuration: {
              replica_kms_key_id: expect.stringMatching(/^\$\{aws_kms_key\..*replica.*\.arn\}$/),
            },
          },
        },
      ],
    });
  });

  it("turns replication on only after versioning is enabled on both buckets", () => {
    const doc = parse(synth());
    const replication = forBucket(doc, "aws_s3_bucket_replication_configuration", PRIMARY);
    const versioning = Object.keys(doc.resource["aws_s3_bucket_versioning"] ?? {}).map(
      (k) => `aws_s3_bucket_versioning.${k}`,
    );
    expect(versioning).toHaveLength(2);
    expect(replication?.["depends_on"]).toEqual(expect.arrayContaining(versioning));
  });

  it("lets S3 alone assume the replication role, with least-privilege permissions", () => {
    const doc = parse(synth());
    const role = Object.values(doc.resource["aws_iam_role"] ?? {})[0];
    expect(statement(doc, role?.["assume_role_policy"], "S3AssumesReplicationRole")).toMatchObject({
      principals: [{ type: "Service", identifiers: ["s3.amazonaws.com"] }],
      actions: ["sts:AssumeRole"],
    });
    const policy = Object.values(doc.resource["aws_iam_role_policy"] ?? {})[0]?.["policy"];
    const statements = (policyDocument(doc, policy)?.["statement"] ?? []) as Block[];
    const actions = statements.flatMap((s) => s["actions"] as string[]);
    expect(actions.filter((a) => a.includes("*"))).toEqual([]);
    expect(statement(doc, policy, "WriteReplicas")).toMatchObject({
      actions: ["s3:ReplicateDelete", "s3:ReplicateObject", "s3:ReplicateTags"],
      resources: [`arn:aws:s3:::${REPLICA}/*`],
    });
  });

  it("names the replication role after the bucket", () => {
    expect(synth()).toHaveResourceWithProperties(IamRole, { name: `${PRIMARY}-replication` });
  });

  it("rotates both KMS keys with a 30-day deletion window by default", () => {
    const doc = parse(synth());
    const keys = Object.values(doc.resource["aws_kms_key"] ?? {});
    expect(keys).toHaveLength(2);
    for (const key of keys) {
      expect(key).toMatchObject({ enable_key_rotation: true, deletion_window_in_days: 30 });
    }
  });

  it("gives each KMS key an alias named after its bucket", () => {
    const json = synth();
    expect(json).toHaveResourceWithProperties(KmsAlias, { name: `alias/${PRIMARY}` });
    expect(json).toHaveResourceWithProperties(KmsAlias, { name: `alias/${REPLICA}` });
  });

  it("lets the account administer the key but not decrypt state", () => {
    const doc = parse(synth());
    const key = Object.values(doc.resource["aws_kms_key"] ?? {})[0];
    const admin = statement(doc, key?.["policy"], "KeyAdministration");
    expect(admin).toMatchObject({
      principals: [{ type: "AWS", identifiers: [`arn:aws:iam::${ACCOUNT}:root`] }],
    });
    expect(admin?.["actions"]).not.toEqual(expect.arrayContaining(["kms:Decrypt"]));
    expect(admin?.["actions"]).not.toEqual(expect.arrayContaining(["kms:*"]));
  });

  it("lets the state principals use the key only through S3 in the key's region", () => {
    const doc = parse(synth());
    const primaryKey = Object.values(doc.resource["aws_kms_key"] ?? {}).find((k) =>
      String(k["description"]).endsWith(`s3://${PRIMARY}`),
    );
    expect(statement(doc, primaryKey?.["policy"], "StateAccessThroughS3")).toMatchObject({
      principals: [{ type: "AWS", identifiers: [ROLE] }],
      actions: expect.arrayContaining(["kms:Decrypt", "kms:GenerateDataKey*"]),
      condition: [
        { test: "StringEquals", variable: "kms:ViaService", values: ["s3.us-east-1.amazonaws.com"] },
      ],
    });
  });

  it("names the replication role in both key policies and creates the keys after it", () => {
    const doc = parse(synth());
    const roleId = Object.keys(doc.resource["aws_iam_role"] ?? {})[0];
    for (const key of Object.values(doc.resource["aws_kms_key"] ?? {})) {
      expect(statement(doc, key["policy"], "Replication")).toMatchObject({
        principals: [{ type: "AWS", identifiers: [`arn:aws:iam::${ACCOUNT}:role/${PRIMARY}-replication`] }],
      });
      expect(key["depends_on"]).toEqual([`aws_iam_role.${roleId}`]);
    }
  });

  it("reads the account id from the caller identity when none is given", () => {
    const json = synth({ accountId: undefined });
    expect(json).toHaveDataSourceWithProperties(DataAwsCallerIdentity, {});
    expect(parse(json).output["mfa_delete_command"]?.value).toContain("${data.aws_caller_identity.");
  });

  it("does not read the caller identity when the account id is given", () => {
    expect(parse(synth()).data?.["aws_caller_identity"]).toBeUndefined();
  });

  it("keeps noncurrent versions without a lifecycle rule by default (MFA delete)", () => {
    expect(count(parse(synth()), "aws_s3_bucket_lifecycle_configuration")).toBe(0);
  });

  it.each(BOTH)("expires noncurrent versions of %s after 90 days without MFA delete", (name) => {
    expect(
      forBucket(parse(synth({ mfaDelete: false })), "aws_s3_bucket_lifecycle_configuration", name),
    ).toMatchObject({
      rule: [
        {
          status: "Enabled",
          filter: [{}],
          noncurrent_version_expiration: [{ noncurrent_days: 90 }],
          abort_incomplete_multipart_upload: [{ days_after_initiation: 7 }],
        },
      ],
    });
  });

  it("expires noncurrent versions after the configured number of days", () => {
    const doc = parse(synth({ mfaDelete: false, noncurrentVersionExpirationDays: 400 }));
    expect(forBucket(doc, "aws_s3_bucket_lifecycle_configuration", PRIMARY)).toMatchObject({
      rule: [{ noncurrent_version_expiration: [{ noncurrent_days: 400 }] }],
    });
  });

  it("creates no Object Lock by default", () => {
    const doc = parse(synth());
    expect(count(doc, "aws_s3_bucket_object_lock_configuration")).toBe(0);
    expect(bucket(doc, PRIMARY)).not.toHaveProperty("object_lock_enabled");
  });

  it.each(BOTH)("locks objects in %s when Object Lock is configured", (name) => {
    const doc = parse(synth({ objectLock: { mode: "GOVERNANCE", days: 30 } }));
    expect(bucket(doc, name)).toMatchObject({ object_lock_enabled: true });
    expect(forBucket(doc, "aws_s3_bucket_object_lock_configuration", name)).toMatchObject({
      rule: { default_retention: { mode: "GOVERNANCE", days: 30 } },
    });
  });

  it("lets replication read Object Lock retention when Object Lock is configured", () => {
    const doc = parse(synth({ objectLock: { mode: "COMPLIANCE", days: 7 } }));
    const policy = Object.values(doc.resource["aws_iam_role_policy"] ?? {})[0]?.["policy"];
    expect(statement(doc, policy, "ReadSourceVersions")?.["actions"]).toEqual(
      expect.arrayContaining(["s3:GetObjectLegalHold", "s3:GetObjectRetention"]),
    );
  });

  it("creates no DynamoDB table by default", () => {
    expect(count(parse(synth()), "aws_dynamodb_table")).toBe(0);
  });

  it("creates an on-demand, encrypted, recoverable lock table when asked", () => {
    expect(synth({ lockTable: {} })).toHaveResourceWithProperties(DynamodbTable, {
      name: `${PRIMARY}-lock`,
      billing_mode: "PAY_PER_REQUEST",
      hash_key: "LockID",
      attribute: [{ name: "LockID", type: "S" }],
      point_in_time_recovery: { enabled: true },
      server_side_encryption: { enabled: true },
      deletion_protection_enabled: true,
    });
  });

  it("outputs the exact root-only MFA delete command for both buckets", () => {
    const out = parse(synth()).output;
    expect(out["mfa_delete_command"]?.value).toBe(
      `aws s3api put-bucket-versioning --bucket ${PRIMARY} --region us-east-1 ` +
        `--versioning-configuration Status=Enabled,MFADelete=Enabled ` +
        `--mfa "arn:aws:iam::${ACCOUNT}:mfa/root-account-mfa-device <mfa-code>"`,
    );
    expect(out["replica_mfa_delete_command"]?.value).toContain(`--bucket ${REPLICA} --region us-west-2 `);
  });

  it("outputs no MFA delete command when MFA delete is not wanted", () => {
    expect(parse(synth({ mfaDelete: false })).output).not.toHaveProperty("mfa_delete_command");
  });

  it("outputs the atmos backend settings with S3 lock files", () => {
    expect(parse(synth()).output["backend_config"]?.value).toEqual({
      bucket: PRIMARY,
      region: "us-east-1",
      encrypt: true,
      kms_key_id: expect.stringMatching(/^\$\{aws_kms_key\..*\.arn\}$/),
      key: "terraform.tfstate",
      use_lockfile: true,
    });
  });

  it("outputs the DynamoDB table instead of lock files when asked", () => {
    const doc = parse(synth({ useLockfile: false, lockTable: { name: "locks" } }));
    expect(doc.output["backend_config"]?.value).toMatchObject({
      dynamodb_table: expect.stringMatching(/^\$\{aws_dynamodb_table\..*\.name\}$/),
    });
    expect(doc.output["backend_config"]?.value).not.toHaveProperty("use_lockfile");
    expect(doc.output["lock_table_name"]).toBeDefined();
  });

  it("outputs the replica's backend settings for reading state during a regional outage", () => {
    expect(parse(synth({ lockTable: {} })).output["replica_backend_config"]?.value).toEqual({
      bucket: REPLICA,
      region: "us-west-2",
      encrypt: true,
      kms_key_id: expect.stringMatching(/^\$\{aws_kms_key\..*replica.*\.arn\}$/),
      key: "terraform.tfstate",
      use_lockfile: true,
    });
  });

  it("outputs the atmos backend as YAML", () => {
    expect(parse(synth()).output["atmos_backend_yaml"]?.value).toMatch(/^\$\{yamlencode\(/);
  });

  it("puts the primary resources on the primary provider and the replica ones on the replica provider", () => {
    const doc = parse(synth());
    expect(bucket(doc, PRIMARY)?.["provider"]).toBe("aws");
    expect(bucket(doc, REPLICA)?.["provider"]).toBe("aws.replica");
    expect(
      Object.values(doc.resource[S3BucketReplicationConfigurationA.tfResourceType] ?? {})[0]?.["provider"],
    ).toBe("aws");
  });

  it("tags every taggable resource", () => {
    const json = synth({ tags: { team: "platform" }, lockTable: {} });
    expect(json).toHaveResourceWithProperties(KmsKey, { tags: { team: "platform" } });
    expect(json).toHaveResourceWithProperties(IamRole, { tags: { team: "platform" } });
    expect(json).toHaveResourceWithProperties(DynamodbTable, { tags: { team: "platform" } });
    expect(bucket(parse(json), REPLICA)).toMatchObject({ tags: { team: "platform" } });
  });
});

describe("StateBackend input checks", () => {
  function messages(overrides: Overrides): string[] {
    try {
      synth(overrides);
    } catch (e) {
      if (isDiagnosticError(e)) return e.diagnostics.map((d) => `${d.code} ${d.message}`);
      throw e;
    }
    throw new Error("expected the StateBackend to be refused");
  }

  it.each<[string, Overrides, RegExp]>([
    [
      "the bucket name has dots",
      { bucketName: "acme.tfstate" },
      /INVALID_PROP .*`bucketName`: "acme\.tfstate" may contain only/,
    ],
    ["the replica name is too long", { bucketName: "a".repeat(60) }, /INVALID_PROP .*`replicaBucketName`/],
    [
      "the regions are equal",
      { replicaRegion: "us-east-1" },
      /CONFLICTING_PROPS .*`replicaRegion`: equals `region`/,
    ],
    ["the region is not a region", { region: "useast1" }, /INVALID_PROP .*`region`/],
    ["the account id is malformed", { accountId: "1234" }, /INVALID_PROP .*`accountId`/],
    [
      "no principal may use the state",
      { allowedPrincipalArns: [] },
      /INVALID_PROP .*`allowedPrincipalArns`: is empty/,
    ],
    [
      "a principal is not a role or user",
      { allowedPrincipalArns: ["arn:aws:iam::111111111111:root"] },
      /`allowedPrincipalArns\[0\]`/,
    ],
    [
      "the KMS deletion window is too short",
      { kmsDeletionWindowInDays: 5 },
      /`kmsDeletionWindowInDays`: must be a whole number from 7 to 30, got 5/,
    ],
    [
      "noncurrent versions should expire on MFA-delete buckets",
      { noncurrentVersionExpirationDays: 30 },
      /CONFLICTING_PROPS .*lifecycle rules/,
    ],
    ["nothing locks the state", { useLockfile: false }, /CONFLICTING_PROPS .*`useLockfile`/],
    [
      "the Object Lock retention is not a whole number",
      { objectLock: { mode: "GOVERNANCE", days: 1.5 } },
      /`objectLock.days`/,
    ],
    ["the replication role name is too long", { bucketName: "b".repeat(53) }, /`replicationRoleName`/],
  ])("fails when %s", (_what, overrides, expected) => {
    expect(messages(overrides)).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });

  it("names the construct path in every message", () => {
    expect(messages({ accountId: "1234" })).toEqual([
      expect.stringContaining("[stack/state-backend] StateBackend `accountId`"),
    ]);
  });

  it("reports every problem at once", () => {
    expect(
      messages({ accountId: "1234", kmsDeletionWindowInDays: 99, allowedPrincipalArns: [] }),
    ).toHaveLength(3);
  });

  function withProviders(primaryRegion: string | undefined, replica: "same" | "other"): () => void {
    return () =>
      synthScopeValidated((scope) => {
        const provider = new AwsProvider(
          scope,
          "aws",
          primaryRegion === undefined ? {} : { region: primaryRegion },
        );
        const replicaProvider =
          replica === "same"
            ? provider
            : new AwsProvider(scope, "aws-replica", { region: "us-west-2", alias: "replica" });
        new StateBackend(scope, "state-backend", {
          provider,
          replicaProvider,
          bucketName: PRIMARY,
          region: "us-east-1",
          replicaRegion: "us-west-2",
          allowedPrincipalArns: [ROLE],
        });
      });
  }

  it("fails when the primary provider is configured for another region", () => {
    expect(withProviders("eu-west-1", "other")).toThrow(/`provider`: is configured for region "eu-west-1"/);
  });

  it("fails when the primary provider has no region", () => {
    expect(withProviders(undefined, "other")).toThrow(/`provider`: has no `region`/);
  });

  it("fails when both buckets would use the same provider", () => {
    expect(withProviders("us-east-1", "same")).toThrow(/`replicaProvider`: is the same provider/);
  });

  it("fails when the stack already has a StateBackend", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "tfstate");
    const first = addBackend(stack);
    expect(
      () =>
        new StateBackend(stack, "second", {
          provider: first.primary.bucket.provider as AwsProvider,
          replicaProvider: first.replica.bucket.provider as AwsProvider,
          bucketName: "other-tfstate",
          region: "us-east-1",
          replicaRegion: "us-west-2",
          allowedPrincipalArns: [ROLE],
        }),
    ).toThrow(/DUPLICATE_CONSTRUCT|already has a StateBackend/);
  });
});
