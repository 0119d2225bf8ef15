/**
 * A tokenizer for the parts of HCL that appear in Terraform JSON strings: templates (`${…}`
 * interpolations, `%{…}` directives, `$${`/`%%{` escapes) and the expressions inside them, including
 * quoted strings that hold templates of their own. It only needs to be precise enough to find
 * references and function calls, so it produces tokens, not a syntax tree.
 */

/** One lexical token of an expression. `start`/`end` are offsets into the source string. */
export interface Token {
  readonly kind: "ident" | "number" | "string" | "punct";
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** True when a line break precedes the token (separates items of an object constructor). */
  readonly nl?: boolean;
  /** For `string` tokens: the interpolations and directives of the quoted template. */
  readonly pieces?: readonly TemplatePiece[];
}

/** An interpolation (`${…}`) or directive (`%{…}`) of a template, as tokens. */
export interface TemplatePiece {
  readonly kind: "interpolation" | "directive";
  readonly tokens: readonly Token[];
}

/** The result of tokenizing a template string. */
export interface LexedTemplate {
  readonly pieces: readonly TemplatePiece[];
  /** Problems such as an unterminated `${`; the pieces found before them are still returned. */
  readonly errors: readonly string[];
}

const PUNCTUATION = [
  "...",
  "::",
  "=>",
  "==",
  "!=",
  "<=",
  ">=",
  "&&",
  "||",
  "(",
  ")",
  "{",
  "}",
  "[",
  "]",
  ",",
  ".",
  "?",
  ":",
  "=",
  "<",
  ">",
  "!",
  "+",
  "-",
  "*",
  "/",
  "%",
  "~",
];
const IDENT = /[\p{L}_][\p{L}\p{N}_-]*/uy;
const NUMBER = /[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const INTEGER = /[0-9]+/y;

class Scanner {
  pos = 0;
  readonly errors: string[] = [];

  constructor(readonly src: string) {}

  /** Scans template text until the end of input, or until a closing quote when `quoted`. */
  template(quoted: boolean): TemplatePiece[] {
    const pieces: TemplatePiece[] = [];
    const s = this.src;
    while (this.pos < s.length) {
      const c = s[this.pos];
      if (quoted && c === '"') return pieces;
      if (quoted && c === "\\") {
        this.pos += 2;
      } else if ((c === "$" || c === "%") && s[this.pos + 1] === c && s[this.pos + 2] === "{") {
        this.pos += 3; // `$${` and `%%{` are literal
      } else if ((c === "$" || c === "%") && s[this.pos + 1] === "{") {
        const open = this.pos;
        this.pos += 2;
        const tokens = this.expression();
        if (tokens === undefined) {
          this.errors.push(`unterminated "${c}{" starting at offset ${open}`);
          return pieces;
        }
        pieces.push({ kind: c === "$" ? "interpolation" : "directive", tokens });
      } else {
        this.pos += 1;
      }
    }
    if (quoted) this.errors.push("unterminated quoted string");
    return pieces;
  }

  /** Tokens up to the `}` closing the current interpolation (consumed); undefined at end of input. */
  private expression(): Token[] | undefined {
    const tokens: Token[] = [];
    let depth = 0;
    for (;;) {
      const nl = this.skipSpaceAndComments();
      if (this.pos >= this.src.length) return undefined;
      const token = this.next(tokens[tokens.length - 1], nl);
      if (token === undefined) continue;
      if (token.text === "{" && token.kind === "punct") depth++;
      if (token.text === "}" && token.kind === "punct") {
        if (depth === 0) return tokens.filter((t) => !(t.kind === "punct" && t.text === "~"));
        depth--;
      }
      tokens.push(token);
    }
  }

  /** Every token of a bare expression (no surrounding `${ }`), for static references. */
  bare(): Token[] {
    const tokens: Token[] = [];
    for (;;) {
      const nl = this.skipSpaceAndComments();
      if (this.pos >= this.src.length) return tokens;
      const token = this.next(tokens[tokens.length - 1], nl);
      if (token !== undefined) tokens.push(token);
    }
  }

  private next(previous: Token | undefined, nl: boolean): Token | undefined {
    const s = this.src;
    const start = this.pos;
    const c = s[start]!;
    if (c === '"') {
      this.pos += 1;
      const pieces = this.template(true);
      this.pos += 1;
      return { kind: "string", text: s.slice(start, this.pos), start, end: this.pos, nl, pieces };
    }
    const afterDot = previous?.kind === "punct" && previous.text === ".";
    for (const [kind, re] of [
      ["ident", IDENT],
      ["number", afterDot ? INTEGER : NUMBER],
    ] as const) {
      re.lastIndex = start;
      const m = re.exec(s);
      if (m) {
        this.pos = start + m[0].length;
        return { kind, text: m[0], start, end: this.pos, nl };
      }
    }
    for (const p of PUNCTUATION) {
      if (s.startsWith(p, start)) {
        this.pos = start + p.length;
        return { kind: "punct", text: p, start, end: this.pos, nl };
      }
    }
    this.errors.push(`unexpected character ${JSON.stringify(c)} at offset ${start}`);
    this.pos += 1;
    return undefined;
  }

  /** Skips blanks and comments; true when a line break was crossed. */
  private skipSpaceAndComments(): boolean {
    const s = this.src;
    let nl = false;
    while (this.pos < s.length) {
      const c = s[this.pos]!;
      if (c === " " || c === "\t" || c === "\n" || c === "\r") {
        if (c === "\n") nl = true;
        this.pos += 1;
      } else if (c === "#" || (c === "/" && s[this.pos + 1] === "/")) {
        while (this.pos < s.length && s[this.pos] !== "\n") this.pos += 1;
      } else if (c === "/" && s[this.pos + 1] === "*") {
        const end = s.indexOf("*/", this.pos + 2);
        this.pos = end === -1 ? s.length : end + 2;
      } else {
        return nl;
      }
    }
    return nl;
  }
}

/** Tokenizes a Terraform JSON string as a template. A plain string yields no pieces. */
export function lexTemplate(src: string): LexedTemplate {
  if (!src.includes("{")) return { pieces: [], errors: [] };
  const scanner = new Scanner(src);
  const pieces = scanner.template(false);
  return { pieces, errors: scanner.errors };
}

/** Tokenizes a bare expression such as a `depends_on` entry (`aws_s3_bucket.state`). */
export function lexExpression(src: string): { tokens: readonly Token[]; errors: readonly string[] } {
  const scanner = new Scanner(src);
  const tokens = scanner.bare();
  return { tokens, errors: scanner.errors };
}
