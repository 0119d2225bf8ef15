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
  | { readonly kind: "action"; readonly pipeline: Pipeline }
  | {
      readonly kind: "if";
      readonly branches: readonly { readonly cond: Pipeline; readonly body: readonly TemplateNode[] }[];
      readonly otherwise: readonly TemplateNode[];
    };

/** Raised for syntax the subset does not cover; the caller turns it into UNSUPPORTED_TEMPLATE. */
export class UnsupportedTemplateError extends Error {
  constructor(readonly construct: string) {
    super(`unsupported template construct ${construct}`);
    this.name = "UnsupportedTemplateError";
  }
}

/** Raised for a template that is malformed or fails at evaluation (e.g. a missing key). */
export class TemplateEvalError extends Error {
  constructor(
    message: string,
    readonly missingKey?: string,
  ) {
    super(message);
    this.name = "TemplateEvalError";
  }
}
