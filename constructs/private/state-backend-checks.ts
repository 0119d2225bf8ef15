/**
 * Input checks of the `StateBackend` construct, as a table: each row names the prop, and returns
 * what is wrong with its value and what to do. All problems are thrown together as one
 * `DiagnosticError` whose messages carry the construct path.
 */
import type { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { Token } from "cdktf";
import { DiagnosticError, type Diagnostic } from "../../config-engine/diagnostics";
import {
  ACCOUNT_ID_PATTERN,
  PRINCIPAL_ARN_PATTERN,
  REGION_PATTERN,
  ROLE_NAME_PATTERN,
  bucketNameProblem,
} from "../../model/state-backend-config";
import type { StateBackendProps } from "../state-backend";

/** Codes of construct input errors. */
export type StateBackendPropCode = "INVALID_PROP" | "CONFLICTING_PROPS" | "DUPLICATE_CONSTRUCT";

/** One failed check. */
export interface PropProblem {
  readonly code: StateBackendPropCode;
  /** The prop (or props) at fault, as the construct user wrote them. */
  readonly prop: string;
  /** What is wrong, with the value received. */
  readonly message: string;
  /** What to do. */
  readonly hint?: string;
}

/** A check over already-resolved values; returns the problem, if any. */
export type PropCheck = () => PropProblem | undefined;

/** Runs every check and throws one {@link DiagnosticError} naming the construct path if any failed. */
export function assertProps(path: string, checks: readonly PropCheck[]): void {
  const diagnostics: Diagnostic[] = [];
  for (const check of checks) {
    const problem = check();
    if (problem === undefined) continue;
    diagnostics.push({
      code: problem.code,
      severity: "error",
      message: `[${path}] StateBackend \`${problem.prop}\`: ${problem.message}`,
      ...(problem.hint !== undefined && { hint: problem.hint }),
    });
  }
  if (diagnostics.length > 0) throw new DiagnosticError(diagnostics);
}

/** An `INVALID_PROP` check of a string prop against a rule; unresolved tokens pass. */
export function checkString(
  prop: string,
  value: string | undefined,
  rule: (v: string) => string | undefined,
  hint?: string,
): PropCheck {
  return () => {
    if (value === undefined || Token.isUnresolved(value)) return undefined;
    const problem = rule(value);
    return problem === undefined
      ? undefined
      : {
          code: "INVALID_PROP",
          prop,
          message: `${JSON.stringify(value)} ${problem}`,
          ...(hint !== undefined && { hint }),
        };
  };
}

/** An `INVALID_PROP` check of a whole-number prop within bounds; unresolved tokens pass. */
export function checkWholeNumber(
  prop: string,
  value: number | undefined,
  min: number,
  max: number,
): PropCheck {
  return () => {
    if (value === undefined || Token.isUnresolved(value)) return undefined;
    if (Number.isInteger(value) && value >= min && value <= max) return undefined;
    return {
      code: "INVALID_PROP",
      prop,
      message: `must be a whole number from ${min} to ${max}, got ${value}`,
    };
  };
}

/** Defaults the constructor resolved before checking. */
export interface ResolvedDefaults {
  readonly replicaBucketName: string;
  readonly partition: string;
  readonly replicationRoleName: string;
  readonly mfaDelete: boolean;
  readonly useLockfile: boolean;
}

/** The prop checks of `StateBackend`, in the order they are reported. */
export function stateBackendChecks(
  props: StateBackendProps,
  d: ResolvedDefaults,
  hasOtherStateBackend: () => boolean,
): PropCheck[] {
  const matches = (re: RegExp, what: string) => (v: string) => (re.test(v) ? undefined : `is not ${what}`);
  const region = matches(REGION_PATTERN, "an AWS region such as us-east-1");
  return [
    checkString("bucketName", props.bucketName, bucketNameProblem),
    checkString(
      "replicaBucketName",
      d.replicaBucketName,
      bucketNameProblem,
      "set a shorter `bucketName` or `replicaBucketName`",
    ),
    checkString("region", props.region, region),
    checkString("replicaRegion", props.replicaRegion, region),
    checkString("accountId", props.accountId, matches(ACCOUNT_ID_PATTERN, "a 12-digit AWS account id")),
    checkString(
      "partition",
      d.partition,
      matches(/^aws(-[a-z]+)*$/, "an ARN partition such as aws or aws-us-gov"),
    ),
    checkString(
      "replicationRoleName",
      d.replicationRoleName,
      matches(ROLE_NAME_PATTERN, "a valid IAM role name (at most 64 characters)"),
      "set `replicationRoleName`",
    ),
    checkWholeNumber("kmsDeletionWindowInDays", props.kmsDeletionWindowInDays, 7, 30),
    checkWholeNumber("noncurrentVersionExpirationDays", props.noncurrentVersionExpirationDays, 1, 36500),
    checkWholeNumber("objectLock.days", props.objectLock?.days, 1, 36500),
    ...props.allowedPrincipalArns.map((arn, i) =>
      checkString(
        `allowedPrincipalArns[${i}]`,
        arn,
        matches(PRINCIPAL_ARN_PATTERN, "an IAM role or user ARN"),
      ),
    ),
    () =>
      props.allowedPrincipalArns.length === 0
        ? {
            code: "INVALID_PROP",
            prop: "allowedPrincipalArns",
            message: "is empty: nobody could read the state",
            hint: "list the role that runs Terraform and your break-glass role",
          }
        : undefined,
    () =>
      !Token.isUnresolved(d.replicaBucketName) && d.replicaBucketName === props.bucketName
        ? {
            code: "CONFLICTING_PROPS",
            prop: "replicaBucketName",
            message: `equals \`bucketName\` ("${props.bucketName}")`,
          }
        : undefined,
    () =>
      !Token.isUnresolved(props.region) && props.region === props.replicaRegion
        ? {
            code: "CONFLICTING_PROPS",
            prop: "replicaRegion",
            message: `equals \`region\` ("${props.region}")`,
            hint: "replicate to a second region",
          }
        : undefined,
    () =>
      d.mfaDelete && props.noncurrentVersionExpirationDays !== undefined
        ? {
            code: "CONFLICTING_PROPS",
            prop: "noncurrentVersionExpirationDays",
            message:
              "is set with `mfaDelete` true, but S3 does not support lifecycle rules on MFA-delete buckets",
            hint: "set `mfaDelete: false` to let noncurrent versions expire",
          }
        : undefined,
    () =>
      !d.useLockfile && props.lockTable === undefined
        ? {
            code: "CONFLICTING_PROPS",
            prop: "useLockfile",
            message: "is false and there is no `lockTable`: state would not be locked",
          }
        : undefined,
    () => providerCheck("provider", props.provider, props.region),
    () => providerCheck("replicaProvider", props.replicaProvider, props.replicaRegion),
    () =>
      props.provider === props.replicaProvider
        ? {
            code: "CONFLICTING_PROPS",
            prop: "replicaProvider",
            message: "is the same provider as `provider`",
            hint: "pass an aliased AwsProvider for the replica region",
          }
        : undefined,
    () =>
      hasOtherStateBackend()
        ? {
            code: "DUPLICATE_CONSTRUCT",
            prop: "scope",
            message: "the stack already has a StateBackend (output names are fixed)",
          }
        : undefined,
  ];
}

function providerCheck(prop: string, provider: AwsProvider, region: string): ReturnType<PropCheck> {
  const actual = provider.region;
  if (
    actual !== undefined &&
    (Token.isUnresolved(actual) || Token.isUnresolved(region) || actual === region)
  ) {
    return undefined;
  }
  return {
    code: "CONFLICTING_PROPS",
    prop,
    message:
      actual === undefined
        ? `has no \`region\`; it must be "${region}"`
        : `is configured for region "${actual}" but the bucket is in "${region}"`,
    hint: "set the provider's region explicitly: key policies and backend settings name it",
  };
}
