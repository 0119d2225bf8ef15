/**
 * Parser of Go's `text/template`: text, actions with pipelines and variable declarations,
 * `if`/`else if`/`else`, `with`/`else with`, `range` (with `break`/`continue`), `define`,
 * `template`, `block`, comments and trim markers, under any delimiters. Errors carry the offset
 * of the action at fault.
 */
import {
  located,
  TemplateEvalError,
  type Arg,
  type Branch,
  type Command,
  type ParsedTemplate,
  type Pipeline,
  type TemplateNode,
} from "./ast";
import { splitActions, type Part, type Token } from "./lex";

type ActionPart = Extract<Part, { kind: "action" }>;

const KEYWORDS = new Set([
  "if",
  "else",
  "end",
  "range",
  "with",
  "define",
  "template",
  "block",
  "break",
  "continue",
]);

/** Parses a whole template. */
export function parseTemplate(
  src: string,
  delimiters: readonly [string, string] = ["{{", "}}"],
): ParsedTemplate {
  return new Parser(splitActions(src, delimiters[0], delimiters[1])).parse();
}

function keyword(p: ActionPart): string | undefined {
  const t = p.tokens[0];
  return t?.t === "ident" && KEYWORDS.has(t.v) ? t.v : undefined;
}

class Parser {
  private i = 0;
  private vars: string[] = ["$"];
  private rangeDepth = 0;
  private readonly defines = new Map<string, TemplateNode[]>();

  constructor(private readonly parts: Part[]) {}

  parse(): ParsedTemplate {
    const root: TemplateNode[] = [];
    while (this.i < this.parts.length) {
      const p = this.parts[this.i] as Part;
      if (p.kind === "action" && keyword(p) === "define") {
        this.i++;
        this.parseDefine(p);
        continue;
      }
      const { nodes, stop } = this.list();
      root.push(...nodes);
      if (stop) throw this.error(`unexpected {{${keyword(stop)}}}`, stop);
    }
    return { root, defines: this.defines };
  }

  private error(msg: string, at: ActionPart): TemplateEvalError {
    return located(new TemplateEvalError(msg), at.offset);
  }

  /** Nodes up to an `{{else}}`/`{{end}}` (returned as `stop`) or a top-level `{{define}}`. */
  private list(): { nodes: TemplateNode[]; stop?: ActionPart } {
    const nodes: TemplateNode[] = [];
    while (this.i < this.parts.length) {
      const p = this.parts[this.i] as Part;
      if (p.kind === "text") {
        nodes.push({ kind: "text", text: p.text });
        this.i++;
        continue;
      }
      const kw = keyword(p);
      if (kw === "end" || kw === "else") {
        this.i++;
        return { nodes, stop: p };
      }
      if (kw === "define") return { nodes };
      this.i++;
      nodes.push(this.action(p, kw));
    }
    return { nodes };
  }

  private action(p: ActionPart, kw: string | undefined): TemplateNode {
    const rest = p.tokens.slice(1);
    switch (kw) {
      case "if":
      case "with":
        return this.control(kw, p, rest);
      case "range":
        return this.range(p, rest);
      case "template":
      case "block":
        return this.templateCall(kw, p, rest);
      case "break":
      case "continue":
        if (this.rangeDepth === 0) throw this.error(`{{${kw}}} outside {{range}}`, p);
        if (rest.length > 0) throw this.error(`unexpected ${describe(rest[0] as Token)} in {{${kw}}}`, p);
        return { kind: kw, offset: p.offset };
      default: {
        const pipeline = this.pipeline(p.tokens, p, "command", true);
        return { kind: "action", pipeline, offset: p.offset, end: p.end };
      }
    }
  }

  private control(kind: "if" | "with", first: ActionPart, firstTokens: Token[]): TemplateNode {
    const mark = this.vars.length;
    const branches: Branch[] = [];
    let header = first;
    let tokens = firstTokens;
    let otherwise: TemplateNode[] | undefined;
    for (;;) {
      const pipeline = this.pipeline(tokens, header, kind, true);
      const { nodes, stop } = this.list();
      branches.push({ pipeline, body: nodes, offset: header.offset });
      if (!stop) throw this.error(`unexpected EOF: missing {{end}} for {{${kind}}}`, first);
      if (keyword(stop) === "end") break;
      const next = stop.tokens[1];
      if (next?.t === "ident" && next.v === kind) {
        header = stop;
        tokens = stop.tokens.slice(2);
        continue;
      }
      if (stop.tokens.length > 1) throw this.error(`unexpected ${describe(next as Token)} in {{else}}`, stop);
      const tail = this.list();
      if (!tail.stop || keyword(tail.stop) !== "end") {
        throw this.error(`expected {{end}} after {{else}}`, tail.stop ?? stop);
      }
      otherwise = tail.nodes;
      break;
    }
    this.vars.length = mark;
    return { kind, branches, otherwise };
  }

  private range(p: ActionPart, tokens: Token[]): TemplateNode {
    const mark = this.vars.length;
    const pipeline = this.pipeline(tokens, p, "range", true);
    this.rangeDepth++;
    const { nodes, stop } = this.list();
    this.rangeDepth--;
    if (!stop) throw this.error("unexpected EOF: missing {{end}} for {{range}}", p);
    let otherwise: TemplateNode[] | undefined;
    if (keyword(stop) === "else") {
      if (stop.tokens.length > 1)
        throw this.error(`unexpected ${describe(stop.tokens[1] as Token)} in {{else}}`, stop);
      const tail = this.list();
      if (!tail.stop || keyword(tail.stop) !== "end")
        throw this.error("expected {{end}} after {{else}}", stop);
      otherwise = tail.nodes;
    }
    this.vars.length = mark;
    return { kind: "range", pipeline, body: nodes, otherwise, offset: p.offset };
  }

  private templateCall(kw: "template" | "block", p: ActionPart, tokens: Token[]): TemplateNode {
    const name = tokens[0];
    if (name?.t !== "string") throw this.error(`missing or malformed name in {{${kw}}} (a quoted string)`, p);
    const pipeline = tokens.length > 1 ? this.pipeline(tokens.slice(1), p, kw, false) : undefined;
    if (kw === "block") {
      const saved = this.vars;
      this.vars = ["$"];
      const { nodes, stop } = this.list();
      this.vars = saved;
      if (!stop || keyword(stop) !== "end")
        throw this.error("unexpected EOF: missing {{end}} for {{block}}", p);
      this.defines.set(name.v, nodes);
    }
    return { kind: "template", name: name.v, pipeline, offset: p.offset };
  }

  private parseDefine(p: ActionPart): void {
    const name = p.tokens[1];
    if (name?.t !== "string" || p.tokens.length !== 2)
      throw this.error("malformed {{define}}: want a quoted name", p);
    const saved = this.vars;
    this.vars = ["$"];
    const { nodes, stop } = this.list();
    this.vars = saved;
    if (!stop || keyword(stop) !== "end")
      throw this.error("unexpected EOF: missing {{end}} for {{define}}", p);
    this.defines.set(name.v, nodes);
  }

  /** `[$a[, $b] (:=|=)] command (| command)*`; `context` names the construct in messages. */
  private pipeline(tokens: Token[], at: ActionPart, context: string, allowDecl: boolean): Pipeline {
    let pos = 0;
    let decl: string[] = [];
    let assign = false;
    const maxVars = context === "range" ? 2 : 1;
    if (allowDecl && tokens[0]?.t === "variable") {
      const names: string[] = [tokens[0].v];
      let j = 1;
      if (tokens[1]?.t === "comma" && maxVars === 2 && tokens[2]?.t === "variable") {
        names.push(tokens[2].v);
        j = 3;
      }
      const op = tokens[j];
      if (op?.t === "declare" || op?.t === "assign") {
        if (names.length > maxVars) throw this.error(`too many declarations in ${context}`, at);
        assign = op.t === "assign";
        if (assign)
          for (const n of names)
            if (!this.vars.includes(n)) throw this.error(`undefined variable "${n}"`, at);
        decl = names;
        pos = j + 1;
      } else if (tokens[1]?.t === "comma") {
        throw this.error(`too many declarations in ${context}`, at);
      }
    }
    const state = { pos };
    const result = this.commands(tokens, state, at, context);
    if (state.pos < tokens.length)
      throw this.error(`unexpected ${describe(tokens[state.pos] as Token)} in ${context}`, at);
    if (!assign) this.vars.push(...decl);
    return { decl, assign, commands: result };
  }

  private commands(tokens: Token[], state: { pos: number }, at: ActionPart, context: string): Command[] {
    const commands: Command[] = [];
    for (;;) {
      const args: Arg[] = [];
      while (state.pos < tokens.length) {
        const t = tokens[state.pos] as Token;
        if (t.t === "pipe" || t.t === "rparen") break;
        args.push(this.operand(tokens, state, at, context));
      }
      if (args.length === 0) throw this.error(`missing value for ${context}`, at);
      commands.push({ args });
      const t = tokens[state.pos];
      if (t?.t !== "pipe") break;
      state.pos++;
    }
    commands.slice(1).forEach((c) => {
      const head = c.args[0] as Arg;
      if (head.kind === "bool" || head.kind === "nil" || head.kind === "number" || head.kind === "string") {
        throw this.error(`non executable command in pipeline stage ${commands.indexOf(c) + 1}`, at);
      }
    });
    return commands;
  }

  private operand(tokens: Token[], state: { pos: number }, at: ActionPart, context: string): Arg {
    const t = tokens[state.pos++] as Token;
    const fields = (): string[] => {
      const path: string[] = [];
      while (tokens[state.pos]?.t === "field" && tokens[state.pos]?.adj) {
        path.push((tokens[state.pos++] as { v: string }).v.slice(1));
      }
      return path;
    };
    switch (t.t) {
      case "field":
        return { kind: "field", path: [t.v.slice(1), ...fields()] };
      case "dot":
        if (tokens[state.pos]?.t === "field" && tokens[state.pos]?.adj)
          throw this.error('unexpected . after term "."', at);
        return { kind: "field", path: [] };
      case "variable": {
        if (!this.vars.includes(t.v)) throw this.error(`undefined variable "${t.v}"`, at);
        return { kind: "variable", name: t.v, path: fields() };
      }
      case "ident": {
        if (KEYWORDS.has(t.v)) throw this.error(`unexpected <${t.v}> in ${context}`, at);
        if (t.v === "true" || t.v === "false") return { kind: "bool", value: t.v === "true" };
        if (t.v === "nil") return { kind: "nil" };
        // Gomplate namespaces (`strings.Title`) are one function name.
        return { kind: "ident", name: [t.v, ...fields()].join(".") };
      }
      case "string":
        return { kind: "string", value: t.v };
      case "number":
        return { kind: "number", value: t.v, float: t.float, text: t.text };
      case "lparen": {
        const commands = this.commands(tokens, state, at, "parenthesized pipeline");
        if (tokens[state.pos]?.t !== "rparen") throw this.error("unclosed left paren", at);
        state.pos++;
        const pipeline: Pipeline = { decl: [], assign: false, commands };
        return { kind: "chain", pipeline, path: fields() };
      }
      default:
        throw this.error(`unexpected ${describe(t)} in ${context}`, at);
    }
  }
}

function describe(t: Token): string {
  switch (t.t) {
    case "pipe":
      return '"|"';
    case "rparen":
      return '")"';
    case "lparen":
      return '"("';
    case "comma":
      return '","';
    case "declare":
      return '":="';
    case "assign":
      return '"="';
    case "dot":
      return "<.>";
    case "number":
      return t.text;
    default:
      return `<${t.v}>`;
  }
}
