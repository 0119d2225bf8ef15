import { isDiagnosticError, type Diagnostic } from "../../config-engine/diagnostics";
import type { JsonMap } from "../../config-engine/types";
import {
  bucketNameProblem,
  parseStateBackendConfig,
  type ParseStateBackendOptions,
} from "../../model/state-backend-config";

const ROLE = "arn:aws:iam::111111111111:role/terraform";
const BREAK_GLASS = "arn:aws:iam::111111111111:role/break-glass";

/** The smallest valid vars: a name, two regions and one principal. */
const base: JsonMap = {
  s3_bucket_name: "acme-tfstate",
  region: "us-east-1",
  replica_region: "us-west-2",
  allowed_principal_arns: [ROLE],
};
const { s3_bucket_name: _name, ...unnamed } = base;

function errorsOf(vars: JsonMap, options?: ParseStateBackendOptions): readonly Diagnostic[] {
  try {
    parseStateBackendConfig(vars, options);
  } catch (e) {
    if (isDiagnosticError(e)) return e.diagnostics;
    throw e;
  }
  throw new Error("expected parseStateBackendConfig to fail");
}

describe("parseStateBackendConfig", () => {
  it("parses the minimal vars without warnings or invented defaults", () => {
    expect(parseStateBackendConfig(base)).toEqual({
      config: {
        bucketName: "acme-tfstate",
        region: "us-east-1",
        replicaRegion: "us-west-2",
        allowedPrincipalArns: [ROLE],
      },
      warnings: [],
    });
  });

  it("derives the bucket name from the null-label context like Cloud Posse", () => {
    const vars: JsonMap = {
      ...unnamed,
      namespace: "acme",
      tenant: "core",
      environment: "ue1",
      stage: "root",
      attributes: ["State"],
    };
    expect(parseStateBackendConfig(vars).config.bucketName).toBe("acme-core-ue1-root-tfstate-state");
  });

  it("prefers s3_bucket_name over the label context", () => {
    const { config } = parseStateBackendConfig({ ...base, namespace: "acme", name: "state" });
    expect(config.bucketName).toBe("acme-tfstate");
  });

  it("maps Cloud Posse and own keys to camelCase settings", () => {
    const { config, warnings } = parseStateBackendConfig({
      ...base,
      allowed_principal_arns: [ROLE, BREAK_GLASS, ROLE],
      replica_bucket_name: "acme-tfstate-dr",
      account_id: "111111111111",
      arn_format: "arn:aws-us-gov",
      kms_deletion_window_in_days: 14,
      mfa_delete: false,
      noncurrent_version_expiration_days: 365,
      object_lock: { mode: "GOVERNANCE", days: 30 },
      s3_state_lock_enabled: false,
      dynamodb_enabled: true,
      dynamodb_table_name: "acme-tfstate-lock",
      replication_role_name: "tfstate-replication",
      permissions_boundary: "arn:aws:iam::111111111111:policy/boundary",
      tags: { team: "platform" },
    });
    expect(warnings).toEqual([]);
    expect(config).toEqual({
      bucketName: "acme-tfstate",
      region: "us-east-1",
      replicaRegion: "us-west-2",
      allowedPrincipalArns: [BREAK_GLASS, ROLE],
      replicaBucketName: "acme-tfstate-dr",
      accountId: "111111111111",
      partition: "aws-us-gov",
      kmsDeletionWindowInDays: 14,
      mfaDelete: false,
      noncurrentVersionExpirationDays: 365,
      objectLock: { mode: "GOVERNANCE", days: 30 },
      useLockfile: false,
      lockTable: { name: "acme-tfstate-lock" },
      replicationRoleName: "tfstate-replication",
      permissionsBoundaryArn: "arn:aws:iam::111111111111:policy/boundary",
      tags: { team: "platform" },
    });
  });

  it("accepts the Cloud Posse settings when they keep the hardened values", () => {
    const { warnings } = parseStateBackendConfig({
      ...base,
      enabled: true,
      force_destroy: false,
      prevent_unencrypted_uploads: true,
      enable_public_access_block: true,
      block_public_acls: true,
      ignore_public_acls: true,
      block_public_policy: true,
      restrict_public_buckets: true,
      bucket_ownership_enforced_enabled: true,
      s3_replication_enabled: true,
      sse_encryption: "aws:kms",
      acl: "private",
      billing_mode: "PAY_PER_REQUEST",
      permissions_boundary: "",
    });
    expect(warnings).toEqual([]);
  });

  it("accepts the label formatting keys atmos stacks set globally", () => {
    const { config } = parseStateBackendConfig({
      ...base,
      label_order: ["name"],
      regex_replace_chars: "/x/",
    });
    expect(config.bucketName).toBe("acme-tfstate");
  });

  it("applies label_order to the derived bucket name", () => {
    const vars: JsonMap = {
      ...unnamed,
      namespace: "acme",
      stage: "root",
      label_order: ["stage", "namespace", "name"],
    };
    expect(parseStateBackendConfig(vars).config.bucketName).toBe("root-acme-tfstate");
  });

  it("warns that character replacement is not applied to a derived bucket name", () => {
    const vars: JsonMap = { ...unnamed, namespace: "acme", regex_replace_chars: "/[^a-z]/" };
    expect(parseStateBackendConfig(vars).warnings).toEqual([
      expect.objectContaining({
        code: "IGNORED_SETTING",
        severity: "warning",
        keyPath: "vars.regex_replace_chars",
      }),
    ]);
  });

  it("keeps a DynamoDB table without PITR but warns", () => {
    const { config, warnings } = parseStateBackendConfig({
      ...base,
      dynamodb_enabled: true,
      enable_point_in_time_recovery: false,
    });
    expect(config.lockTable).toEqual({ pointInTimeRecovery: false });
    expect(warnings).toEqual([
      expect.objectContaining({ code: "WEAKER_SETTING", keyPath: "vars.enable_point_in_time_recovery" }),
    ]);
  });

  it("warns that lock table settings do nothing without dynamodb_enabled", () => {
    const { config, warnings } = parseStateBackendConfig({ ...base, dynamodb_table_name: "locks" });
    expect(config.lockTable).toBeUndefined();
    expect(warnings).toEqual([
      expect.objectContaining({ code: "IGNORED_SETTING", keyPath: "vars.dynamodb_table_name" }),
    ]);
  });

  it("warns when Object Lock outlives the noncurrent version expiry", () => {
    const { warnings } = parseStateBackendConfig({
      ...base,
      mfa_delete: false,
      noncurrent_version_expiration_days: 7,
      object_lock: { mode: "COMPLIANCE", days: 30 },
    });
    expect(warnings).toEqual([
      expect.objectContaining({
        code: "CONFLICTING_SETTINGS",
        keyPath: "vars.noncurrent_version_expiration_days",
      }),
    ]);
  });

  it.each([
    ["force_destroy", true],
    ["enabled", false],
    ["bucket_enabled", false],
    ["prevent_unencrypted_uploads", false],
    ["enable_public_access_block", false],
    ["block_public_acls", false],
    ["ignore_public_acls", false],
    ["block_public_policy", false],
    ["restrict_public_buckets", false],
    ["bucket_ownership_enforced_enabled", false],
    ["s3_replication_enabled", false],
    ["sse_encryption", "AES256"],
    ["acl", "public-read"],
    ["billing_mode", "PROVISIONED"],
  ])("fails when %s weakens the backend (%p)", (key, value) => {
    expect(errorsOf({ ...base, [key]: value })).toEqual([
      expect.objectContaining({ code: "UNSAFE_SETTING", severity: "error", keyPath: `vars.${key}` }),
    ]);
  });

  it("fails on an unknown key with a did-you-mean hint", () => {
    expect(errorsOf({ ...base, replica_regoin: "us-west-2" })).toEqual([
      expect.objectContaining({
        code: "UNKNOWN_SETTING",
        keyPath: "vars.replica_regoin",
        hint: "did you mean `replica_region`?",
      }),
    ]);
  });

  it("fails on a Cloud Posse key this backend does not offer, saying what to do instead", () => {
    expect(errorsOf({ ...base, s3_replica_bucket_arn: "arn:aws:s3:::other" })).toEqual([
      expect.objectContaining({
        code: "UNSUPPORTED_SETTING",
        keyPath: "vars.s3_replica_bucket_arn",
        hint: expect.stringContaining("replica_region"),
      }),
    ]);
  });

  it("fails when a value has the wrong type, showing the value", () => {
    expect(errorsOf({ ...base, mfa_delete: "yes" })).toEqual([
      expect.objectContaining({
        code: "INVALID_SETTING",
        keyPath: "vars.mfa_delete",
        message: '`mfa_delete` must be true or false, got "yes"',
      }),
    ]);
  });

  it("fails with the key path of a nested value", () => {
    expect(errorsOf({ ...base, object_lock: { mode: "STRICT", days: 1 } })).toEqual([
      expect.objectContaining({ code: "INVALID_SETTING", keyPath: "vars.object_lock.mode" }),
    ]);
  });

  it("fails with the key path of a list item", () => {
    expect(
      errorsOf({ ...base, allowed_principal_arns: [ROLE, "arn:aws:iam::111111111111:group/admins"] }),
    ).toEqual([
      expect.objectContaining({ code: "INVALID_SETTING", keyPath: "vars.allowed_principal_arns[1]" }),
    ]);
  });

  it("fails when the KMS deletion window is outside 7-30 days", () => {
    expect(errorsOf({ ...base, kms_deletion_window_in_days: 3 })).toEqual([
      expect.objectContaining({
        code: "INVALID_SETTING",
        message: "`kms_deletion_window_in_days` must be at least 7, got 3",
      }),
    ]);
  });

  it("fails when the regions, principals and name are missing, reporting all at once", () => {
    expect(errorsOf({}).map((d) => d.message)).toEqual([
      "the state bucket has no name",
      "`region` (the primary region) is required",
      "`replica_region` is required",
      "`allowed_principal_arns` must list at least one role allowed to use the state",
    ]);
  });

  it("fails when the replica region equals the primary region", () => {
    expect(errorsOf({ ...base, replica_region: "us-east-1" })).toEqual([
      expect.objectContaining({ code: "CONFLICTING_SETTINGS", keyPath: "vars.replica_region" }),
    ]);
  });

  it("fails when the replica bucket name equals the state bucket name", () => {
    expect(errorsOf({ ...base, replica_bucket_name: "acme-tfstate" })).toEqual([
      expect.objectContaining({ code: "CONFLICTING_SETTINGS", keyPath: "vars.replica_bucket_name" }),
    ]);
  });

  it("fails when the bucket name has dots", () => {
    expect(errorsOf({ ...base, s3_bucket_name: "acme.tfstate" })).toEqual([
      expect.objectContaining({ code: "INVALID_SETTING", keyPath: "vars.s3_bucket_name" }),
    ]);
  });

  it("fails when noncurrent versions should expire on MFA-delete buckets", () => {
    expect(errorsOf({ ...base, noncurrent_version_expiration_days: 30 })).toEqual([
      expect.objectContaining({
        code: "CONFLICTING_SETTINGS",
        keyPath: "vars.noncurrent_version_expiration_days",
        hint: expect.stringContaining("mfa_delete: false"),
      }),
    ]);
  });

  it("fails when both locking mechanisms are off", () => {
    expect(errorsOf({ ...base, s3_state_lock_enabled: false })).toEqual([
      expect.objectContaining({ code: "CONFLICTING_SETTINGS", keyPath: "vars.s3_state_lock_enabled" }),
    ]);
  });

  it("reports source locations and the configured key path prefix", () => {
    const location = { file: "stacks/orgs/acme/core/root.yaml", line: 12, col: 7 };
    const diagnostics = errorsOf(
      { ...base, force_destroy: true },
      {
        keyPathPrefix: "components.terraform.tfstate-backend.vars",
        locate: (path) => (path[0] === "force_destroy" ? location : undefined),
      },
    );
    expect(diagnostics).toEqual([
      expect.objectContaining({
        keyPath: "components.terraform.tfstate-backend.vars.force_destroy",
        location,
      }),
    ]);
  });
});

describe("bucketNameProblem", () => {
  it.each(["acme-tfstate", "a1b", "x".repeat(63)])("accepts %s", (name) => {
    expect(bucketNameProblem(name)).toBeUndefined();
  });

  it.each([
    ["ab", /3 to 63/],
    ["x".repeat(64), /3 to 63/],
    ["Acme-tfstate", /lowercase/],
    ["acme.tfstate", /lowercase letters, digits and hyphens/],
    ["-acme", /start and end/],
    ["acme-", /start and end/],
    ["xn--acme", /reserved prefix/],
    ["acme-s3alias", /reserved suffix/],
  ])("refuses %s", (name, why) => {
    expect(bucketNameProblem(name)).toMatch(why);
  });
});
