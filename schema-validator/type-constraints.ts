/**
 * Parses a variable's `type` constraint (`list(object({ name = string, port = optional(number, 80) }))`)
 * into a cty type, so its default can be checked like an attribute value.
 */
import { type Token, lexExpression } from "./expressions/lexer";
import type { CtyType } from "./provider-schema";

/** The parsed type, or why it could not be parsed. */
export type TypeConstraintResult = { readonly type: CtyType } | { readonly error: string };

const PRIMITIVES: Readonly<Record<string, CtyType>> = {
  string: "string",
  number: "number",
  bool: "bool",
  any: "dynamic",
};

class Parser {
  i = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  peek(): Token | undefined {
    return this.tokens[this.i];
  }

  expect(text: string): void {
    const t = this.tokens[this.i];
    if (t?.text !== text)
      throw new Error(`expected "${text}", found ${t === undefined ? "the end" : `"${t.text}"`}`);
    this.i++;
  }

  type(): CtyType {
    const t = this.tokens[this.i++];
    if (t?.kind !== "ident")
      throw new Error(`expected a type, found ${t === undefined ? "the end" : `"${t.text}"`}`);
    const primitive = PRIMITIVES[t.text];
    if (primitive !== undefined) return primitive;
    // Terraform 0.11 spellings, still accepted: bare `list` and `map` mean list(any) and map(any).
    if ((t.text === "list" || t.text === "map") && this.peek()?.text !== "(") return [t.text, "dynamic"];
    switch (t.text) {
      case "list":
      case "set":
      case "map": {
        this.expect("(");
        const elem = this.type();
        this.expect(")");
        return [t.text, elem];
      }
      case "tuple": {
        this.expect("(");
        this.expect("[");
        const elems: CtyType[] = [];
        while (this.peek()?.text !== "]") {
          elems.push(this.type());
          if (this.peek()?.text === ",") this.i++;
        }
        this.expect("]");
        this.expect(")");
        return ["tuple", elems];
      }
      case "object":
        return this.object();
      default:
        throw new Error(`unknown type "${t.text}"`);
    }
  }

  private object(): CtyType {
    this.expect("(");
    this.expect("{");
    const attrs: Record<string, CtyType> = {};
    const optional: string[] = [];
    while (this.peek()?.text !== "}") {
      const name = this.tokens[this.i++];
      if (name === undefined || (name.kind !== "ident" && name.kind !== "string")) {
        throw new Error("expected an attribute name in object({ ... })");
      }
      const key = name.kind === "string" ? name.text.slice(1, -1) : name.text;
      if (this.peek()?.text === "=" || this.peek()?.text === ":") this.i++;
      else throw new Error(`expected "=" after "${key}"`);
      if (this.peek()?.text === "optional") {
        this.i++;
        this.expect("(");
        attrs[key] = this.type();
        optional.push(key);
        this.skipToClose();
      } else {
        attrs[key] = this.type();
      }
      if (this.peek()?.text === ",") this.i++;
    }
    this.expect("}");
    this.expect(")");
    return optional.length > 0 ? ["object", attrs, optional.sort()] : ["object", attrs];
  }

  /** Skips an `optional(T, default)` default up to and including its closing parenthesis. */
  private skipToClose(): void {
    let depth = 0;
    for (; this.i < this.tokens.length; this.i++) {
      const t = this.tokens[this.i]!.text;
      if (t === "(" || t === "[" || t === "{") depth++;
      if (t === ")" || t === "]" || t === "}") {
        if (depth === 0) {
          this.i++;
          return;
        }
        depth--;
      }
    }
    throw new Error("unclosed optional(");
  }
}

/** Parses a type constraint string. */
export function parseTypeConstraint(src: string): TypeConstraintResult {
  const { tokens, errors } = lexExpression(src);
  if (errors.length > 0) return { error: errors.join("; ") };
  const parser = new Parser(tokens);
  try {
    const type = parser.type();
    if (parser.peek() !== undefined) return { error: `unexpected "${parser.peek()!.text}" after the type` };
    return { type };
  } catch (e) {
    return { error: (e as Error).message };
  }
}
