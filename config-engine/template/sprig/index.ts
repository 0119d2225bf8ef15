/**
 * PLACEHOLDER until the tpl-funcs branch lands: the Sprig string functions the engine had before
 * (`lower`, `upper`, `title`, `trim`, `trimPrefix`, `trimSuffix`, `replace`, `default`, `quote`,
 * `squote`, `toString`, `contains`, `hasPrefix`, `hasSuffix`, `join`, `env`). The tpl-funcs
 * engineer replaces this file with every Sprig v3 function, keeping the export below.
 */
import { TemplateEvalError } from "../ast";
import type { FunctionLibrary, GoValue } from "../contract";
import { formatGoValue, isTruthy } from "../values";

function str(v: GoValue, fn: string): string {
  if (typeof v === "string") return v;
  if (v === undefined || v === null) return "";
  if (typeof v === "number" || typeof v === "boolean") return formatGoValue(v);
  throw new TemplateEvalError(`${fn}: expected a string, got ${formatGoValue(v)}`);
}

function arity(fn: string, args: readonly GoValue[], n: number): void {
  if (args.length !== n)
    throw new TemplateEvalError(`wrong number of args for ${fn}: want ${n} got ${args.length}`);
}

/** Sprig's functions by name (`sprig.FuncMap()`). */
export const SPRIG_FUNCTIONS: FunctionLibrary = {
  lower: (args) => (arity("lower", args, 1), str(args[0], "lower").toLowerCase()),
  upper: (args) => (arity("upper", args, 1), str(args[0], "upper").toUpperCase()),
  title: (args) => (
    arity("title", args, 1),
    str(args[0], "title").replace(
      /(^|[^\p{L}\p{N}'])(\p{L})/gu,
      (_m, a: string, b: string) => a + b.toUpperCase(),
    )
  ),
  trim: (args) => (arity("trim", args, 1), str(args[0], "trim").trim()),
  trimPrefix: (args) => {
    arity("trimPrefix", args, 2);
    const [p, s] = [str(args[0], "trimPrefix"), str(args[1], "trimPrefix")];
    return p !== "" && s.startsWith(p) ? s.slice(p.length) : s;
  },
  trimSuffix: (args) => {
    arity("trimSuffix", args, 2);
    const [p, s] = [str(args[0], "trimSuffix"), str(args[1], "trimSuffix")];
    return p !== "" && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
  },
  replace: (args) => {
    arity("replace", args, 3);
    return str(args[2], "replace").split(str(args[0], "replace")).join(str(args[1], "replace"));
  },
  default: (args: readonly GoValue[]) => {
    if (args.length === 1) return args[0];
    arity("default", args, 2);
    return !isTruthy(args[1]) ? args[0] : args[1];
  },
  quote: (args) => args.map((a) => JSON.stringify(str(a, "quote"))).join(" "),
  squote: (args) => args.map((a) => `'${str(a, "squote")}'`).join(" "),
  toString: (args: readonly GoValue[]) => (arity("toString", args, 1), formatGoValue(args[0])),
  contains: (args) => (
    arity("contains", args, 2),
    str(args[1], "contains").includes(str(args[0], "contains"))
  ),
  hasPrefix: (args) => (
    arity("hasPrefix", args, 2),
    str(args[1], "hasPrefix").startsWith(str(args[0], "hasPrefix"))
  ),
  hasSuffix: (args) => (
    arity("hasSuffix", args, 2),
    str(args[1], "hasSuffix").endsWith(str(args[0], "hasSuffix"))
  ),
  join: (args) => {
    arity("join", args, 2);
    const list = args[1];
    if (!Array.isArray(list)) return str(list, "join");
    return list.map(formatGoValue).join(str(args[0], "join"));
  },
  env: (args, fenv) => (arity("env", args, 1), fenv.env[str(args[0], "env")] ?? ""),
};
