/**
 * Functions available in templates: Go's builtins the subset needs (`index`, `printf`, `print`,
 * `len`, `eq`, `ne`, `not`, `and`, `or`) and common Sprig string functions.
 */
import { TemplateEvalError } from "./ast";
import { formatGoValue, isTruthy, type TemplateValue } from "./values";

/** A template function; the piped value, when any, is the last argument. */
export type TemplateFunction = (args: readonly TemplateValue[], env: FunctionEnv) => TemplateValue;

/** What functions may read besides their arguments. */
export interface FunctionEnv {
  readonly env: Readonly<Record<string, string | undefined>>;
}

function str(v: TemplateValue, fn: string): string {
  if (typeof v === "string") return v;
  if (v === undefined || v === null) return "";
  if (typeof v === "number" || typeof v === "boolean") return formatGoValue(v);
  throw new TemplateEvalError(`${fn}: expected a string, got ${formatGoValue(v)}`);
}

function arity(fn: string, args: readonly TemplateValue[], n: number): void {
  if (args.length !== n)
    throw new TemplateEvalError(`wrong number of args for ${fn}: want ${n} got ${args.length}`);
}

function isEmpty(v: TemplateValue): boolean {
  return !isTruthy(v);
}

function looseEqual(a: TemplateValue, b: TemplateValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a === b;
  return a === b || (a === undefined && b === null) || (a === null && b === undefined);
}

function sprintf(format: string, args: readonly TemplateValue[]): string {
  let n = 0;
  const out = format.replace(/%([-+ #0]*\d*(?:\.\d+)?)([svdqtfx%])/g, (_m, _flags: string, verb: string) => {
    if (verb === "%") return "%";
    const arg = args[n++];
    if (arg === undefined && n > args.length) return `%!${verb}(MISSING)`;
    switch (verb) {
      case "s":
      case "v":
        return formatGoValue(arg);
      case "q":
        return JSON.stringify(formatGoValue(arg));
      case "d":
        return typeof arg === "number" && Number.isInteger(arg) ? String(arg) : `%!d(${formatGoValue(arg)})`;
      case "f":
        return typeof arg === "number" ? arg.toFixed(6) : `%!f(${formatGoValue(arg)})`;
      case "x":
        return typeof arg === "number"
          ? Math.trunc(arg).toString(16)
          : Buffer.from(str(arg, "printf")).toString("hex");
      case "t":
        return typeof arg === "boolean" ? String(arg) : `%!t(${formatGoValue(arg)})`;
      default:
        return "";
    }
  });
  return n < args.length ? `${out}%!(EXTRA ${args.slice(n).map(formatGoValue).join(", ")})` : out;
}

/** Every supported function by name. */
export const TEMPLATE_FUNCTIONS: Readonly<Record<string, TemplateFunction>> = {
  index: (args) => {
    if (args.length < 1) throw new TemplateEvalError("wrong number of args for index");
    let cur = args[0];
    for (const key of args.slice(1)) {
      if (Array.isArray(cur)) {
        if (typeof key !== "number" || key < 0 || key >= cur.length) {
          throw new TemplateEvalError(`error calling index: index out of range: ${formatGoValue(key)}`);
        }
        cur = cur[key];
      } else if (cur !== null && typeof cur === "object") {
        const k = str(key, "index");
        cur = Object.prototype.hasOwnProperty.call(cur, k) ? cur[k] : undefined;
      } else if (cur === undefined || cur === null) {
        return undefined;
      } else {
        throw new TemplateEvalError(`error calling index: cannot index into ${formatGoValue(cur)}`);
      }
    }
    return cur;
  },
  printf: (args) => sprintf(str(args[0], "printf"), args.slice(1)),
  print: (args) => args.map(formatGoValue).join(""),
  len: (args) => {
    arity("len", args, 1);
    const v = args[0];
    if (typeof v === "string" || Array.isArray(v)) return v.length;
    if (v !== null && typeof v === "object") return Object.keys(v).length;
    throw new TemplateEvalError(`len of ${formatGoValue(v)}`);
  },
  eq: (args) => {
    if (args.length < 2) throw new TemplateEvalError("missing argument for comparison");
    return args.slice(1).some((b) => looseEqual(args[0], b));
  },
  ne: (args) => {
    arity("ne", args, 2);
    return !looseEqual(args[0], args[1]);
  },
  not: (args) => {
    arity("not", args, 1);
    return !isTruthy(args[0]);
  },
  and: (args) => {
    for (const a of args) if (!isTruthy(a)) return a;
    return args[args.length - 1];
  },
  or: (args) => {
    for (const a of args) if (isTruthy(a)) return a;
    return args[args.length - 1];
  },
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
  default: (args: readonly TemplateValue[]) => {
    if (args.length === 1) return args[0];
    arity("default", args, 2);
    return isEmpty(args[1]) ? args[0] : args[1];
  },
  quote: (args) => args.map((a) => JSON.stringify(str(a, "quote"))).join(" "),
  squote: (args) => args.map((a) => `'${str(a, "squote")}'`).join(" "),
  toString: (args: readonly TemplateValue[]) => (arity("toString", args, 1), formatGoValue(args[0])),
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
