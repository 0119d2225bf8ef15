/**
 * Diagnostic codes of the worker-pool model (the `spacelift/worker-pool` component's vars), and the
 * "did you mean" helper its unknown-key errors use. Kept beside the parser until the model's shared
 * catalogue (`model/errors.ts`) absorbs it.
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

/**
 * The candidate closest to `word` by edit distance, when it is close enough to be a plausible typo
 * (at most a third of the word's length, minimum 2 edits).
 */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: { name: string; distance: number } | undefined;
  for (const candidate of [...candidates].sort()) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance <= limit && (best === undefined || distance < best.distance)) {
      best = { name: candidate, distance };
    }
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
