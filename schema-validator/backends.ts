/**
 * Schemas of the backends the project may configure, in provider-schema form so the block checker
 * validates them like any other body. Derived from Terraform 1.11's `s3` and `local` backends and
 * confirmed against `terraform init` of 1.11.4: every key below is accepted, and the deprecated ones
 * produce a "Deprecated Parameter" warning. `secret_key` and `token` are marked sensitive here (Terraform
 * does not) so that a literal credential in a backend block is reported like any other secret.
 */
import type { SchemaAttribute, SchemaBlock } from "./provider-schema";

const str: SchemaAttribute = { type: "string", optional: true };
const bool: SchemaAttribute = { type: "bool", optional: true };
const strSet: SchemaAttribute = { type: ["set", "string"], optional: true };
const deprecatedStr: SchemaAttribute = { ...str, deprecated: true };

const ASSUME_ROLE: SchemaAttribute = {
  optional: true,
  nested_type: {
    nesting_mode: "single",
    attributes: {
      role_arn: { type: "string", required: true },
      duration: str,
      external_id: str,
      policy: str,
      policy_arns: strSet,
      session_name: str,
      source_identity: str,
      tags: { type: ["map", "string"], optional: true },
      transitive_tag_keys: strSet,
    },
  },
};

const ASSUME_ROLE_WITH_WEB_IDENTITY: SchemaAttribute = {
  optional: true,
  nested_type: {
    nesting_mode: "single",
    attributes: {
      role_arn: { type: "string", required: true },
      duration: str,
      policy: str,
      policy_arns: strSet,
      session_name: str,
      web_identity_token: str,
      web_identity_token_file: str,
    },
  },
};

const ENDPOINTS: SchemaAttribute = {
  optional: true,
  nested_type: {
    nesting_mode: "single",
    attributes: { dynamodb: str, iam: str, s3: str, sso: str, sts: str },
  },
};

const S3: SchemaBlock = {
  attributes: {
    bucket: { type: "string", required: true },
    key: { type: "string", required: true },
    region: str,
    access_key: str,
    acl: str,
    allowed_account_ids: strSet,
    assume_role: ASSUME_ROLE,
    assume_role_with_web_identity: ASSUME_ROLE_WITH_WEB_IDENTITY,
    custom_ca_bundle: str,
    dynamodb_endpoint: deprecatedStr,
    // Deprecated in 1.11 in favour of S3-native locking (`use_lockfile`).
    dynamodb_table: deprecatedStr,
    ec2_metadata_service_endpoint: str,
    ec2_metadata_service_endpoint_mode: str,
    encrypt: bool,
    endpoint: deprecatedStr,
    endpoints: ENDPOINTS,
    forbidden_account_ids: strSet,
    force_path_style: { ...bool, deprecated: true },
    http_proxy: str,
    https_proxy: str,
    iam_endpoint: deprecatedStr,
    insecure: bool,
    kms_key_id: str,
    max_retries: { type: "number", optional: true },
    no_proxy: str,
    profile: str,
    retry_mode: str,
    secret_key: { ...str, sensitive: true },
    shared_config_files: strSet,
    shared_credentials_file: deprecatedStr,
    shared_credentials_files: strSet,
    skip_credentials_validation: bool,
    skip_metadata_api_check: bool,
    skip_region_validation: bool,
    skip_requesting_account_id: bool,
    skip_s3_checksum: bool,
    sse_customer_key: { ...str, sensitive: true },
    sts_endpoint: deprecatedStr,
    sts_region: str,
    token: { ...str, sensitive: true },
    use_dualstack_endpoint: bool,
    use_fips_endpoint: bool,
    use_lockfile: bool,
    use_path_style: bool,
    workspace_key_prefix: str,
  },
};

const LOCAL: SchemaBlock = { attributes: { path: str, workspace_dir: str } };

/** Backend type → configuration schema. Other backends are reported as UNKNOWN_BACKEND. */
export const BACKEND_SCHEMAS: Readonly<Record<string, SchemaBlock>> = { local: LOCAL, s3: S3 };

/** The `terraform { cloud { … } }` block. */
export const CLOUD_BLOCK: SchemaBlock = {
  attributes: { hostname: str, organization: str, token: { ...str, sensitive: true } },
  block_types: {
    workspaces: {
      nesting_mode: "single",
      block: { attributes: { name: str, project: str, tags: { type: "dynamic", optional: true } } },
    },
  },
};
