/**
 * The accepted keys of the `tfstate-backend` component's vars: their types (zod), the Cloud Posse
 * names refused because they would weaken the backend or are not offered, and the naming rules.
 * `state-backend-config.ts` turns them into a `StateBackendConfig`.
 */
import { z } from "zod";
import type { JsonMap } from "../config-engine/types";
import { nullLabelId } from "./null-label";

/** IAM role or user ARN, the only principals allowed to use the state. */
export const PRINCIPAL_ARN_PATTERN = /^arn:aws(-[a-z]+)*:iam::\d{12}:(role|user)\/[\w+=,.@/-]+$/;
/** Twelve-digit AWS account id. */
export const ACCOUNT_ID_PATTERN = /^\d{12}$/;
/** AWS region code such as `us-east-1` or `us-gov-west-1`. */
export const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d+$/;
/** IAM role name characters and length. */
export const ROLE_NAME_PATTERN = /^[\w+=,.@-]{1,64}$/;

const BUCKET_PREFIXES = ["xn--", "sthree-", "amzn-s3-demo-"];
const BUCKET_SUFFIXES = ["-s3alias", "--ol-s3", "--x-s3", "--table-s3"];

/**
 * Why `name` cannot be a state bucket name, or undefined when it can. Dots are refused although S3
 * allows them: they break the certificate of virtual-hosted TLS endpoints, and the bucket is TLS-only.
 */
export function bucketNameProblem(name: string): string | undefined {
  if (name.length < 3 || name.length > 63) return `must be 3 to 63 characters long (${name.length})`;
  if (!/^[a-z0-9][a-z0-9-]*[a-z0-9]$/.test(name)) {
    return "may contain only lowercase letters, digits and hyphens, and must start and end with a letter or digit";
  }
  const prefix = BUCKET_PREFIXES.find((p) => name.startsWith(p));
  if (prefix) return `must not start with the reserved prefix "${prefix}"`;
  const suffix = BUCKET_SUFFIXES.find((s) => name.endsWith(s));
  if (suffix) return `must not end with the reserved suffix "${suffix}"`;
  return undefined;
}

const bool = z.boolean({ error: "must be true or false" });
const str = z.string({ error: "must be a string" });
const int = (min: number, max: number): z.ZodNumber =>
  z
    .number({ error: "must be a number" })
    .int({ error: "must be a whole number" })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });

/** Every accepted key; Cloud Posse `tfstate-backend` names where they exist. */
export const varsSchema = z
  .object({
    // Cloud Posse null-label context (context.tf): set globally in atmos stacks, names the bucket.
    namespace: str,
    tenant: str,
    environment: str,
    stage: str,
    name: str,
    attributes: z.array(str, { error: "must be a list of strings" }),
    delimiter: str,
    enabled: bool,
    tags: z.record(z.string(), str, { error: "must be a map of strings" }),
    label_order: z.unknown(),
    regex_replace_chars: z.unknown(),
    id_length_limit: z.unknown(),
    label_key_case: z.unknown(),
    label_value_case: z.unknown(),
    descriptor_formats: z.unknown(),
    labels_as_tags: z.unknown(),
    additional_tag_map: z.unknown(),
    context: z.unknown(),
    // Cloud Posse tfstate-backend variables.
    region: str.regex(REGION_PATTERN, { error: "must be an AWS region such as us-east-1" }),
    s3_bucket_name: str,
    force_destroy: bool,
    prevent_unencrypted_uploads: bool,
    enable_public_access_block: bool,
    block_public_acls: bool,
    ignore_public_acls: bool,
    block_public_policy: bool,
    restrict_public_buckets: bool,
    bucket_ownership_enforced_enabled: bool,
    s3_replication_enabled: bool,
    bucket_enabled: bool,
    sse_encryption: str,
    acl: str,
    mfa_delete: bool,
    arn_format: str.regex(/^arn:aws(-[a-z]+)*$/, { error: 'must look like "arn:aws" or "arn:aws-us-gov"' }),
    permissions_boundary: str,
    s3_state_lock_enabled: bool,
    dynamodb_enabled: bool,
    dynamodb_table_name: str.regex(/^[\w.-]{3,255}$/, { error: "must be a valid DynamoDB table name" }),
    billing_mode: str,
    enable_point_in_time_recovery: bool,
    deletion_protection_enabled: bool,
    // Keys of this implementation.
    replica_region: str.regex(REGION_PATTERN, { error: "must be an AWS region such as us-west-2" }),
    replica_bucket_name: str,
    allowed_principal_arns: z.array(
      str.regex(PRINCIPAL_ARN_PATTERN, { error: "must be an IAM role or user ARN" }),
      { error: "must be a list of IAM role or user ARNs" },
    ),
    account_id: str.regex(ACCOUNT_ID_PATTERN, { error: "must be a 12-digit AWS account id" }),
    kms_deletion_window_in_days: int(7, 30),
    noncurrent_version_expiration_days: int(1, 36500),
    object_lock: z.strictObject(
      {
        mode: z.enum(["GOVERNANCE", "COMPLIANCE"], { error: "must be GOVERNANCE or COMPLIANCE" }),
        days: int(1, 36500),
      },
      { error: "must be a map with exactly `mode` and `days`" },
    ),
    replication_role_name: str.regex(ROLE_NAME_PATTERN, {
      error: "must be a valid IAM role name (1-64 characters)",
    }),
  })
  .partial();

/** The vars after type checking. */
export type StateBackendVars = z.infer<typeof varsSchema>;
/** A key of {@link StateBackendVars}. */
export type StateBackendVarKey = keyof StateBackendVars;

/** Every accepted key, sorted. */
export const KNOWN_KEYS: readonly string[] = Object.keys(varsSchema.shape).sort();

/** Settings whose weaker value is refused: the value this backend always has, and why. */
export const HARDENED: Partial<Record<StateBackendVarKey, { required: boolean | string; why: string }>> = {
  enabled: {
    required: true,
    why: "disabling the component would destroy the keys and roles the state depends on",
  },
  bucket_enabled: { required: true, why: "this component exists to create the state bucket" },
  force_destroy: {
    required: false,
    why: "state versions are the recovery path and must never be deleted with the bucket",
  },
  prevent_unencrypted_uploads: {
    required: true,
    why: "uploads must not request weaker encryption than the state key",
  },
  enable_public_access_block: { required: true, why: "state holds secrets; public access is always blocked" },
  block_public_acls: { required: true, why: "state holds secrets; public access is always blocked" },
  ignore_public_acls: { required: true, why: "state holds secrets; public access is always blocked" },
  block_public_policy: { required: true, why: "state holds secrets; public access is always blocked" },
  restrict_public_buckets: { required: true, why: "state holds secrets; public access is always blocked" },
  bucket_ownership_enforced_enabled: { required: true, why: "ACLs stay disabled (BucketOwnerEnforced)" },
  s3_replication_enabled: { required: true, why: "cross-region replication is part of disaster continuity" },
  sse_encryption: { required: "aws:kms", why: "state is encrypted with this backend's KMS key" },
  acl: { required: "private", why: "ACLs are disabled by BucketOwnerEnforced" },
  billing_mode: { required: "PAY_PER_REQUEST", why: "the lock table is on-demand only" },
};

/** Cloud Posse keys this implementation does not offer, with what to do instead. */
export const UNSUPPORTED: Partial<Record<string, string>> = {
  access_roles: "list the principals allowed to use the state in `allowed_principal_arns`",
  access_roles_enabled: "list the principals allowed to use the state in `allowed_principal_arns`",
  account_map: "list the principals allowed to use the state in `allowed_principal_arns`",
  use_organization_id: "list the principals allowed to use the state in `allowed_principal_arns`",
  s3_replica_bucket_arn:
    "the replica bucket is created by this component: set `replica_region` (and `replica_bucket_name`)",
  kms_master_key_id: "the component creates its own KMS keys with a key policy; remove the key",
  source_policy_documents: "the bucket policy is fixed; grant access through `allowed_principal_arns`",
  logging: "server access logging is not offered; use CloudTrail data events for audit",
  read_capacity: "the lock table is PAY_PER_REQUEST",
  write_capacity: "the lock table is PAY_PER_REQUEST",
  profile: "configure credentials in the stack's `providers` section",
  role_arn: "configure the assumed role in the stack's `providers` section",
  terraform_backend_config_file_name:
    "use the `atmos_backend_yaml` output instead of a generated backend file",
  terraform_backend_config_file_path:
    "use the `atmos_backend_yaml` output instead of a generated backend file",
  terraform_backend_config_template_file:
    "use the `atmos_backend_yaml` output instead of a generated backend file",
  terraform_state_file: "atmos sets the state key (`backend.s3.key`, `workspace_key_prefix`)",
  terraform_version: "not needed: the backend snippet requires Terraform >= 1.10 for lock files",
};

/** null-label formatting keys that the derived bucket name does not apply. */
export const LABEL_FORMATTING: readonly StateBackendVarKey[] = [
  "regex_replace_chars",
  "id_length_limit",
  "label_value_case",
];
/** Keys that only matter with the DynamoDB lock table. */
export const LOCK_TABLE_KEYS: readonly StateBackendVarKey[] = [
  "dynamodb_table_name",
  "enable_point_in_time_recovery",
  "deletion_protection_enabled",
];

/**
 * Parses the `tfstate-backend` component's vars into {@link StateBackendConfig}. Every problem is
 * collected; errors are thrown together as one `DiagnosticError`, warnings are returned.

/**
 * The bucket name Cloud Posse's null-label gives the component (`module.this.id`), `name`
 * defaulting to `tfstate`; undefined without a namespace, which would make a name clash likely.
 */
export function labelBucketName(vars: JsonMap): string | undefined {
  const namespace = vars["namespace"];
  if (typeof namespace !== "string" || namespace === "") return undefined;
  return nullLabelId({ ...vars, name: vars["name"] ?? "tfstate" });
}
