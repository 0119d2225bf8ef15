/**
 * Synth-time checks of `WorkerPoolAsg` props, for callers that bypass the model (which reports the same
 * rules against the YAML vars). Values that are Terraform tokens are skipped: they are only known at
 * apply time.
 */
import { Token } from "cdktf";
import type { Construct } from "constructs";
import { DRAIN_WINDOW_SECONDS } from "../../model/worker-pool-checks";
import type { WorkerPoolAsgProps } from "../worker-pool-asg";
import {
  throwIfProblems,
  WORKER_POOL_CONSTRUCT_CODES as CODES,
  type PropProblem,
} from "./worker-pool-errors";
import { USER_DATA_LIMIT_BYTES } from "./worker-pool-user-data";

type Check = (props: WorkerPoolAsgProps, iamName: string, userData: string) => PropProblem | undefined;

/** Name limits of the AWS resources named after the pool. */
const NAME_LIMITS: readonly {
  what: string;
  name: (p: WorkerPoolAsgProps, iam: string) => string;
  max: number;
}[] = [
  { what: "IAM role", name: (_, iam) => iam, max: 64 },
  { what: "drain IAM role", name: (_, iam) => `${iam}-drain-trigger`, max: 64 },
  { what: "EventBridge rule", name: (p) => `${p.name}-drain`, max: 64 },
  { what: "launch template", name: (p) => p.name, max: 128 },
  { what: "SSM document", name: (p) => `${p.name}-drain`, max: 128 },
  { what: "auto-scaling group", name: (p) => p.name, max: 255 },
];

const CHECKS: readonly Check[] = [
  ({ minSize, maxSize }) =>
    known(minSize) && known(maxSize) && minSize > maxSize
      ? invalid(`minSize (${minSize}) is greater than maxSize (${maxSize})`, "lower minSize or raise maxSize")
      : undefined,
  ({ minSize, maxSize, desiredCapacity: d }) =>
    d !== undefined && known(d) && known(minSize) && known(maxSize) && (d < minSize || d > maxSize)
      ? invalid(
          `desiredCapacity (${d}) is outside minSize..maxSize (${minSize}..${maxSize})`,
          "leave it unset",
        )
      : undefined,
  ({ launcher: { agentsPerNode: n } }) =>
    !Number.isInteger(n) || n < 1
      ? invalid(
          `launcher.agentsPerNode must be a whole number of at least 1, got ${n}`,
          "use 1 agent per instance or more",
        )
      : undefined,
  ({ metadataHopLimit: hops }) =>
    hops !== undefined && (!Number.isInteger(hops) || hops < 1 || hops > 64)
      ? invalid(`metadataHopLimit must be 1..64, got ${hops}`, "keep 1 so run containers cannot reach IMDS")
      : undefined,
  ({ cpuHighThresholdPercent: high = 10, cpuLowThresholdPercent: low = 5 }) =>
    low >= high
      ? invalid(
          `cpuLowThresholdPercent (${low}) must be below cpuHighThresholdPercent (${high})`,
          "otherwise the group flaps",
        )
      : undefined,
  ({ mixedInstancesPolicy: mix }) =>
    mix?.spotMaxPrice !== undefined && (mix.onDemandPercentageAboveBaseCapacity ?? 100) === 100
      ? invalid(
          `mixedInstancesPolicy.spotMaxPrice is "${mix.spotMaxPrice}" but onDemandPercentageAboveBaseCapacity is 100: no spot instance is ever launched`,
          "lower onDemandPercentageAboveBaseCapacity, or drop spotMaxPrice",
        )
      : undefined,
  ({ maxInstanceLifetimeSeconds: s }) =>
    s !== undefined && s !== 0 && (s < 86400 || s > 31536000)
      ? invalid(
          `maxInstanceLifetimeSeconds must be 0 or 86400..31536000, got ${s}`,
          "AWS rejects other values",
        )
      : undefined,
  ({ drain }) => {
    if (drain === undefined) return undefined;
    const heartbeat = drain.heartbeatTimeoutSeconds ?? 300;
    const timeout = drain.timeoutSeconds ?? 7200;
    const limit = Math.min(heartbeat * 100, DRAIN_WINDOW_SECONDS * 100);
    if (heartbeat < 30 || heartbeat > 7200) {
      return invalid(
        `drain.heartbeatTimeoutSeconds must be 30..7200, got ${heartbeat}`,
        "AWS lifecycle hooks allow 30..7200",
      );
    }
    return timeout > limit
      ? invalid(
          `drain.timeoutSeconds (${timeout}) exceeds what the lifecycle hook can hold (${limit})`,
          "raise heartbeatTimeoutSeconds or lower timeoutSeconds",
        )
      : undefined;
  },
  (_props, _iam, userData) =>
    Buffer.byteLength(userData, "utf8") > USER_DATA_LIMIT_BYTES
      ? {
          code: CODES.userDataTooLarge,
          message: `the boot script is ${Buffer.byteLength(userData, "utf8")} bytes; EC2 accepts ${USER_DATA_LIMIT_BYTES}`,
          hint: "shorten the launcher settings (e.g. infracost_cli_args)",
        }
      : undefined,
  ...NAME_LIMITS.map((limit): Check => (props, iam) => {
    const name = limit.name(props, iam);
    return !Token.isUnresolved(name) && name.length > limit.max
      ? {
          code: CODES.nameTooLong,
          message: `the ${limit.what} name "${name}" has ${name.length} characters; AWS allows ${limit.max}`,
          hint: "shorten the pool's name (`name`, or the namespace/tenant/environment/stage labels)",
        }
      : undefined;
  }),
];

/** Throws one error listing every failed check. */
export function checkWorkerPoolAsgProps(
  scope: Construct,
  props: WorkerPoolAsgProps,
  iamName: string,
  userData: string,
): void {
  throwIfProblems(
    scope,
    CHECKS.map((check) => check(props, iamName, userData)).filter((p): p is PropProblem => p !== undefined),
  );
}

function known(n: number): boolean {
  return !Token.isUnresolved(n);
}

function invalid(message: string, hint: string): PropProblem {
  return { code: CODES.invalidProp, message, hint };
}
