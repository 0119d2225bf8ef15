/**
 * Go `text/template` lexer: splits a source into text runs and actions (with trim markers and
 * comments, for any delimiters) and an action body into tokens.
 */
import { atOffset, located, TemplateEvalError, UnsupportedTemplateError } from "./ast";

export type Token =
  | { t: "field"; v: string; adj: boolean }
  | { t: "variable"; v: string; adj: boolean }
  | { t: "ident"; v: string; adj: boolean }
  | { t: "string"; v: string; adj: boolean }
  | { t: "number"; v: number; float: boolean; text: string; adj: boolean }
  | { t: "dot" | "pipe" | "lparen" | "rparen" | "declare" | "assign" | "comma"; adj: boolean };

/** A text run, or an action with the offsets of its left delimiter and past its right one. */
export type Part =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "action"; readonly tokens: Token[]; readonly offset: number; readonly end: number };

/** Splits `src` into text and tokenised actions, applying `{{-`/`-}}` trimming. */
export function splitActions(src: string, left: string, right: string): Part[] {
  const parts: Part[] = [];
  let i = 0;
  let trimNext = false;
  while (i <= src.length) {
    const open = src.indexOf(left, i);
    let text = open === -1 ? src.slice(i) : src.slice(i, open);
    if (trimNext) text = text.replace(/^[ \t\r\n]+/, "");
    if (open === -1) {
      if (text) parts.push({ kind: "text", text });
      break;
    }
    let start = open + left.length;
    if (src[start] === "-" && /[ \t\r\n]/.test(src[start + 1] ?? "")) {
      text = text.replace(/[ \t\r\n]+$/, "");
      start += 2;
    }
    if (text) parts.push({ kind: "text", text });
    const comment = commentEnd(src, start, right);
    if (comment !== undefined) {
      if (comment < 0) throw located(new TemplateEvalError("unclosed comment"), open);
      trimNext = src.startsWith(" -", comment) && src.startsWith(right, comment + 2);
      if (!trimNext && !src.startsWith(right, comment)) {
        throw located(new TemplateEvalError("comment ends before closing delimiter"), open);
      }
      i = comment + (trimNext ? 2 : 0) + right.length;
      continue;
    }
    const { tokens, close, trim } = lexAction(src, start, right, open);
    trimNext = trim;
    i = close + (trim ? 2 : 0) + right.length;
    parts.push({ kind: "action", tokens, offset: open, end: i });
  }
  return parts;
}

/** For a comment action, the offset just after its `*\/`, -1 when unclosed; else undefined. */
function commentEnd(src: string, start: number, right: string): number | undefined {
  if (!src.startsWith("/*", start)) return undefined;
  void right;
  const close = src.indexOf("*/", start + 2);
  return close === -1 ? -1 : close + 2;
}

/** Tokens of one action, the offset of its right delimiter (or of ` -`) and whether it trims. */
function lexAction(
  src: string,
  from: number,
  right: string,
  open: number,
): { tokens: Token[]; close: number; trim: boolean } {
  const tokens: Token[] = [];
  let i = from;
  let adj = false;
  const fail = (msg: string): never => {
    throw located(new TemplateEvalError(msg), open);
  };
  for (;;) {
    if (i >= src.length) fail("unclosed action");
    const c = src[i] as string;
    if (/[ \t\r\n]/.test(c)) {
      if (c === " " || c === "\t" || c === "\r" || c === "\n") {
        if (src[i + 1] === "-" && src.startsWith(right, i + 2)) return { tokens, close: i, trim: true };
      }
      i++;
      adj = false;
      continue;
    }
    if (src.startsWith(right, i)) return { tokens, close: i, trim: false };
    const here = adj;
    adj = true;
    const rest = src.slice(i);
    let m: RegExpExecArray | null;
    if (c === "|") {
      tokens.push({ t: "pipe", adj: here });
      i++;
    } else if (c === "(") {
      tokens.push({ t: "lparen", adj: here });
      i++;
    } else if (c === ")") {
      tokens.push({ t: "rparen", adj: here });
      i++;
    } else if (c === ",") {
      tokens.push({ t: "comma", adj: here });
      i++;
    } else if (c === ":" && src[i + 1] === "=") {
      tokens.push({ t: "declare", adj: here });
      i += 2;
    } else if (c === "=") {
      tokens.push({ t: "assign", adj: here });
      i++;
    } else if (c === '"') {
      let j = i + 1;
      while (j < src.length && src[j] !== '"' && src[j] !== "\n") j += src[j] === "\\" ? 2 : 1;
      if (src[j] !== '"') fail("unterminated quoted string");
      tokens.push({ t: "string", v: unquote(src.slice(i + 1, j), '"', fail), adj: here });
      i = j + 1;
    } else if (c === "`") {
      const j = src.indexOf("`", i + 1);
      if (j === -1) fail("unterminated raw quoted string");
      tokens.push({ t: "string", v: src.slice(i + 1, j).replace(/\r/g, ""), adj: here });
      i = j + 1;
    } else if (c === "'") {
      let j = i + 1;
      while (j < src.length && src[j] !== "'" && src[j] !== "\n") j += src[j] === "\\" ? 2 : 1;
      if (src[j] !== "'") fail("unterminated character constant");
      const ch = unquote(src.slice(i + 1, j), "'", fail);
      if ([...ch].length !== 1) fail(`malformed character constant: ${src.slice(i, j + 1)}`);
      tokens.push({
        t: "number",
        v: ch.codePointAt(0) as number,
        float: false,
        text: src.slice(i, j + 1),
        adj: here,
      });
      i = j + 1;
    } else if (
      (m =
        /^[+-]?(?:0[xX][0-9a-fA-F_.]*(?:[pP][+-]?[0-9_]+)?|0[oObB][0-9_]*|[0-9][0-9_]*\.?[0-9_]*(?:[eE][+-]?[0-9_]+)?|\.[0-9][0-9_]*(?:[eE][+-]?[0-9_]+)?)i?/.exec(
          rest,
        )) &&
      (c !== "." || /[0-9]/.test(src[i + 1] ?? ""))
    ) {
      const text = m[0];
      if (/^[\w.]/.test(src[i + text.length] ?? ""))
        fail(`bad number syntax: "${text}${src[i + text.length]}"`);
      tokens.push({ t: "number", ...atOffset(open, () => parseNumber(text, fail)), text, adj: here });
      i += text.length;
    } else if (c === "." && !/[\p{L}_]/u.test(src[i + 1] ?? "")) {
      tokens.push({ t: "dot", adj: here });
      i++;
    } else if ((m = /^[.$][\p{L}\p{N}_]*/u.exec(rest))) {
      tokens.push({ t: c === "." ? "field" : "variable", v: m[0], adj: here });
      i += m[0].length;
    } else if ((m = /^[\p{L}_][\p{L}\p{N}_]*/u.exec(rest))) {
      tokens.push({ t: "ident", v: m[0], adj: here });
      i += m[0].length;
    } else {
      fail(`unexpected ${JSON.stringify(c)} in command`);
    }
  }
}

/** Go's number literal rules: `0x1F`, `0o17`, `017`, `0b101`, `1_000`, `1.5e3`, `0x1p-2`. */
function parseNumber(text: string, fail: (m: string) => never): { v: number; float: boolean } {
  if (text.endsWith("i"))
    throw new UnsupportedTemplateError(`imaginary number literal ${text} (complex numbers)`);
  const neg = text.startsWith("-");
  const body = text.replace(/^[+-]/, "");
  if (/(^_|_$|__|_\.|\._)/.test(body.replace(/^0[xXoObB]_?/, "x"))) fail(`bad number syntax: "${text}"`);
  const s = body.replace(/_/g, "");
  let v: number;
  let float = false;
  if (/^0[xX]/.test(s)) {
    const hm = /^0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?\d+))?$/.exec(s);
    if (!hm || (hm[1] === "" && !hm[2])) fail(`bad number syntax: "${text}"`);
    const [, int = "", frac, exp] = hm;
    if ((frac !== undefined || exp !== undefined) && exp === undefined) fail(`bad number syntax: "${text}"`);
    float = exp !== undefined;
    v = parseInt(int || "0", 16);
    if (frac) v += parseInt(frac, 16) / 16 ** frac.length;
    if (exp) v *= 2 ** Number(exp);
  } else if (/^0[oO]/.test(s)) {
    if (!/^0[oO][0-7]+$/.test(s)) fail(`bad number syntax: "${text}"`);
    v = parseInt(s.slice(2), 8);
  } else if (/^0[bB]/.test(s)) {
    if (!/^0[bB][01]+$/.test(s)) fail(`bad number syntax: "${text}"`);
    v = parseInt(s.slice(2), 2);
  } else if (/^0[0-9]+$/.test(s)) {
    if (!/^0[0-7]+$/.test(s)) fail(`bad number syntax: "${text}"`);
    v = parseInt(s, 8);
  } else {
    float = /[.eE]/.test(s);
    v = Number(s);
    if (Number.isNaN(v)) fail(`bad number syntax: "${text}"`);
  }
  return { v: neg ? -v : v, float };
}

const ESCAPES: Record<string, string> = {
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
  "\\": "\\",
};

/** Go's `strconv.Unquote` body for `"` strings and `'` characters. */
function unquote(body: string, q: string, fail: (m: string) => never): string {
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c !== "\\") {
      out += c;
      continue;
    }
    const e = body[++i] ?? "";
    if (ESCAPES[e] !== undefined) out += ESCAPES[e];
    else if (e === q) out += q;
    else if (e === "x" && /^[0-9a-fA-F]{2}/.test(body.slice(i + 1))) {
      out += String.fromCharCode(parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (
      (e === "u" || e === "U") &&
      new RegExp(`^[0-9a-fA-F]{${e === "u" ? 4 : 8}}`).test(body.slice(i + 1))
    ) {
      const n = e === "u" ? 4 : 8;
      const cp = parseInt(body.slice(i + 1, i + 1 + n), 16);
      if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) fail("invalid syntax in quoted string");
      out += String.fromCodePoint(cp);
      i += n;
    } else if (/^[0-7]{3}/.test(body.slice(i))) {
      const n = parseInt(body.slice(i, i + 3), 8);
      if (n > 255) fail("invalid syntax in quoted string");
      out += String.fromCharCode(n);
      i += 2;
    } else fail(`invalid syntax in quoted string: \\${e}`);
  }
  return out;
}
