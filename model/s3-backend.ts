/**
 * The arguments of Terraform 1.11's `s3` backend (checked against the real binary's `init`), for
 * the stacks this app synthesizes: every one is written through; a key Terraform does not know is
 * a warning here (`terraform init` would reject it), and the assume-role arguments Terraform 1.11
 * removed from the top level are moved into `assume_role`, where they now live.
 */
import type { Diagnostic } from "../config-engine/diagnostics";
import type { JsonMap } from "../config-engine/types";
import { suggestion } from "./did-you-mean";
import { modelDiagnostic } from "./errors";
import type { AppComponentModel } from "./types";

/** Top-level arguments of the s3 backend in Terraform 1.11 (nested blocks included as one key). */
export const S3_BACKEND_KEYS: ReadonlySet<string> = new Set([
  // State storage.
  "bucket",
  "key",
  "region",
  "workspace_key_prefix",
  "acl",
  "encrypt",
  "kms_key_id",
  "sse_customer_key",
  "use_lockfile",
  "dynamodb_table",
  "skip_s3_checksum",
  // Credentials and roles.
  "access_key",
  "secret_key",
  "token",
  "profile",
  "shared_config_files",
  "shared_credentials_files",
  "assume_role",
  "assume_role_with_web_identity",
  "allowed_account_ids",
  "forbidden_account_ids",
  "sts_region",
  // Endpoints and network.
  "endpoints",
  "use_path_style",
  "use_dualstack_endpoint",
  "use_fips_endpoint",
  "custom_ca_bundle",
  "ec2_metadata_service_endpoint",
  "ec2_metadata_service_endpoint_mode",
  "http_proxy",
  "https_proxy",
  "no_proxy",
  "insecure",
  "max_retries",
  "retry_mode",
  // Validation switches.
  "skip_credentials_validation",
  "skip_region_validation",
  "skip_requesting_account_id",
  "skip_metadata_api_check",
  // Deprecated in 1.11, still accepted (Terraform warns): endpoints.* and use_path_style replace them.
  "endpoint",
  "iam_endpoint",
  "sts_endpoint",
  "dynamodb_endpoint",
  "force_path_style",
]);

/** Top-level assume-role arguments removed in Terraform 1.11 → their key inside `assume_role`. */
export const LEGACY_ASSUME_ROLE_KEYS: Readonly<Record<string, string>> = {
  role_arn: "role_arn",
  session_name: "session_name",
  external_id: "external_id",
  assume_role_duration_seconds: "duration",
  assume_role_policy: "policy",
  assume_role_policy_arns: "policy_arns",
  assume_role_tags: "tags",
  assume_role_transitive_tag_keys: "transitive_tag_keys",
};

/**
 * The s3 backend map to write: known keys as given (sorted), the legacy assume-role keys moved into
 * `assume_role` (unless the block is given), unknown keys kept (Terraform reports them at init;
 * {@link checkS3BackendKeys} warns first).
 */
export function s3BackendArguments(s3: JsonMap): JsonMap {
  const config: JsonMap = {};
  const assumeRole: JsonMap = {};
  for (const k of Object.keys(s3).sort()) {
    const moved = LEGACY_ASSUME_ROLE_KEYS[k];
    if (moved !== undefined) {
      const v = s3[k]!;
      if (v !== null)
        assumeRole[moved] = k === "assume_role_duration_seconds" && typeof v === "number" ? `${v}s` : v;
      continue;
    }
    config[k] = s3[k]!;
  }
  if (config["assume_role"] === undefined && typeof assumeRole["role_arn"] === "string") {
    config["assume_role"] = assumeRole;
  }
  return config;
}

/** Warns on every s3 backend key Terraform 1.11 does not know, for each app-synthesized stack. */
export function checkS3BackendKeys(apps: readonly AppComponentModel[], out: Diagnostic[]): void {
  const known = [...S3_BACKEND_KEYS, ...Object.keys(LEGACY_ASSUME_ROLE_KEYS)].sort();
  for (const app of apps) {
    const c = app.source;
    if (c.backendType !== "s3") continue;
    for (const key of Object.keys(c.backend).sort()) {
      if (S3_BACKEND_KEYS.has(key) || LEGACY_ASSUME_ROLE_KEYS[key] !== undefined) continue;
      out.push(
        modelDiagnostic(
          "warning",
          "UNKNOWN_BACKEND_KEY",
          { component: c, section: "backend", path: [key] },
          `'${key}' is not an argument of Terraform's s3 backend: \`terraform init\` of '${app.id}' will reject it.${suggestion(key, known)}`,
          "Remove it from terraform.backend.s3 (see https://developer.hashicorp.com/terraform/language/backend/s3).",
        ),
      );
    }
  }
}
