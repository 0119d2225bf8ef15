/** Syntax tree of the Go-template subset the engine evaluates (see `parse.ts`). */

/** An operand of a command. */
export type Operand =
  | { readonly kind: "field"; readonly root: "dot" | "root"; readonly path: readonly string[] }
  | { readonly kind: "string"; readonly value: string }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "bool"; readonly value: boolean }
  | { readonly kind: "nil" }
  | { readonly kind: "ident"; readonly name: string }
  | { readonly kind: "pipeline"; readonly pipeline: Pipeline };

/** One stage of a pipeline: a function call or a single value. */
export interface Command {
  readonly operands: readonly Operand[];
}

/** `cmd | cmd | …`: each stage's result is passed as the last argument of the next. */
export interface Pipeline {
  readonly commands: readonly Command[];
}

/** A node of the template body. */
export type TemplateNode =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "action"; readonly pipeline: Pipeline; readonly offset: number }
  | {
      readonly kind: "if";
      readonly branches: readonly {
        readonly cond: Pipeline;
        readonly body: readonly TemplateNode[];
        /** Offset of the branch's `{{if` or `{{else if`. */
        readonly offset: number;
      }[];
      readonly otherwise: readonly TemplateNode[];
    };

/** Raised for syntax the subset does not cover; the caller turns it into UNSUPPORTED_TEMPLATE. */
export class UnsupportedTemplateError extends Error {
  /** Offset in the template source of the action it is about (set by {@link atOffset}). */
  offset?: number;

  constructor(readonly construct: string) {
    super(`unsupported template construct ${construct}`);
    this.name = "UnsupportedTemplateError";
  }
}

/** Raised for a template that is malformed or fails at evaluation (e.g. a missing key). */
export class TemplateEvalError extends Error {
  /** Offset in the template source of the action it is about (set by {@link atOffset}). */
  offset?: number;

  constructor(
    message: string,
    readonly missingKey?: string,
  ) {
    super(message);
    this.name = "TemplateEvalError";
  }
}

/**
 * Runs `fn`, giving a template error it throws the offset of the action being parsed or evaluated,
 * unless an inner action already gave one.
 */
export function atOffset<T>(offset: number, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof TemplateEvalError || e instanceof UnsupportedTemplateError) throw located(e, offset);
    throw e;
  }
}

/** `e` with `offset` as the offset of its action, unless it has one. */
export function located<E extends TemplateEvalError | UnsupportedTemplateError>(e: E, offset: number): E {
  e.offset ??= offset;
  return e;
}
