/**
 * The error and warning catalogue of `describe affected` and `trigger comment`: every problem has a
 * code here and a factory giving what was found and what to do.
 */
import type { Diagnostic } from "../config-engine/diagnostics";

/** Error codes of the affected layer. */
export type AffectedErrorCode =
  | "GIT_UNAVAILABLE"
  | "NOT_A_GIT_REPOSITORY"
  | "GIT_REF_NOT_FOUND"
  | "GIT_FAILED"
  | "CONFIG_OUTSIDE_REPOSITORY"
  | "ADMIN_STACK_SELECTOR_INVALID"
  | "DEPENDENTS_CYCLE"
  | "AFFECTED_FILE_INVALID";

/** Warning codes of the affected layer. */
export type AffectedWarningCode =
  | "BASE_COUNTED_EMPTY"
  | "SECTION_NOT_COMPARED"
  | "ADMIN_STACK_SELECTOR_MISMATCH"
  | "MODULE_SOURCE_UNREADABLE";

function error(code: AffectedErrorCode, message: string, hint: string): Diagnostic {
  return { code, severity: "error", message, hint };
}

function warning(code: AffectedWarningCode, message: string, hint?: string): Diagnostic {
  return { code, severity: "warning", message, ...(hint !== undefined ? { hint } : {}) };
}

/** Factories, one per code. */
export const AffectedErrors = {
  gitUnavailable: (detail: string): Diagnostic =>
    error(
      "GIT_UNAVAILABLE",
      `cannot run git: ${detail}`,
      "describe affected compares git refs: install git and make sure it is on PATH.",
    ),
  notAGitRepository: (dir: string): Diagnostic =>
    error(
      "NOT_A_GIT_REPOSITORY",
      `the atmos config directory '${dir}' is not inside a git repository`,
      "Run describe affected in a clone of the infrastructure repository (actions/checkout with fetch-depth: 0).",
    ),
  refNotFound: (ref: string, flag: string): Diagnostic =>
    error(
      "GIT_REF_NOT_FOUND",
      `${flag} '${ref}' does not name a commit in this repository`,
      "Check the ref, and fetch it first: a shallow clone lacks the base branch (actions/checkout: fetch-depth: 0; or git fetch origin <branch>).",
    ),
  gitFailed: (command: string, detail: string): Diagnostic =>
    error("GIT_FAILED", `'git ${command}' failed: ${detail}`, "Fix the repository state and run again."),
  configOutsideRepository: (what: string, dir: string): Diagnostic =>
    error(
      "CONFIG_OUTSIDE_REPOSITORY",
      `${what} '${dir}' is outside the git repository, so its content at the base ref is unknown`,
      "Keep atmos.yaml, the stacks and the components inside the repository that describe affected compares.",
    ),
  adminStackSelectorInvalid: (component: string, stack: string, detail: string): Diagnostic =>
    error(
      "ADMIN_STACK_SELECTOR_INVALID",
      `component '${component}' in the stack '${stack}' has 'settings.spacelift.admin_stack_selector', but ${detail}`,
      "Point the selector at the Spacelift admin stack component that manages this stack (its component name and context), or remove the selector: this app knows each stack's admin stack from context_filters.",
    ),
  dependentsCycle: (cycle: readonly string[]): Diagnostic =>
    error(
      "DEPENDENTS_CYCLE",
      `component dependencies form a cycle: ${cycle.join(" → ")}`,
      "Remove one of the dependencies.components / settings.depends_on entries along the cycle.",
    ),
  affectedFileInvalid: (file: string, detail: string): Diagnostic =>
    error(
      "AFFECTED_FILE_INVALID",
      `'${file}' is not a describe affected result: ${detail}`,
      "Pass the JSON written by `spacelift-atmos describe affected --format json` (or atmos describe affected).",
    ),
  baseCountedEmpty: (ref: string, reason: string): Diagnostic =>
    warning(
      "BASE_COUNTED_EMPTY",
      `the base '${ref}' has no usable atmos configuration (${reason}); every component is reported as new`,
    ),
  sectionNotCompared: (section: string, supported: readonly string[]): Diagnostic =>
    warning(
      "SECTION_NOT_COMPARED",
      `describe.affected.sections lists '${section}', which this engine does not process: changes to it are not detected`,
      `Sections compared: ${supported.join(", ")}.`,
    ),
  adminStackSelectorMismatch: (child: string, selected: string, manager: string): Diagnostic =>
    warning(
      "ADMIN_STACK_SELECTOR_MISMATCH",
      `the Spacelift stack '${child}' is created by the admin stack '${manager}' (context_filters), but its admin_stack_selector selects '${selected}'; both are reported`,
      "Fix or remove settings.spacelift.admin_stack_selector.",
    ),
  moduleSourceUnreadable: (file: string, detail: string): Diagnostic =>
    warning(
      "MODULE_SOURCE_UNREADABLE",
      `cannot read the module calls of '${file}': ${detail}; changes to its local modules are not detected`,
    ),
};
