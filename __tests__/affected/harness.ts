/**
 * Shared set-up of the describe-affected tests: a fresh repository holding the base tree on
 * `main`, and helpers to run describe affected and read its result.
 */
import { isDiagnosticError, type Diagnostic } from "../../config-engine/diagnostics";
import { describeAffected, type AffectedItem, type DescribeAffectedOptions } from "../../affected";
import { inConfig } from "./atmos-tree";
import type { TempRepo } from "./git-repo";

/** Runs describe affected in `repo` against `main`. */
export function affectedIn(repo: TempRepo, options: Partial<DescribeAffectedOptions> = {}): AffectedItem[] {
  return [...describeAffected({ cwd: repo.dir, env: {}, base: "main", ...options }).items];
}

/** (stack, component, affected_all) of each item, in output order. */
export function summary(items: readonly AffectedItem[]): [string, string, string[]][] {
  return items.map((i) => [i.stack, i.component, [...i.affectedAll]]);
}

/** The diagnostics of the DiagnosticError `fn` throws. */
export function errorsOf(fn: () => unknown): Diagnostic[] {
  try {
    fn();
  } catch (e) {
    if (isDiagnosticError(e)) return [...e.diagnostics];
    throw e;
  }
  throw new Error("expected a DiagnosticError");
}

/** On a new branch `feature`, commits `files` (paths inside the config dir). */
export function commitOnBranch(repo: TempRepo, files: Record<string, string | null>): void {
  repo.git("checkout", "--quiet", "-b", "feature");
  repo.commitFiles(inConfig(files));
}
