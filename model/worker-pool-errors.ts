/**
 * Diagnostic codes of the worker-pool model (the `spacelift/worker-pool` component's vars). Kept beside
 * the parser until the model's shared catalogue (`model/errors.ts`) absorbs them.
 */

/** Every code the worker-pool parser reports. */
export const WORKER_POOL_CODES = {
  /** A var has the wrong type or an out-of-range value. */
  invalidVar: "WORKER_POOL_INVALID_VAR",
  /** A var the component does not declare (typo or unsupported). */
  unknownVar: "WORKER_POOL_UNKNOWN_VAR",
  /** A var the component requires is missing. */
  missingVar: "WORKER_POOL_MISSING_VAR",
  /** `min_size` > `max_size`, or `desired_capacity` outside them. */
  invalidCapacity: "WORKER_POOL_INVALID_CAPACITY",
  /** `spot_max_price` on a policy that never launches spot instances. */
  spotPriceWithoutSpot: "WORKER_POOL_SPOT_PRICE_ON_DEMAND_ONLY",
  /** `space_name` names no known space. */
  unknownSpace: "WORKER_POOL_UNKNOWN_SPACE",
  /** Neither explicit VPC/subnet ids nor a `vpc` remote-state lookup. */
  networkMissing: "WORKER_POOL_NETWORK_MISSING",
  /** Neither `spacelift_runner_image` nor an `ecr` remote-state lookup. */
  runnerImageMissing: "WORKER_POOL_RUNNER_IMAGE_MISSING",
  /** Two vars that exclude each other (e.g. `spacelift_ami_id` and `custom_spacelift_ami`). */
  conflictingVars: "WORKER_POOL_CONFLICTING_VARS",
  /** A setting weaker than this app's default (hop limit 2, unencrypted volume, gp2, public IP, …). */
  weakerSetting: "WORKER_POOL_WEAKER_SETTING",
  /** A var accepted for compatibility that has no effect. */
  ignoredVar: "WORKER_POOL_IGNORED_VAR",
  /** The workers may assume no role: no `worker_role_arns` and no `account-map` remote state. */
  noAssumableRole: "WORKER_POOL_NO_ASSUMABLE_ROLE",
} as const;

/** A worker-pool diagnostic code. */
export type WorkerPoolCode = (typeof WORKER_POOL_CODES)[keyof typeof WORKER_POOL_CODES];
