/**
 * What the state backend tells its users: the atmos backend settings that point at it, and the
 * root-only command that enables MFA delete. Output names are fixed (not construct-path derived)
 * because atmos users read them with `atmos terraform output`.
 */
import { Fn, TerraformOutput } from "cdktf";
import type { Construct } from "constructs";

/** Settings of Terraform's `s3` backend pointing at one of the state buckets. */
export interface S3BackendSettings {
  readonly bucket: string;
  readonly region: string;
  /** Always true: state and lock files are encrypted with `kmsKeyId`. */
  readonly encrypt: true;
  /** KMS key ARN; the bucket policy refuses uploads that name another key. */
  readonly kmsKeyId: string;
  /** State object key below `<workspace_key_prefix>/<workspace>/`; atmos derives the prefix per component. */
  readonly key: string;
  /** S3 lock files (Terraform >= 1.10). */
  readonly useLockfile: boolean;
  /** DynamoDB lock table, when one exists. */
  readonly dynamodbTable?: string;
}

/** The `terraform.backend.s3` map of atmos (snake_case keys, as atmos writes them into backend.tf.json). */
export function atmosBackendMap(s: S3BackendSettings): Record<string, string | boolean> {
  return {
    bucket: s.bucket,
    region: s.region,
    encrypt: s.encrypt,
    kms_key_id: s.kmsKeyId,
    key: s.key,
    ...(s.useLockfile && { use_lockfile: true }),
    ...(s.dynamodbTable !== undefined && { dynamodb_table: s.dynamodbTable }),
  };
}

/** Placeholder for the six-digit code shown by the root user's MFA device. */
export const MFA_CODE_PLACEHOLDER = "<mfa-code>";

/**
 * The `aws s3api` command that enables MFA delete on a bucket. Only the account root, signed in with
 * its MFA device, may run it; `root-account-mfa-device` is the serial of a root virtual MFA device
 * (replace the ARN with the device's serial number or ARN for other devices).
 */
export function mfaDeleteCommand(input: {
  readonly bucket: string;
  readonly region: string;
  readonly partition: string;
  readonly accountId: string;
}): string {
  const device = `arn:${input.partition}:iam::${input.accountId}:mfa/root-account-mfa-device`;
  return (
    `aws s3api put-bucket-versioning --bucket ${input.bucket} --region ${input.region}` +
    ` --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "${device} ${MFA_CODE_PLACEHOLDER}"`
  );
}

/** Values published as Terraform outputs. */
export interface StateBackendOutputValues {
  readonly primary: S3BackendSettings;
  readonly replica: S3BackendSettings;
  readonly bucketArn: string;
  readonly replicaBucketArn: string;
  readonly replicationRoleArn: string;
  /** Present when the buckets are meant to get MFA delete. */
  readonly mfaDeleteCommands?: { readonly primary: string; readonly replica: string };
}

/** Adds the state backend's outputs to `scope`'s stack under fixed names. */
export function addStateBackendOutputs(scope: Construct, v: StateBackendOutputValues): void {
  const out = (name: string, value: unknown, description: string): void => {
    new TerraformOutput(scope, name, { value, description }).overrideLogicalId(name);
  };
  out("bucket_name", v.primary.bucket, "State bucket");
  out("bucket_arn", v.bucketArn, "State bucket ARN");
  out("region", v.primary.region, "Region of the state bucket");
  out("kms_key_arn", v.primary.kmsKeyId, "KMS key encrypting the state bucket");
  out("replica_bucket_name", v.replica.bucket, "Replica of the state bucket in the second region");
  out("replica_bucket_arn", v.replicaBucketArn, "Replica bucket ARN");
  out("replica_region", v.replica.region, "Region of the replica bucket");
  out("replica_kms_key_arn", v.replica.kmsKeyId, "KMS key encrypting the replica bucket");
  out("replication_role_arn", v.replicationRoleArn, "IAM role S3 replication assumes");
  if (v.primary.dynamodbTable !== undefined) {
    out("lock_table_name", v.primary.dynamodbTable, "DynamoDB state lock table");
  }
  out("backend_config", atmosBackendMap(v.primary), "atmos `terraform.backend.s3` settings for this backend");
  out(
    "replica_backend_config",
    atmosBackendMap(v.replica),
    "atmos `terraform.backend.s3` settings to read state from the replica when the primary region is down",
  );
  out(
    "atmos_backend_yaml",
    Fn.yamlencode({ terraform: { backend_type: "s3", backend: { s3: atmosBackendMap(v.primary) } } }),
    "Paste into the stacks' _defaults.yaml; atmos adds workspace_key_prefix per component",
  );
  if (v.mfaDeleteCommands !== undefined) {
    const how = `Run as the account root with its MFA device; replace ${MFA_CODE_PLACEHOLDER} with the current code`;
    out("mfa_delete_command", v.mfaDeleteCommands.primary, `${how} (state bucket)`);
    out("replica_mfa_delete_command", v.mfaDeleteCommands.replica, `${how} (replica bucket)`);
  }
}
