/**
 * Input errors of the worker-pool constructs, in the shape every layer reports
 * (`config-engine/diagnostics.ts`). Messages name the prop (or the YAML var it comes from) and carry
 * the construct path. Kept beside the constructs until the layer's shared catalogue
 * (`constructs/private/errors.ts`) absorbs them.
 */
import type { Construct } from "constructs";
import { DiagnosticError } from "../../config-engine/diagnostics";

/** Codes of the worker-pool constructs' input errors. */
export const WORKER_POOL_CONSTRUCT_CODES = {
  /** A prop value AWS or Spacelift would reject. */
  invalidProp: "WORKER_POOL_INVALID_PROP",
  /** A derived AWS name exceeds its service's limit. */
  nameTooLong: "WORKER_POOL_NAME_TOO_LONG",
  /** The rendered user data exceeds EC2's 16 KB. */
  userDataTooLarge: "WORKER_POOL_USER_DATA_TOO_LARGE",
} as const;

/** One failed check: what was found and what to do. */
export interface PropProblem {
  readonly code: (typeof WORKER_POOL_CONSTRUCT_CODES)[keyof typeof WORKER_POOL_CONSTRUCT_CODES];
  readonly message: string;
  readonly hint: string;
}

/** Throws every problem at once, each prefixed with the construct path. */
export function throwIfProblems(scope: Construct, problems: readonly PropProblem[]): void {
  if (problems.length === 0) return;
  throw new DiagnosticError(
    problems.map((p) => ({
      code: p.code,
      severity: "error" as const,
      message: `[${scope.node.path}] ${p.message}`,
      hint: p.hint,
    })),
  );
}
