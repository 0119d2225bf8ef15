/**
 * Evaluates the Go-template subset (see `parse.ts`) against plain JSON data, with Go's
 * `missingkey=error` behaviour by default.
 */
import {
  atOffset,
  TemplateEvalError,
  UnsupportedTemplateError,
  type Command,
  type Operand,
  type Pipeline,
  type TemplateNode,
} from "./ast";
import { TEMPLATE_FUNCTIONS, type FunctionEnv } from "./functions";
import { parseTemplate } from "./parse";
import { formatGoValue, isTruthy, type TemplateValue } from "./values";
import type { JsonValue } from "../types";

/** How a template treats a missing map key. */
export interface RenderOptions {
  /** `error` (Go `missingkey=error`, atmos default) or `ignore` (renders as an empty string). */
  readonly missingKey: "error" | "ignore";
  readonly env: Readonly<Record<string, string | undefined>>;
}

const parsed = new Map<string, TemplateNode[]>();

function parsedTemplate(src: string): TemplateNode[] {
  let nodes = parsed.get(src);
  if (!nodes) {
    nodes = parseTemplate(src);
    parsed.set(src, nodes);
  }
  return nodes;
}

/**
 * The top-level keys of the data a template reads (`.vars.x` → `vars`), or undefined when it
 * reads the whole dot. Lets callers build only the data a template needs.
 */
export function templateRoots(src: string): ReadonlySet<string> | undefined {
  if (rootsCache.has(src)) return rootsCache.get(src);
  const found = findRoots(src);
  rootsCache.set(src, found);
  return found;
}

const rootsCache = new Map<string, ReadonlySet<string> | undefined>();

function findRoots(src: string): ReadonlySet<string> | undefined {
  const roots = new Set<string>();
  let whole = false;
  const operand = (o: Operand): void => {
    if (o.kind === "field") {
      if (o.path.length === 0) whole = true;
      else roots.add(o.path[0] as string);
    } else if (o.kind === "pipeline") pipeline(o.pipeline);
  };
  const pipeline = (p: Pipeline): void => p.commands.forEach((c) => c.operands.forEach(operand));
  const walk = (nodes: readonly TemplateNode[]): void => {
    for (const n of nodes) {
      if (n.kind === "action") pipeline(n.pipeline);
      else if (n.kind === "if") {
        n.branches.forEach((b) => {
          pipeline(b.cond);
          walk(b.body);
        });
        walk(n.otherwise);
      }
    }
  };
  walk(parsedTemplate(src));
  return whole ? undefined : roots;
}

/** True when `s` contains a template action. */
export function hasTemplate(s: string): boolean {
  return s.includes("{{");
}

/**
 * Renders `src` with `data` as the dot. Throws {@link UnsupportedTemplateError} or
 * {@link TemplateEvalError}; callers attach the file.
 */
export function renderTemplate(src: string, data: JsonValue, options: RenderOptions): string {
  const out: string[] = [];
  new Evaluator(data, options).run(parsedTemplate(src), out);
  return out.join("");
}

class Evaluator {
  private readonly fenv: FunctionEnv;

  constructor(
    private readonly data: JsonValue,
    private readonly options: RenderOptions,
  ) {
    this.fenv = { env: options.env };
  }

  run(nodes: readonly TemplateNode[], out: string[]): void {
    for (const node of nodes) {
      if (node.kind === "text") {
        out.push(node.text);
      } else if (node.kind === "action") {
        const v = atOffset(node.offset, () => this.pipeline(node.pipeline));
        out.push(v === undefined && this.options.missingKey === "ignore" ? "" : formatGoValue(v));
      } else {
        const branch = node.branches.find((b) => atOffset(b.offset, () => isTruthy(this.pipeline(b.cond))));
        this.run(branch ? branch.body : node.otherwise, out);
      }
    }
  }

  private pipeline(p: Pipeline): TemplateValue {
    let piped: TemplateValue | typeof NOTHING = NOTHING;
    for (const cmd of p.commands) piped = this.command(cmd, piped);
    return piped === NOTHING ? undefined : piped;
  }

  private command(cmd: Command, piped: TemplateValue | typeof NOTHING): TemplateValue {
    const [first, ...rest] = cmd.operands as [Operand, ...Operand[]];
    if (first.kind === "ident") {
      const args = rest.map((o) => this.operand(o));
      if (piped !== NOTHING) args.push(piped);
      return this.call(first.name, args);
    }
    if (rest.length > 0 || piped !== NOTHING) {
      throw new TemplateEvalError(`can't give argument to non-function ${describe(first)}`);
    }
    return this.operand(first);
  }

  private call(name: string, args: TemplateValue[]): TemplateValue {
    const fn = Object.prototype.hasOwnProperty.call(TEMPLATE_FUNCTIONS, name)
      ? TEMPLATE_FUNCTIONS[name]
      : undefined;
    if (!fn) throw new UnsupportedTemplateError(`function '${name}'`);
    return fn(args, this.fenv);
  }

  private operand(o: Operand): TemplateValue {
    switch (o.kind) {
      case "string":
      case "number":
      case "bool":
        return o.value;
      case "nil":
        return null;
      case "ident":
        return this.call(o.name, []);
      case "pipeline":
        return this.pipeline(o.pipeline);
      case "field":
        return this.field(o.path);
    }
  }

  private field(path: readonly string[]): TemplateValue {
    let cur: TemplateValue = this.data;
    for (const seg of path) {
      if (cur === undefined || cur === null) {
        if (this.options.missingKey === "ignore") return undefined;
        throw new TemplateEvalError(`nil pointer evaluating .${path.join(".")}`, seg);
      }
      if (typeof cur !== "object" || Array.isArray(cur)) {
        throw new TemplateEvalError(`can't evaluate field ${seg} in ${formatGoValue(cur)}`);
      }
      if (!Object.prototype.hasOwnProperty.call(cur, seg)) {
        if (this.options.missingKey === "ignore") return undefined;
        throw new TemplateEvalError(`map has no entry for key "${seg}" (in .${path.join(".")})`, seg);
      }
      cur = cur[seg];
    }
    return cur;
  }
}

const NOTHING = Symbol("nothing");

function describe(o: Operand): string {
  return o.kind === "field" ? `.${o.path.join(".")}` : o.kind;
}
