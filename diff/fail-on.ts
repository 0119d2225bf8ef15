/**
 * `diff --fail-on`: which red flags fail a CI check. Every red flag code belongs to exactly one
 * category; the default gate fails on what cannot be undone or widens what a run may change:
 * destroys, deleted stacks, privilege grants and stacks whose next run would read another state.
 */
import type { RedFlag, RedFlagCode } from "./types";

/** The categories `--fail-on` accepts, in the order the docs list them. */
export const FAIL_ON_CATEGORIES = [
  "destroy",
  "delete",
  "privilege",
  "protection",
  "space",
  "policy",
  "source",
  "state",
  "worker-pool",
] as const;

/** A `--fail-on` category. */
export type FailOnCategory = (typeof FAIL_ON_CATEGORIES)[number];

/** The category of each red flag code (docs/diff.md lists the same table). */
export const RED_FLAG_CATEGORY: Readonly<Record<RedFlagCode, FailOnCategory>> = {
  STACK_DESTROYED: "destroy",
  REMOVED_BLOCK_DESTROYS: "destroy",
  STACK_REPLACED: "delete",
  ROLE_ATTACHMENT_ADDED: "privilege",
  DESTRUCTOR_ACTIVATED: "protection",
  DELETION_PROTECTION_REMOVED: "protection",
  SPACE_CHANGED: "space",
  SPACE_REMOVED_WHILE_USED: "space",
  POLICY_REMOVED_WHILE_ATTACHED: "policy",
  SOURCE_CHANGED: "source",
  STACK_STATE_MOVED: "state",
  WORKER_POOL_REMOVED_WHILE_USED: "worker-pool",
};

/** What `--fail-on` without a list, and `--fail-on-destroy`, fail on. */
export const DEFAULT_FAIL_ON: readonly FailOnCategory[] = ["destroy", "delete", "privilege", "state"];

/** A `--fail-on` value that names no known category. */
export class FailOnError extends Error {
  override readonly name = "FailOnError";
}

/**
 * Parses a `--fail-on` value: a comma-separated list of categories, `default` (the default gate),
 * `all` or `none`. Order and repeats do not matter.
 */
export function parseFailOn(value: string): FailOnCategory[] {
  const picked = new Set<FailOnCategory>();
  for (const raw of value.split(",")) {
    const word = raw.trim();
    if (word === "none") continue;
    if (word === "default") DEFAULT_FAIL_ON.forEach((c) => picked.add(c));
    else if (word === "all") FAIL_ON_CATEGORIES.forEach((c) => picked.add(c));
    else if ((FAIL_ON_CATEGORIES as readonly string[]).includes(word)) picked.add(word as FailOnCategory);
    else {
      throw new FailOnError(
        `--fail-on: unknown category '${word}'; use a comma-separated list of ${FAIL_ON_CATEGORIES.join(", ")}, or default (${DEFAULT_FAIL_ON.join(",")}), all or none`,
      );
    }
  }
  return FAIL_ON_CATEGORIES.filter((c) => picked.has(c));
}

/** The red flags that fail the gate. */
export function gatedRedFlags(flags: readonly RedFlag[], categories: readonly FailOnCategory[]): RedFlag[] {
  return flags.filter((f) => categories.includes(RED_FLAG_CATEGORY[f.code]));
}
