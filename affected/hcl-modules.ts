/**
 * Finds the `module` calls of a Terraform file (what atmos reads with terraform-config-inspect):
 * each top-level `module "<name>" { ... }` block with its `source` string and whether it sets
 * `version`. A small scanner, not an HCL parser: it understands comments (`#`, `//`, `/* *\/`),
 * quoted strings with escapes and `${...}` / `%{...}` templates (nested strings included), heredocs
 * and bracket nesting, which is all it needs to find attributes directly in a module block's body.
 * Limits: a `source` that is not a plain string literal is ignored (Terraform rejects it anyway).
 */

/** One module call. */
export interface ModuleCall {
  readonly name: string;
  /** The `source` string, when it is a literal. */
  readonly source?: string;
  /** Whether the block sets `version` (registry modules); atmos treats those as remote. */
  readonly hasVersion: boolean;
}

type Token =
  | { readonly kind: "ident"; readonly text: string }
  | { readonly kind: "string"; readonly value: string | undefined }
  | { readonly kind: "open"; readonly ch: "{" | "[" | "(" }
  | { readonly kind: "close" }
  | { readonly kind: "eq" }
  | { readonly kind: "newline" }
  | { readonly kind: "other" };

/** The module calls of an HCL (`.tf`) file. */
export function moduleCallsInHcl(text: string): ModuleCall[] {
  const tokens = new Lexer(text).tokens();
  const calls: ModuleCall[] = [];
  let depth = 0;
  let current: { name: string; depth: number; source?: string; hasVersion: boolean } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const atStatementStart = prev === undefined || prev.kind === "newline" || prev.kind === "open";
    if (t.kind === "open") {
      depth++;
      continue;
    }
    if (t.kind === "close") {
      if (current && depth === current.depth) {
        calls.push({
          name: current.name,
          hasVersion: current.hasVersion,
          ...(current.source !== undefined ? { source: current.source } : {}),
        });
        current = undefined;
      }
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (t.kind !== "ident" || !atStatementStart) continue;
    if (depth === 0 && t.text === "module") {
      const label = tokens[i + 1];
      const brace = tokens[i + 2];
      const name = label?.kind === "string" ? label.value : label?.kind === "ident" ? label.text : undefined;
      if (name !== undefined && brace?.kind === "open" && brace.ch === "{") {
        current = { name, depth: 1, hasVersion: false };
      }
      continue;
    }
    if (current && depth === current.depth && tokens[i + 1]?.kind === "eq") {
      const value = tokens[i + 2];
      if (t.text === "source" && value?.kind === "string" && value.value !== undefined) {
        current.source = value.value;
      } else if (t.text === "version" && !(value?.kind === "ident" && value.text === "null")) {
        current.hasVersion = true;
      }
    }
  }
  return calls;
}

/** The module calls of a Terraform JSON (`.tf.json`) file; throws SyntaxError on invalid JSON. */
export function moduleCallsInJson(text: string): ModuleCall[] {
  const root: unknown = JSON.parse(text);
  const calls: ModuleCall[] = [];
  const bodies = (v: unknown): Record<string, unknown>[] =>
    Array.isArray(v) ? v.flatMap(bodies) : isObject(v) ? [v] : [];
  for (const doc of bodies(root)) {
    for (const group of bodies(doc["module"])) {
      for (const [name, value] of Object.entries(group)) {
        for (const body of bodies(value)) {
          const source = body["source"];
          calls.push({
            name,
            hasVersion: body["version"] !== undefined && body["version"] !== null,
            ...(typeof source === "string" ? { source } : {}),
          });
        }
      }
    }
  }
  return calls;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

const IDENT_START = /[A-Za-z_]/;
const IDENT_PART = /[A-Za-z0-9_-]/;
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: "\n", r: "\r", t: "\t", '"': '"', "\\": "\\" };

class Lexer {
  private pos = 0;

  constructor(private readonly text: string) {}

  tokens(): Token[] {
    const out: Token[] = [];
    const s = this.text;
    while (this.pos < s.length) {
      const c = s[this.pos]!;
      const next = s[this.pos + 1];
      if (c === "\n") {
        out.push({ kind: "newline" });
        this.pos++;
      } else if (c === " " || c === "\t" || c === "\r") {
        this.pos++;
      } else if (c === "#" || (c === "/" && next === "/")) {
        this.skipLine();
      } else if (c === "/" && next === "*") {
        const end = s.indexOf("*/", this.pos + 2);
        const stop = end < 0 ? s.length : end + 2;
        if (s.slice(this.pos, stop).includes("\n")) out.push({ kind: "newline" });
        this.pos = stop;
      } else if (c === '"') {
        this.pos++;
        out.push({ kind: "string", value: this.quoted() });
      } else if (c === "<" && next === "<" && this.heredoc()) {
        out.push({ kind: "other" });
      } else if (c === "{" || c === "[" || c === "(") {
        out.push({ kind: "open", ch: c });
        this.pos++;
      } else if (c === "}" || c === "]" || c === ")") {
        out.push({ kind: "close" });
        this.pos++;
      } else if ("=!<>".includes(c) && (next === "=" || (c === "=" && next === ">"))) {
        out.push({ kind: "other" });
        this.pos += 2;
      } else if (c === "=") {
        out.push({ kind: "eq" });
        this.pos++;
      } else if (IDENT_START.test(c)) {
        const start = this.pos;
        while (this.pos < s.length && IDENT_PART.test(s[this.pos]!)) this.pos++;
        out.push({ kind: "ident", text: s.slice(start, this.pos) });
      } else {
        out.push({ kind: "other" });
        this.pos++;
      }
    }
    return out;
  }

  private skipLine(): void {
    const end = this.text.indexOf("\n", this.pos);
    this.pos = end < 0 ? this.text.length : end;
  }

  /** After an opening quote: the literal value, or undefined when the string holds a template. */
  private quoted(): string | undefined {
    const s = this.text;
    let value = "";
    let templated = false;
    while (this.pos < s.length) {
      const c = s[this.pos]!;
      const next = s[this.pos + 1];
      if (c === '"') {
        this.pos++;
        return templated ? undefined : value;
      }
      if (c === "\n") return undefined; // unterminated: let the newline end the statement
      if (c === "\\" && next !== undefined) {
        value += SIMPLE_ESCAPES[next] ?? next;
        this.pos += 2;
      } else if ((c === "$" || c === "%") && next === c && s[this.pos + 2] === "{") {
        value += `${c}{`;
        this.pos += 3;
      } else if ((c === "$" || c === "%") && next === "{") {
        templated = true;
        this.pos += 2;
        this.templateExpression();
      } else {
        value += c;
        this.pos++;
      }
    }
    return undefined;
  }

  /** Skips a `${ ... }` / `%{ ... }` body up to its closing brace (strings inside included). */
  private templateExpression(): void {
    const s = this.text;
    let depth = 1;
    while (this.pos < s.length && depth > 0) {
      const c = s[this.pos]!;
      if (c === '"') {
        this.pos++;
        this.quoted();
        continue;
      }
      if (c === "{") depth++;
      else if (c === "}") depth--;
      this.pos++;
    }
  }

  /** At `<<`: skips a heredoc and returns true, or returns false when this is not one. */
  private heredoc(): boolean {
    const s = this.text;
    const m = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(s.slice(this.pos, this.pos + 256));
    if (!m) return false;
    const marker = m[1]!;
    let lineStart = this.pos + m[0].length;
    while (lineStart < s.length) {
      const end = s.indexOf("\n", lineStart);
      const lineEnd = end < 0 ? s.length : end;
      if (s.slice(lineStart, lineEnd).trim() === marker) {
        this.pos = lineEnd;
        return true;
      }
      lineStart = lineEnd + 1;
    }
    this.pos = s.length;
    return true;
  }
}
