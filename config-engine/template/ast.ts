/** Syntax tree of Go's `text/template` (see `parse.ts`), and the evaluator's error types. */

/** An argument of a command. */
export type Arg =
  /** `.a.b` (empty path: `.`) */
  | { readonly kind: "field"; readonly path: readonly string[] }
  /** `$x.a.b` (`$` is the root) */
  | { readonly kind: "variable"; readonly name: string; readonly path: readonly string[] }
  /** A function name (`printf`, `strings.Title`). */
  | { readonly kind: "ident"; readonly name: string }
  /** `(pipeline).a.b` */
  | { readonly kind: "chain"; readonly pipeline: Pipeline; readonly path: readonly string[] }
  | { readonly kind: "string"; readonly value: string }
  /** An integer, char constant or float; `float` marks `1.0`, `1e3` (Go float64 constants). */
  | { readonly kind: "number"; readonly value: number; readonly float: boolean; readonly text: string }
  | { readonly kind: "bool"; readonly value: boolean }
  | { readonly kind: "nil" };

/** One stage of a pipeline: a function call or a single value. */
export interface Command {
  readonly args: readonly Arg[];
}

/** `$x := cmd | cmd`: each stage's result is passed as the last argument of the next. */
export interface Pipeline {
  /** Declared (`:=`) or assigned (`=`) variables. */
  readonly decl: readonly string[];
  readonly assign: boolean;
  readonly commands: readonly Command[];
}

/** Offsets of an action in the source: its left delimiter and the end of its right one. */
export interface Span {
  readonly offset: number;
  readonly end: number;
}

export interface Branch {
  readonly pipeline: Pipeline;
  readonly body: readonly TemplateNode[];
  readonly offset: number;
}

/** A node of the template body. */
export type TemplateNode =
  | { readonly kind: "text"; readonly text: string }
  | ({ readonly kind: "action"; readonly pipeline: Pipeline } & Span)
  | {
      readonly kind: "if" | "with";
      /** `if`, then each `else if`/`else with`. */
      readonly branches: readonly Branch[];
      readonly otherwise?: readonly TemplateNode[];
    }
  | {
      readonly kind: "range";
      readonly pipeline: Pipeline;
      readonly body: readonly TemplateNode[];
      readonly otherwise?: readonly TemplateNode[];
      readonly offset: number;
    }
  | {
      readonly kind: "template";
      readonly name: string;
      readonly pipeline?: Pipeline;
      readonly offset: number;
    }
  | { readonly kind: "break" | "continue"; readonly offset: number };

/** A parsed template: its body and the templates it defines (`define`, `block`). */
export interface ParsedTemplate {
  readonly root: readonly TemplateNode[];
  readonly defines: ReadonlyMap<string, readonly TemplateNode[]>;
}

/** Raised for syntax the evaluator does not cover; the caller turns it into UNSUPPORTED_TEMPLATE. */
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
