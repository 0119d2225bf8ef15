/**
 * The construct layer's error catalogue: thrown from constructors, in the user's vocabulary, with
 * the construct path.
 */
import type { Construct } from "constructs";

/** Error codes of the construct layer. */
export type ConstructErrorCode =
  "UNSUPPORTED_BACKEND" | "INVALID_BACKEND" | "INVALID_PROPS" | "SECRET_IN_CONFIG";

/** An error raised while building constructs from the model. */
export class ConstructError extends Error {
  readonly constructErrorBrand = true;

  constructor(
    readonly code: ConstructErrorCode,
    scope: Construct,
    message: string,
    readonly hint?: string,
  ) {
    super(`[${scope.node.path}] ${code} ${message}${hint ? `\n  hint: ${hint}` : ""}`);
    this.name = "ConstructError";
  }
}

/** True when `e` is a {@link ConstructError}. */
export function isConstructError(e: unknown): e is ConstructError {
  return (
    typeof e === "object" &&
    e !== null &&
    (e as { constructErrorBrand?: unknown }).constructErrorBrand === true
  );
}
