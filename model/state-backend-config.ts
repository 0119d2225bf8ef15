/**
 * Typed view of the `tfstate-backend` component's vars: the settings of the hardened Terraform state
 * backend (`constructs/state-backend.ts`). Keys stay snake_case as in atmos; Cloud Posse
 * `tfstate-backend` variable names are accepted where they mean the same thing, and values that
 * would weaken the backend are refused. Defaults are not filled in here: each optional field
 * documents the default the construct applies.
 */
import { DiagnosticBag, type Diagnostic, type SourceLocation } from "../config-engine/diagnostics";
import type { JsonMap, JsonValue } from "../config-engine/types";
import {
  HARDENED,
  KNOWN_KEYS,
  LABEL_FORMATTING,
  LOCK_TABLE_KEYS,
  UNSUPPORTED,
  bucketNameProblem,
  labelBucketName,
  varsSchema,
  type StateBackendVars,
} from "./state-backend-vars";
import { didYouMean } from "./did-you-mean";
import { show, type ModelErrorCode, type ModelWarningCode } from "./errors";

export {
  ACCOUNT_ID_PATTERN,
  PRINCIPAL_ARN_PATTERN,
  REGION_PATTERN,
  ROLE_NAME_PATTERN,
  bucketNameProblem,
} from "./state-backend-vars";

/** Diagnostic codes reported while parsing the state-backend vars (catalogued in `errors.ts`). */
export type StateBackendConfigCode = Extract<
  ModelErrorCode | ModelWarningCode,
  | "UNKNOWN_SETTING"
  | "INVALID_SETTING"
  | "MISSING_SETTING"
  | "UNSAFE_SETTING"
  | "UNSUPPORTED_SETTING"
  | "CONFLICTING_SETTINGS"
  | "WEAKER_SETTING"
  | "IGNORED_SETTING"
>;

/** S3 Object Lock retention mode. */
export type ObjectLockMode = "GOVERNANCE" | "COMPLIANCE";

/** Default Object Lock retention applied to every new object version (state, lock files). */
export interface ObjectLockSettings {
  /** `GOVERNANCE` (privileged users may bypass) or `COMPLIANCE` (nobody, not even root, may delete). */
  readonly mode: ObjectLockMode;
  /** Retention of each object version, in days. */
  readonly days: number;
}

/** The optional DynamoDB lock table (PAY_PER_REQUEST, encrypted). */
export interface LockTableSettings {
  /**
   * Table name.
   * @default - `<bucketName>-lock`
   */
  readonly name?: string;
  /**
   * Point-in-time recovery.
   * @default true
   */
  readonly pointInTimeRecovery?: boolean;
  /**
   * Deletion protection.
   * @default true
   */
  readonly deletionProtection?: boolean;
}

/** Settings of the hardened state backend (everything but the providers). */
export interface StateBackendConfig {
  /** Primary state bucket name: 3-63 lowercase letters, digits and hyphens (no dots: TLS-only access). */
  readonly bucketName: string;
  /** Region of the primary bucket; must equal the region of the primary provider. */
  readonly region: string;
  /** Region of the replica bucket; must differ from `region`. */
  readonly replicaRegion: string;
  /**
   * Replica bucket name.
   * @default - `<bucketName>-replica`
   */
  readonly replicaBucketName?: string;
  /** Role or user ARNs allowed to read and write state (key policies and bucket policies name them). */
  readonly allowedPrincipalArns: readonly string[];
  /**
   * AWS account id owning the backend (key policies, MFA device ARN).
   * @default - read with the `aws_caller_identity` data source of the primary provider
   */
  readonly accountId?: string;
  /**
   * ARN partition.
   * @default "aws"
   */
  readonly partition?: string;
  /**
   * Waiting period before a scheduled KMS key deletion completes, in days (7-30).
   * @default 30
   */
  readonly kmsDeletionWindowInDays?: number;
  /**
   * The buckets are meant to get MFA delete, which only the account root can enable (the construct
   * outputs the command). S3 does not support lifecycle rules on MFA-delete buckets, so `true`
   * means noncurrent versions are kept forever and `false` means they expire.
   * @default true
   */
  readonly mfaDelete?: boolean;
  /**
   * Days after which noncurrent versions expire; only valid with `mfaDelete: false`.
   * @default - 90 when `mfaDelete` is false; no lifecycle rule otherwise
   */
  readonly noncurrentVersionExpirationDays?: number;
  /**
   * Object Lock default retention; Object Lock can only be enabled when a bucket is created.
   * @default - no Object Lock
   */
  readonly objectLock?: ObjectLockSettings;
  /**
   * S3 lock files (`use_lockfile`, Terraform >= 1.10).
   * @default true
   */
  readonly useLockfile?: boolean;
  /**
   * DynamoDB lock table; present means enabled.
   * @default - no table
   */
  readonly lockTable?: LockTableSettings;
  /**
   * Name of the IAM role S3 replication assumes (at most 64 characters).
   * @default - `<bucketName>-replication`
   */
  readonly replicationRoleName?: string;
  /**
   * Permissions boundary policy ARN of the replication role.
   * @default - none
   */
  readonly permissionsBoundaryArn?: string;
  /**
   * Tags on every resource.
   * @default {}
   */
  readonly tags?: Readonly<Record<string, string>>;
}

/** Where the vars come from, for diagnostics. */
export interface ParseStateBackendOptions {
  /**
   * Key path of the vars map, prefixed to every reported key path.
   * @default "vars"
   */
  readonly keyPathPrefix?: string;
  /** Source location of a value, given its path inside the vars map (e.g. `component.sourceOf("vars", p)`). */
  readonly locate?: (path: readonly (string | number)[]) => SourceLocation | undefined;
}

/** The parsed settings and the warnings found on the way. */
export interface ParsedStateBackendConfig {
  readonly config: StateBackendConfig;
  readonly warnings: readonly Diagnostic[];
}

type Path = readonly (string | number)[];

/** Reports one diagnostic at a path inside the vars map (empty path: the map itself). */
type Report = (
  severity: Diagnostic["severity"],
  code: StateBackendConfigCode,
  path: Path,
  message: string,
  hint?: string,
) => void;

/**
 * Parses the `tfstate-backend` component's vars into {@link StateBackendConfig}. Every problem is
 * collected; errors are thrown together as one `DiagnosticError`, warnings are returned.
 */
export function parseStateBackendConfig(
  vars: JsonMap,
  options: ParseStateBackendOptions = {},
): ParsedStateBackendConfig {
  const prefix = options.keyPathPrefix ?? "vars";
  const bag = new DiagnosticBag();
  const report: Report = (severity, code, path, message, hint) => {
    const location = path.length > 0 ? options.locate?.(path) : undefined;
    bag.add({
      code,
      severity,
      message,
      keyPath: keyPath(prefix, path),
      ...(hint !== undefined && { hint }),
      ...(location !== undefined && { location }),
    });
  };

  checkKeys(vars, report);
  const parsed = varsSchema.safeParse(
    Object.fromEntries(Object.entries(vars).filter(([k]) => KNOWN_KEYS.includes(k))),
  );
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
      const got = valueAt(vars, path);
      const shown = got === undefined ? "" : `, got ${show(got)}`;
      report("error", "INVALID_SETTING", path, `\`${keyPath("", path).slice(1)}\` ${issue.message}${shown}`);
    }
  }
  // Semantic checks need well-typed values: stop at the first stage that found errors.
  bag.throwIfErrors();
  const v = parsed.success ? parsed.data : {};

  checkHardened(v, report);
  const bucketName = checkBucketNames(v, vars, report);
  checkRegionsAndPrincipals(v, report);
  checkRetention(v, report);
  checkLocking(v, report);
  bag.throwIfErrors();
  return { config: toConfig(v, bucketName ?? ""), warnings: bag.warnings };
}

function checkKeys(vars: JsonMap, report: Report): void {
  for (const key of Object.keys(vars).sort()) {
    const instead = UNSUPPORTED[key];
    if (instead !== undefined) {
      report(
        "error",
        "UNSUPPORTED_SETTING",
        [key],
        `\`${key}\` is not supported by this state backend`,
        instead,
      );
    } else if (!KNOWN_KEYS.includes(key)) {
      const near = didYouMean(key, KNOWN_KEYS);
      const hint = near ? `did you mean \`${near}\`?` : `known settings: ${KNOWN_KEYS.join(", ")}`;
      report("error", "UNKNOWN_SETTING", [key], `unknown setting \`${key}\``, hint);
    }
  }
}

function checkHardened(v: StateBackendVars, report: Report): void {
  for (const [key, rule] of Object.entries(HARDENED).sort(([a], [b]) => a.localeCompare(b))) {
    const value = v[key as keyof StateBackendVars];
    if (rule !== undefined && value !== undefined && value !== rule.required) {
      report(
        "error",
        "UNSAFE_SETTING",
        [key],
        `\`${key}: ${show(value)}\` would weaken the state backend: ${rule.why}`,
        `remove \`${key}\` or set it to ${JSON.stringify(rule.required)}`,
      );
    }
  }
}

/** Checks the bucket names and returns the primary one (explicit or derived from the label). */
function checkBucketNames(v: StateBackendVars, vars: JsonMap, report: Report): string | undefined {
  const bucketName = v.s3_bucket_name ?? labelBucketName(vars);
  if (bucketName === undefined) {
    report(
      "error",
      "MISSING_SETTING",
      [],
      "the state bucket has no name",
      "set `s3_bucket_name`, or `namespace` (the name is built from namespace, tenant, environment, stage, name and attributes)",
    );
    return undefined;
  }
  const problem = bucketNameProblem(bucketName);
  const path = v.s3_bucket_name !== undefined ? ["s3_bucket_name"] : [];
  if (problem) report("error", "INVALID_SETTING", path, `state bucket name "${bucketName}" ${problem}`);
  if (v.s3_bucket_name === undefined) {
    for (const key of LABEL_FORMATTING.filter((k) => v[k] !== undefined)) {
      report(
        "warning",
        "IGNORED_SETTING",
        [key],
        `\`${key}\` is not applied to the derived bucket name "${bucketName}"`,
        "set `s3_bucket_name` to choose the exact name",
      );
    }
  }
  const replica = v.replica_bucket_name;
  if (replica !== undefined) {
    const replicaProblem = bucketNameProblem(replica);
    if (replicaProblem) {
      report(
        "error",
        "INVALID_SETTING",
        ["replica_bucket_name"],
        `replica bucket name "${replica}" ${replicaProblem}`,
      );
    } else if (replica === bucketName) {
      report(
        "error",
        "CONFLICTING_SETTINGS",
        ["replica_bucket_name"],
        `the replica bucket must differ from the state bucket (both "${replica}")`,
      );
    }
  }
  return bucketName;
}

function checkRegionsAndPrincipals(v: StateBackendVars, report: Report): void {
  if (v.region === undefined)
    report("error", "MISSING_SETTING", [], "`region` (the primary region) is required");
  if (v.replica_region === undefined) {
    report(
      "error",
      "MISSING_SETTING",
      [],
      "`replica_region` is required",
      "state is replicated to a second region",
    );
  } else if (v.replica_region === v.region) {
    report(
      "error",
      "CONFLICTING_SETTINGS",
      ["replica_region"],
      `\`replica_region\` must differ from \`region\` (both "${v.region}")`,
      "pick a second region: replication protects against the loss of a region",
    );
  }
  if (v.allowed_principal_arns === undefined || v.allowed_principal_arns.length === 0) {
    report(
      "error",
      "MISSING_SETTING",
      v.allowed_principal_arns === undefined ? [] : ["allowed_principal_arns"],
      "`allowed_principal_arns` must list at least one role allowed to use the state",
      "include the role that runs Terraform and your break-glass role",
    );
  }
}

function checkRetention(v: StateBackendVars, report: Report): void {
  // Same default as StateBackendConfig.mfaDelete.
  const mfaDelete = v.mfa_delete ?? true;
  if (mfaDelete && v.noncurrent_version_expiration_days !== undefined) {
    report(
      "error",
      "CONFLICTING_SETTINGS",
      ["noncurrent_version_expiration_days"],
      "noncurrent versions cannot expire on MFA-delete buckets: S3 does not support lifecycle rules there",
      "set `mfa_delete: false` to let noncurrent versions expire, or remove `noncurrent_version_expiration_days`",
    );
  }
  const expiryDays = v.noncurrent_version_expiration_days;
  if (
    !mfaDelete &&
    v.object_lock !== undefined &&
    expiryDays !== undefined &&
    expiryDays < v.object_lock.days
  ) {
    report(
      "warning",
      "CONFLICTING_SETTINGS",
      ["noncurrent_version_expiration_days"],
      `noncurrent versions are locked for ${v.object_lock.days} days, so they expire after ${v.object_lock.days} days, not ${expiryDays}`,
    );
  }
}

function checkLocking(v: StateBackendVars, report: Report): void {
  // Same defaults as StateBackendConfig.useLockfile and .lockTable.
  const useLockfile = v.s3_state_lock_enabled ?? true;
  const dynamodb = v.dynamodb_enabled ?? false;
  if (!useLockfile && !dynamodb) {
    report(
      "error",
      "CONFLICTING_SETTINGS",
      ["s3_state_lock_enabled"],
      "state locking is off: both `s3_state_lock_enabled` and `dynamodb_enabled` are false",
      "keep `s3_state_lock_enabled: true` (Terraform >= 1.10) or set `dynamodb_enabled: true`",
    );
  }
  for (const key of LOCK_TABLE_KEYS.filter((k) => v[k] !== undefined)) {
    if (!dynamodb) {
      report(
        "warning",
        "IGNORED_SETTING",
        [key],
        `\`${key}\` has no effect without \`dynamodb_enabled: true\``,
      );
    } else if (v[key] === false) {
      report("warning", "WEAKER_SETTING", [key], `\`${key}: false\` weakens the DynamoDB lock table`);
    }
  }
}

function toConfig(v: StateBackendVars, bucketName: string): StateBackendConfig {
  const boundary = v.permissions_boundary === "" ? undefined : v.permissions_boundary;
  return {
    bucketName,
    region: v.region ?? "",
    replicaRegion: v.replica_region ?? "",
    allowedPrincipalArns: [...new Set(v.allowed_principal_arns)].sort(),
    ...(v.replica_bucket_name !== undefined && { replicaBucketName: v.replica_bucket_name }),
    ...(v.account_id !== undefined && { accountId: v.account_id }),
    ...(v.arn_format !== undefined && { partition: v.arn_format.slice("arn:".length) }),
    ...(v.kms_deletion_window_in_days !== undefined && {
      kmsDeletionWindowInDays: v.kms_deletion_window_in_days,
    }),
    ...(v.mfa_delete !== undefined && { mfaDelete: v.mfa_delete }),
    ...(v.noncurrent_version_expiration_days !== undefined && {
      noncurrentVersionExpirationDays: v.noncurrent_version_expiration_days,
    }),
    ...(v.object_lock !== undefined && { objectLock: v.object_lock }),
    ...(v.s3_state_lock_enabled !== undefined && { useLockfile: v.s3_state_lock_enabled }),
    ...(v.dynamodb_enabled === true && {
      lockTable: {
        ...(v.dynamodb_table_name !== undefined && { name: v.dynamodb_table_name }),
        ...(v.enable_point_in_time_recovery !== undefined && {
          pointInTimeRecovery: v.enable_point_in_time_recovery,
        }),
        ...(v.deletion_protection_enabled !== undefined && {
          deletionProtection: v.deletion_protection_enabled,
        }),
      },
    }),
    ...(v.replication_role_name !== undefined && { replicationRoleName: v.replication_role_name }),
    ...(boundary !== undefined && { permissionsBoundaryArn: boundary }),
    ...(v.tags !== undefined && { tags: v.tags }),
  };
}

function keyPath(prefix: string, path: Path): string {
  return path.reduce<string>((acc, p) => (typeof p === "number" ? `${acc}[${p}]` : `${acc}.${p}`), prefix);
}

function valueAt(root: JsonValue, path: Path): JsonValue | undefined {
  let cur: JsonValue | undefined = root;
  for (const p of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = Array.isArray(cur) ? cur[Number(p)] : cur[String(p)];
  }
  return cur;
}
