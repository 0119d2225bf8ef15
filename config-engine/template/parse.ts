/**
 * Lexer and parser for the Go-template subset used in atmos name templates and import contexts:
 * text, `{{ pipeline }}` with `-` trim markers, comments, `if`/`else if`/`else`/`end`, field
 * chains (`.vars.tenant`, `$.x`, `.`), string/raw-string/number/bool/nil literals, function calls
 * with arguments, parenthesised pipelines and `|`. Anything else (`range`, `with`, `define`,
 * variables, …) raises {@link UnsupportedTemplateError}.
 */
import {
  atOffset,
  located,
  TemplateEvalError,
  UnsupportedTemplateError,
  type Command,
  type Operand,
  type Pipeline,
  type TemplateNode,
} from "./ast";

type Token =
  | { t: "field"; root: "dot" | "root"; path: string[] }
  | { t: "string"; v: string }
  | { t: "number"; v: number }
  | { t: "ident"; v: string }
  | { t: "var"; v: string }
  | { t: "pipe" }
  | { t: "lparen" }
  | { t: "rparen" }
  | { t: "assign" };

/** Parses a whole template into nodes. */
export function parseTemplate(src: string): TemplateNode[] {
  const parts = splitActions(src);
  const pos = { i: 0 };
  const nodes = parseBlock(parts, pos, "top");
  return nodes;
}

/** A text run, or an action with the offset of its `{{` in the source. */
type Part = { kind: "text"; text: string } | { kind: "action"; body: string; offset: number };

function splitActions(src: string): Part[] {
  const parts: Part[] = [];
  let i = 0;
  let trimNext = false;
  while (i < src.length) {
    const open = src.indexOf("{{", i);
    let text = open === -1 ? src.slice(i) : src.slice(i, open);
    if (trimNext) text = text.replace(/^\s+/, "");
    if (open === -1) {
      if (text) parts.push({ kind: "text", text });
      break;
    }
    let start = open + 2;
    if (src[start] === "-" && /\s/.test(src[start + 1] ?? "")) {
      text = text.replace(/\s+$/, "");
      start += 1;
    }
    if (text) parts.push({ kind: "text", text });
    const close = findClose(src, start, open);
    let end = close;
    trimNext = false;
    if (src[close - 1] === "-" && /\s/.test(src[close - 2] ?? "")) {
      end = close - 1;
      trimNext = true;
    }
    const body = src.slice(start, end).trim();
    if (!(body.startsWith("/*") && body.endsWith("*/"))) parts.push({ kind: "action", body, offset: open });
    i = close + 2;
  }
  return parts;
}

function findClose(src: string, from: number, open: number): number {
  let i = from;
  while (i < src.length) {
    const c = src[i];
    if (c === '"' || c === "`" || c === "'") {
      const q = c;
      i++;
      while (i < src.length && src[i] !== q) i += src[i] === "\\" && q !== "`" ? 2 : 1;
      i++;
      continue;
    }
    if (c === "}" && src[i + 1] === "}") return i;
    i++;
  }
  throw located(new TemplateEvalError("unclosed action: missing '}}'"), open);
}

function parseBlock(parts: Part[], pos: { i: number }, inside: "top" | "if"): TemplateNode[] {
  const nodes: TemplateNode[] = [];
  while (pos.i < parts.length) {
    const p = parts[pos.i] as Part;
    if (p.kind === "text") {
      nodes.push({ kind: "text", text: p.text });
      pos.i++;
      continue;
    }
    const action = p;
    const keyword = /^(\w+)\b/.exec(action.body)?.[1];
    if (keyword === "end" || keyword === "else") {
      if (inside === "top") throw located(new TemplateEvalError(`unexpected {{${keyword}}}`), action.offset);
      return nodes;
    }
    if (keyword === "if") {
      nodes.push(atOffset(action.offset, () => parseIf(parts, pos)));
      continue;
    }
    if (keyword && ["range", "with", "define", "template", "block", "break", "continue"].includes(keyword)) {
      throw located(new UnsupportedTemplateError(`'{{${keyword}}}'`), action.offset);
    }
    const pipeline = atOffset(action.offset, () => parsePipelineText(action.body));
    nodes.push({ kind: "action", pipeline, offset: action.offset });
    pos.i++;
  }
  if (inside === "if") throw new TemplateEvalError("missing {{end}}");
  return nodes;
}

function parseIf(parts: Part[], pos: { i: number }): TemplateNode {
  const branches: { cond: Pipeline; body: TemplateNode[]; offset: number }[] = [];
  let otherwise: TemplateNode[] = [];
  let header = (parts[pos.i] as { body: string }).body.replace(/^if\b/, "");
  let headerOffset = (parts[pos.i] as { offset: number }).offset;
  for (;;) {
    pos.i++;
    const body = parseBlock(parts, pos, "if");
    const cond = atOffset(headerOffset, () => parsePipelineText(header));
    branches.push({ cond, body, offset: headerOffset });
    const stopPart = parts[pos.i] as { body: string; offset: number };
    const stop = stopPart.body;
    if (/^end\b/.test(stop)) {
      pos.i++;
      break;
    }
    const elseIf = /^else\s+if\b(.*)$/s.exec(stop);
    if (elseIf) {
      header = elseIf[1] ?? "";
      headerOffset = stopPart.offset;
      continue;
    }
    if (stop.trim() !== "else") throw new UnsupportedTemplateError(`'{{${stop}}}'`);
    pos.i++;
    otherwise = parseBlock(parts, pos, "if");
    const end = (parts[pos.i] as { body: string }).body;
    if (!/^end\b/.test(end)) throw new TemplateEvalError("expected {{end}} after {{else}}");
    pos.i++;
    break;
  }
  return { kind: "if", branches, otherwise };
}

function parsePipelineText(body: string): Pipeline {
  const tokens = lex(body);
  const pos = { i: 0 };
  const p = parsePipeline(tokens, pos);
  if (pos.i < tokens.length) throw new TemplateEvalError(`unexpected token in '${body}'`);
  return p;
}

function parsePipeline(tokens: Token[], pos: { i: number }): Pipeline {
  const commands: Command[] = [];
  let operands: Operand[] = [];
  while (pos.i < tokens.length) {
    const tok = tokens[pos.i] as Token;
    if (tok.t === "rparen") break;
    pos.i++;
    switch (tok.t) {
      case "pipe":
        if (operands.length === 0) throw new TemplateEvalError("missing command before '|'");
        commands.push({ operands });
        operands = [];
        break;
      case "lparen": {
        const inner = parsePipeline(tokens, pos);
        if (tokens[pos.i]?.t !== "rparen") throw new TemplateEvalError("missing ')'");
        pos.i++;
        if (tokens[pos.i]?.t === "field") {
          throw new UnsupportedTemplateError("field access on a parenthesised expression");
        }
        operands.push({ kind: "pipeline", pipeline: inner });
        break;
      }
      case "field":
        operands.push({ kind: "field", root: tok.root, path: tok.path });
        break;
      case "string":
        operands.push({ kind: "string", value: tok.v });
        break;
      case "number":
        operands.push({ kind: "number", value: tok.v });
        break;
      case "ident":
        if (tok.v === "true" || tok.v === "false") operands.push({ kind: "bool", value: tok.v === "true" });
        else if (tok.v === "nil") operands.push({ kind: "nil" });
        else operands.push({ kind: "ident", name: tok.v });
        break;
      case "var":
      case "assign":
        throw new UnsupportedTemplateError("template variables ($x, :=)");
      default:
        throw new TemplateEvalError("unexpected ')'");
    }
  }
  if (operands.length === 0) throw new TemplateEvalError("empty command in pipeline");
  commands.push({ operands });
  return { commands };
}

function lex(s: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i] as string;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "|") {
      out.push({ t: "pipe" });
      i++;
    } else if (c === "(") {
      out.push({ t: "lparen" });
      i++;
    } else if (c === ")") {
      out.push({ t: "rparen" });
      i++;
    } else if (c === ":" && s[i + 1] === "=") {
      out.push({ t: "assign" });
      i += 2;
    } else if (c === "=") {
      out.push({ t: "assign" });
      i++;
    } else if (c === '"') {
      let j = i + 1;
      while (j < s.length && s[j] !== '"') j += s[j] === "\\" ? 2 : 1;
      if (j >= s.length) throw new TemplateEvalError("unterminated string");
      out.push({ t: "string", v: JSON.parse(s.slice(i, j + 1)) as string });
      i = j + 1;
    } else if (c === "`") {
      const j = s.indexOf("`", i + 1);
      if (j === -1) throw new TemplateEvalError("unterminated raw string");
      out.push({ t: "string", v: s.slice(i + 1, j) });
      i = j + 1;
    } else if (c === "'") {
      throw new UnsupportedTemplateError("character literals");
    } else if (c === "." || c === "$") {
      const m = /^(\$|\.)((?:\.?[A-Za-z_]\w*)*)/.exec(s.slice(i)) as RegExpExecArray;
      const text = m[0];
      if (c === "$" && text.length > 1 && text[1] !== ".") {
        out.push({ t: "var", v: text });
      } else {
        const rest = c === "$" ? text.slice(1) : text;
        const path = rest.split(".").filter((p) => p !== "");
        out.push({ t: "field", root: c === "$" ? "root" : "dot", path });
      }
      i += text.length;
    } else if (/[0-9+-]/.test(c)) {
      const m = /^[+-]?(0x[0-9a-fA-F]+|\d+(\.\d+)?([eE][+-]?\d+)?)/.exec(s.slice(i));
      if (!m) throw new TemplateEvalError(`bad number in '${s}'`);
      out.push({ t: "number", v: Number(m[0]) });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][\w.]*/.exec(s.slice(i)) as RegExpExecArray;
      if (m[0].includes(".")) throw new UnsupportedTemplateError(`function '${m[0]}'`);
      out.push({ t: "ident", v: m[0] });
      i += m[0].length;
    } else {
      throw new TemplateEvalError(`unexpected character '${c}'`);
    }
  }
  return out;
}
