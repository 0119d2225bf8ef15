/**
 * The template executor (Go's `text/template/exec.go`): walks the tree with the dot, variables,
 * `break`/`continue`, template calls, field chains and function calls.
 */
import {
  atOffset,
  located,
  TemplateEvalError,
  UnsupportedTemplateError,
  type Arg,
  type Command,
  type ParsedTemplate,
  type Pipeline,
  type TemplateNode,
} from "./ast";
import { unknownFunction } from "./analysis";
import { isRuntimeValue, runtimeValue, RuntimeValueSignal } from "./atmos-functions";
import { AND, OR } from "./builtins";
import { GoFloat, isGoOpaque, type FunctionEnv, type GoFunction, type GoValue } from "./contract";
import type { RenderOptions } from "./evaluate";
import type { FunctionMap } from "./registry";
import { formatGoValue, isTruthy, kindOf, sortedKeys, type GoMap } from "./values";

/** Go allows 100000 nested template calls; JS stacks are smaller. */
const MAX_DEPTH = 1000;

/** `{{break}}`/`{{continue}}` unwinding to their `{{range}}`. */
class LoopSignal extends Error {
  constructor(readonly kind: "break" | "continue") {
    super(`{{${kind}}}`);
  }
}

interface Variable {
  readonly name: string;
  value: GoValue;
}

/** Executes one parsed template (Go's `state`). */
export class Evaluator {
  private vars: Variable[];
  private depth = 0;
  private fenvCache?: FunctionEnv;

  constructor(
    private readonly src: string,
    private readonly template: ParsedTemplate,
    root: GoValue,
    private readonly options: RenderOptions,
    private readonly functions: FunctionMap,
  ) {
    this.vars = [{ name: "$", value: root }];
  }

  /** What functions see besides their arguments (built on the first call). */
  private fenv(): FunctionEnv {
    const o = this.options;
    return (this.fenvCache ??= {
      env: o.env,
      warn: o.warn,
      readFile: o.readFile,
      datasources: o.datasources,
      describeComponent: o.describeComponent,
    });
  }

  run(nodes: readonly TemplateNode[], dot: GoValue, out: string[]): void {
    for (const node of nodes) {
      switch (node.kind) {
        case "text":
          out.push(node.text);
          break;
        case "action":
          this.action(node, dot, out);
          break;
        case "if":
        case "with":
          this.ifOrWith(node, dot, out);
          break;
        case "range":
          atOffset(node.offset, () => this.range(node, dot, out));
          break;
        case "template":
          atOffset(node.offset, () => this.callTemplate(node.name, node.pipeline, dot, out));
          break;
        default:
          throw new LoopSignal(node.kind);
      }
    }
  }

  private action(node: Extract<TemplateNode, { kind: "action" }>, dot: GoValue, out: string[]): void {
    try {
      let v: GoValue;
      try {
        v = this.pipeline(node.pipeline, dot);
      } catch (e) {
        if (e instanceof TemplateEvalError || e instanceof UnsupportedTemplateError)
          throw located(e, node.offset);
        throw e;
      }
      if (node.pipeline.decl.length === 0)
        out.push(v === undefined || v === null ? "<no value>" : formatGoValue(v));
    } catch (e) {
      if (!(e instanceof RuntimeValueSignal)) throw e;
      this.options.warn?.(
        "TEMPLATE_RUNTIME_VALUE",
        `${e.what} are only known at run time: kept as ${this.src.slice(node.offset, node.end)}`,
      );
      out.push(this.src.slice(node.offset, node.end));
      // Variables it declares stay run-time values: an action using them is kept too.
      for (const name of node.pipeline.decl) {
        if (node.pipeline.assign) this.setVar(name, runtimeValue(e.what));
        else this.vars.push({ name, value: runtimeValue(e.what) });
      }
    }
  }

  private ifOrWith(node: Extract<TemplateNode, { kind: "if" | "with" }>, dot: GoValue, out: string[]): void {
    const mark = this.vars.length;
    try {
      for (const b of node.branches) {
        const v = atOffset(b.offset, () => this.pipeline(b.pipeline, dot));
        if (isTruthy(v)) {
          this.run(b.body, node.kind === "with" ? v : dot, out);
          return;
        }
      }
      if (node.otherwise) this.run(node.otherwise, dot, out);
    } finally {
      this.vars.length = mark;
    }
  }

  private range(node: Extract<TemplateNode, { kind: "range" }>, dot: GoValue, out: string[]): void {
    const mark = this.vars.length;
    const p = node.pipeline;
    // The pipeline's own value is not bound: iteration variables are set per element below.
    const v = this.pipeline({ ...p, decl: [] }, dot);
    if (!p.assign) for (const name of p.decl) this.vars.push({ name, value: null });
    const entries: [GoValue, GoValue][] = [];
    switch (kindOf(v)) {
      case "nil":
        break;
      case "slice":
        (v as readonly GoValue[]).forEach((x, i) => entries.push([i, x]));
        break;
      case "map":
        for (const k of sortedKeys(v as GoMap)) entries.push([k, (v as GoMap)[k]]);
        break;
      case "int":
        if (p.decl.length > 1)
          throw new TemplateEvalError(`can't use ${formatGoValue(v)} to iterate over more than one variable`);
        for (let i = 0; i < (v as number); i++) entries.push([i, i]);
        break;
      default:
        throw new TemplateEvalError(`range can't iterate over ${formatGoValue(v)}`);
    }
    try {
      for (const [index, elem] of entries) {
        this.setRangeVars(p, index, elem, mark);
        const inner = this.vars.length;
        try {
          this.run(node.body, elem, out);
        } catch (e) {
          if (!(e instanceof LoopSignal)) throw e;
          if (e.kind === "break") break;
        } finally {
          this.vars.length = inner;
        }
      }
      if (entries.length === 0 && node.otherwise) this.run(node.otherwise, dot, out);
    } finally {
      this.vars.length = mark;
    }
  }

  private setRangeVars(p: Pipeline, index: GoValue, elem: GoValue, mark: number): void {
    if (p.decl.length === 0) return;
    const [first, second] = p.decl as [string, string | undefined];
    if (p.assign) {
      this.setVar(first, second === undefined ? elem : index);
      if (second !== undefined) this.setVar(second, elem);
      return;
    }
    (this.vars[mark] as Variable).value = second === undefined ? elem : index;
    if (second !== undefined) (this.vars[mark + 1] as Variable).value = elem;
  }

  private callTemplate(name: string, p: Pipeline | undefined, dot: GoValue, out: string[]): void {
    const body = this.template.defines.get(name);
    if (!body) throw new TemplateEvalError(`no template "${name}" associated with this template`);
    if (++this.depth > MAX_DEPTH)
      throw new TemplateEvalError(`exceeded maximum template depth (${MAX_DEPTH})`);
    const newDot = p ? this.pipeline(p, dot) : null;
    const saved = this.vars;
    this.vars = [{ name: "$", value: newDot }];
    try {
      this.run(body, newDot, out);
    } finally {
      this.vars = saved;
      this.depth--;
    }
  }

  private setVar(name: string, value: GoValue): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      const v = this.vars[i] as Variable;
      if (v.name === name) {
        v.value = value;
        return;
      }
    }
    throw new TemplateEvalError(`undefined variable: ${name}`);
  }

  private variable(name: string): GoValue {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      const v = this.vars[i] as Variable;
      if (v.name === name) return v.value;
    }
    throw new TemplateEvalError(`undefined variable: ${name}`);
  }

  private pipeline(p: Pipeline, dot: GoValue): GoValue {
    let value: GoValue | typeof NOTHING = NOTHING;
    for (const cmd of p.commands) {
      value = this.command(cmd, dot, value);
      // Go turns a nil interface result into "no value".
      if (value === null) value = undefined;
    }
    const result = value === NOTHING ? undefined : value;
    for (const name of p.decl) {
      if (p.assign) this.setVar(name, result);
      else this.vars.push({ name, value: result });
    }
    return result;
  }

  private command(cmd: Command, dot: GoValue, final: GoValue | typeof NOTHING): GoValue {
    const [first, ...rest] = cmd.args as [Arg, ...Arg[]];
    switch (first.kind) {
      case "ident":
        return this.call(first.name, rest, dot, final);
      case "field":
        return this.fieldChain(dot, first.path, rest, dot, final, true);
      case "variable":
        if (first.path.length === 0) break;
        return this.fieldChain(this.variable(first.name), first.path, rest, dot, final, false);
      case "chain":
        if (first.path.length === 0) break;
        return this.fieldChain(this.pipeline(first.pipeline, dot), first.path, rest, dot, final, false);
      case "nil":
        throw new TemplateEvalError("nil is not a command");
      default:
        break;
    }
    if (rest.length > 0 || final !== NOTHING) {
      throw new TemplateEvalError(`can't give argument to non-function ${describeArg(first)}`);
    }
    return this.arg(first, dot);
  }

  private call(
    name: string,
    argNodes: readonly Arg[],
    dot: GoValue,
    final: GoValue | typeof NOTHING,
  ): GoValue {
    const fn = this.functions.get(name);
    if (!fn) throw unknownFunction(name, this.functions);
    if (fn === AND || fn === OR) {
      const nodes = [...argNodes];
      const count = nodes.length + (final === NOTHING ? 0 : 1);
      if (count === 0) throw new TemplateEvalError(`wrong number of args for ${name}: want at least 1 got 0`);
      let v: GoValue = undefined;
      for (let i = 0; i < count; i++) {
        v = i < nodes.length ? this.arg(nodes[i] as Arg, dot) : (final as GoValue);
        if (isTruthy(v) !== (fn === AND)) return v;
      }
      return v;
    }
    const args: GoValue[] = [];
    for (const a of argNodes) args.push(this.arg(a, dot) ?? null);
    if (final !== NOTHING) args.push(final ?? null);
    return invoke(name, fn, args, this.fenv());
  }

  private arg(a: Arg, dot: GoValue): GoValue {
    switch (a.kind) {
      case "string":
      case "bool":
        return a.value;
      case "number":
        return a.float && Number.isInteger(a.value) ? new GoFloat(a.value) : a.value;
      case "nil":
        return null;
      case "ident":
        return this.call(a.name, [], dot, NOTHING);
      case "field":
        return a.path.length === 0 ? dot : this.fieldChain(dot, a.path, [], dot, NOTHING, true);
      case "variable":
        return a.path.length === 0
          ? this.variable(a.name)
          : this.fieldChain(this.variable(a.name), a.path, [], dot, NOTHING, false);
      case "chain": {
        const v = this.pipeline(a.pipeline, dot);
        return a.path.length === 0 ? v : this.fieldChain(v, a.path, [], dot, NOTHING, false);
      }
    }
  }

  /** Go's evalFieldChain: `.a.b.c`, the last field may be a method taking `args` and `final`. */
  private fieldChain(
    receiver: GoValue,
    path: readonly string[],
    argNodes: readonly Arg[],
    dot: GoValue,
    final: GoValue | typeof NOTHING,
    fromDot: boolean,
  ): GoValue {
    let cur = receiver;
    const lastIndex = path.length - 1;
    for (let i = 0; i <= lastIndex; i++) {
      const last = i === lastIndex;
      const args = last ? argNodes : NO_ARGS;
      cur = this.field(cur, path[i] as string, path, args, dot, last ? final : NOTHING, fromDot && i === 0);
    }
    return cur;
  }

  private field(
    receiver: GoValue,
    name: string,
    path: readonly string[],
    argNodes: readonly Arg[],
    dot: GoValue,
    final: GoValue | typeof NOTHING,
    isRoot: boolean,
  ): GoValue {
    const hasArgs = argNodes.length > 0 || final !== NOTHING;
    // Fast path: a decoded map (no `goString`), the common case.
    if (
      typeof receiver === "object" &&
      receiver !== null &&
      !Array.isArray(receiver) &&
      !isGoOpaque(receiver)
    ) {
      if (hasArgs) throw new TemplateEvalError(`${name} is not a method but has arguments`);
      const m = receiver as GoMap;
      if (Object.prototype.hasOwnProperty.call(m, name)) return m[name];
      if (this.options.missingKey === "ignore") return undefined;
      throw new TemplateEvalError(`map has no entry for key "${name}" (in .${path.join(".")})`, name);
    }
    if (isRuntimeValue(receiver)) throw new RuntimeValueSignal(receiver.what);
    if (receiver === undefined) {
      if (this.options.missingKey === "error")
        throw new TemplateEvalError(`nil data; no entry for key "${name}"`, name);
      return undefined;
    }
    if (receiver === null) throw new TemplateEvalError(`nil pointer evaluating interface {}.${name}`);
    if (isGoOpaque(receiver) && !(receiver instanceof GoFloat)) {
      const opaque = receiver;
      const method =
        opaque.methods?.[name] ??
        (opaque.goField ? (xs: readonly GoValue[]) => opaque.goField!(name, xs) : undefined);
      if (!method) throw new TemplateEvalError(`can't evaluate field ${name} in type ${receiver.goType}`);
      const args = argNodes.map((a) => this.arg(a, dot));
      if (final !== NOTHING) args.push(final);
      return invoke(
        name,
        (xs) => method(xs),
        args.map((a) => (a === undefined ? null : a)),
        this.fenv(),
      );
    }
    const type = isRoot ? typeName(receiver) : "interface {}";
    throw new TemplateEvalError(`can't evaluate field ${name} in type ${type}`);
  }
}

function typeName(v: GoValue): string {
  return v instanceof GoFloat
    ? "float64"
    : kindOf(v) === "slice"
      ? "[]interface {}"
      : kindOf(v) === "int"
        ? "int"
        : kindOf(v) === "float"
          ? "float64"
          : kindOf(v);
}

/** Calls a function, turning what it throws into Go's "error calling NAME: …". */
function invoke(name: string, fn: GoFunction, args: readonly GoValue[], env: FunctionEnv): GoValue {
  try {
    return fn(args, env);
  } catch (e) {
    if (e instanceof RuntimeValueSignal || e instanceof LoopSignal) throw e;
    if (e instanceof TemplateEvalError) {
      // Go's own call-time errors and libraries that already give Go's full text are kept as they are.
      if (/^(error calling |wrong number of args for )/.test(e.message)) throw e;
      const wrapped = new TemplateEvalError(`error calling ${name}: ${e.message}`, e.missingKey);
      wrapped.offset = e.offset;
      throw wrapped;
    }
    if (e instanceof Error && !(e.name === "UnsupportedTemplateError")) {
      throw new TemplateEvalError(`error calling ${name}: ${e.message}`);
    }
    throw e;
  }
}

const NOTHING = Symbol("nothing");
const NO_ARGS: readonly Arg[] = [];

function describeArg(a: Arg): string {
  switch (a.kind) {
    case "field":
      return a.path.length === 0 ? "." : `.${a.path.join(".")}`;
    case "variable":
      return [a.name, ...a.path].join(".");
    case "string":
      return JSON.stringify(a.value);
    case "number":
      return a.text;
    case "bool":
      return String(a.value);
    default:
      return a.kind;
  }
}
