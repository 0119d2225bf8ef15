/**
 * Input checks of the `StateBackend` construct, as a table: each row names the prop, and returns
 * what is wrong with its value and what to do. All problems are thrown together as one
 * `DiagnosticError` whose messages carry the construct path.
 */
import { Token } from "cdktf";
import { DiagnosticError, type Diagnostic } from "../../config-engine/diagnostics";

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
