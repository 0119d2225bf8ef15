/**
 * Go's text/template builtin functions (`text/template/funcs.go`) over GoValues, with Go's
 * argument checks and error texts (the evaluator prefixes "error calling NAME: ").
 */
import { TemplateEvalError } from "./ast";
import {
  goNumber,
  goTypeName,
  isGoOpaque,
  type FunctionLibrary,
  type GoFunction,
  type GoValue,
} from "./contract";
import { sprintf } from "./fmt";
import { isTruthy, kindOf, sprint, sprintln, type GoKind, type GoMap } from "./values";

function fail(message: string): never {
  throw new TemplateEvalError(message);
}

function arity(name: string, args: readonly GoValue[], want: number): void {
  if (args.length !== want) fail(`wrong number of args for ${name}: want ${want} got ${args.length}`);
}

function atLeast(name: string, args: readonly GoValue[], want: number): void {
  if (args.length < want) fail(`wrong number of args for ${name}: want at least ${want} got ${args.length}`);
}

/** `and`: the first falsy argument or the last one (the evaluator short-circuits it). */
export const AND: GoFunction = (args) => {
  atLeast("and", args, 1);
  return args.find((a) => !isTruthy(a)) ?? args[args.length - 1];
};

/** `or`: the first truthy argument or the last one (the evaluator short-circuits it). */
export const OR: GoFunction = (args) => {
  atLeast("or", args, 1);
  return args.find((a) => isTruthy(a)) ?? args[args.length - 1];
};

/** Go's `indexArg`: an int index within `[0, cap]`. */
function indexArg(index: GoValue, cap: number): number {
  const k = kindOf(index);
  if (k === "nil") fail("cannot index slice/array with nil");
  if (k !== "int") fail(`cannot index slice/array with type ${goTypeName(index)}`);
  const x = index as number;
  if (x < 0 || x > cap) fail(`index out of range: ${x}`);
  return x;
}

function index(args: readonly GoValue[]): GoValue {
  atLeast("index", args, 1);
  let item = args[0];
  if (item === undefined || item === null) fail("index of untyped nil");
  for (const key of args.slice(1)) {
    if (item === undefined || item === null) fail("index of nil pointer");
    switch (kindOf(item)) {
      case "slice": {
        const list = item as readonly GoValue[];
        const x = indexArg(key, list.length);
        if (x >= list.length) fail(`index out of range: ${x}`);
        item = list[x];
        break;
      }
      case "string": {
        const bytes = Buffer.from(item as string, "utf8");
        const x = indexArg(key, bytes.length);
        if (x >= bytes.length) fail(`index out of range: ${x}`);
        item = bytes[x];
        break;
      }
      case "map": {
        if (key === undefined || key === null) fail("value is nil; should be of type string");
        if (typeof key !== "string") fail(`value has type ${goTypeName(key)}; should be string`);
        const m = item as GoMap;
        item = Object.prototype.hasOwnProperty.call(m, key) ? m[key] : null;
        break;
      }
      default:
        fail(`can't index item of type ${goTypeName(item)}`);
    }
  }
  return item;
}

function slice(args: readonly GoValue[]): GoValue {
  atLeast("slice", args, 1);
  const [item, ...indexes] = args;
  if (item === undefined || item === null) fail("slice of untyped nil");
  if (indexes.length > 3) fail(`too many slice indexes: ${indexes.length}`);
  const kind = kindOf(item);
  if (kind === "string" && indexes.length === 3) fail("cannot 3-index slice a string");
  if (kind !== "string" && kind !== "slice") fail(`can't slice item of type ${goTypeName(item)}`);
  const bytes = kind === "string" ? Buffer.from(item as string, "utf8") : undefined;
  const len = bytes ? bytes.length : (item as readonly GoValue[]).length;
  const idx = [0, len, len];
  indexes.forEach((x, i) => (idx[i] = indexArg(x, len)));
  const [i, j, k] = idx as [number, number, number];
  if (i > j) fail(`invalid slice index: ${i} > ${j}`);
  if (indexes.length === 3 && j > k) fail(`invalid slice index: ${j} > ${k}`);
  return bytes ? bytes.subarray(i, j).toString("utf8") : (item as readonly GoValue[]).slice(i, j);
}

function length(args: readonly GoValue[]): GoValue {
  arity("len", args, 1);
  const v = args[0];
  switch (kindOf(v)) {
    case "nil":
      return fail("len of nil pointer");
    case "string":
      return Buffer.byteLength(v as string, "utf8");
    case "slice":
      return (v as readonly GoValue[]).length;
    case "map":
      return Object.keys(v as GoMap).length;
    default:
      return fail(`len of type ${goTypeName(v)}`);
  }
}

type BasicKind = "bool" | "int" | "float" | "string";

function basicKind(v: GoValue): BasicKind | undefined {
  const k: GoKind = kindOf(v);
  return k === "bool" || k === "int" || k === "float" || k === "string" ? k : undefined;
}

function same(a: GoValue, b: GoValue, kind: BasicKind): boolean {
  return kind === "int" || kind === "float" ? goNumber(a) === goNumber(b) : a === b;
}

function incompatible(a: GoValue, b: GoValue): never {
  return fail(`incompatible types for comparison: ${goTypeName(a)} and ${goTypeName(b)}`);
}

/** Go's `eq arg1 arg2...`: true when arg1 equals any of the others. */
function eq(args: readonly GoValue[]): GoValue {
  atLeast("eq", args, 1);
  const [a, ...others] = args;
  if (others.length === 0) fail("missing argument for comparison");
  const k1 = basicKind(a);
  for (const b of others) {
    const k2 = basicKind(b);
    const nilA = a === undefined || a === null;
    const nilB = b === undefined || b === null;
    if (k1 !== k2) {
      if (!nilA && !nilB) incompatible(a, b);
      continue;
    }
    if (k1 !== undefined) {
      if (same(a, b, k1)) return true;
      continue;
    }
    if (nilA || nilB) {
      if (nilA && nilB) return true;
      continue;
    }
    if (isGoOpaque(a) && isGoOpaque(b)) {
      if (a.goType !== b.goType) incompatible(a, b);
      if (a.goString() === b.goString()) return true;
      continue;
    }
    fail(`non-comparable type ${sprint([b])}: ${goTypeName(b)}`);
  }
  return false;
}

function lessThan(a: GoValue, b: GoValue): boolean {
  const k1 = basicKind(a);
  const k2 = basicKind(b);
  if (k1 === undefined || k2 === undefined) fail("invalid type for comparison");
  if (k1 !== k2) incompatible(a, b);
  if (k1 === "bool") fail("invalid type for comparison");
  if (k1 === "string") return Buffer.compare(Buffer.from(a as string), Buffer.from(b as string)) < 0;
  return (goNumber(a) as number) < (goNumber(b) as number);
}

function compare(name: string, test: (a: GoValue, b: GoValue) => boolean): GoFunction {
  return (args) => {
    arity(name, args, 2);
    return test(args[0], args[1]);
  };
}

/** Go's `evalArgs`: one string argument as is, else `fmt.Sprint` of them (nil as `<no value>`). */
function evalArgs(args: readonly GoValue[]): string {
  if (args.length === 1 && typeof args[0] === "string") return args[0];
  return sprint(args.map((a) => (a === undefined || a === null ? "<no value>" : a)));
}

const HTML: Record<string, string> = {
  '"': "&#34;",
  "'": "&#39;",
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "\0": "\ufffd",
};

export function htmlEscape(s: string): string {
  return s.replace(/["'&<>\0]/g, (c) => HTML[c] as string);
}

const JS: Record<string, string> = {
  "\\": "\\\\",
  "'": "\\'",
  '"': '\\"',
  "<": "\\u003C",
  ">": "\\u003E",
  "&": "\\u0026",
  "=": "\\u003D",
};

export function jsEscape(s: string): string {
  return [...s]
    .map((c) => {
      if (JS[c]) return JS[c];
      const cp = c.codePointAt(0) as number;
      if (cp < 0x20) return `\\u00${cp.toString(16).toUpperCase().padStart(2, "0")}`;
      if (cp < 0x80 || /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u.test(c)) return c;
      return `\\u${cp.toString(16).toUpperCase().padStart(4, "0")}`;
    })
    .join("");
}

/** Go's `url.QueryEscape`. */
export function queryEscape(s: string): string {
  let out = "";
  for (const b of Buffer.from(s, "utf8")) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === " ") out += "+";
    else out += `%${b.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

function formatArg(args: readonly GoValue[]): string {
  atLeast("printf", args, 1);
  const f = args[0];
  if (f === undefined || f === null) fail("invalid value; expected string");
  if (typeof f !== "string") fail(`wrong type for value; expected string; got ${goTypeName(f)}`);
  return f;
}

/** Every Go builtin by name (`and`/`or` are short-circuited by the evaluator). */
export const GO_BUILTINS: FunctionLibrary = {
  and: AND,
  or: OR,
  not: (args) => (arity("not", args, 1), !isTruthy(args[0])),
  len: length,
  index,
  slice,
  print: (args) => sprint(args),
  printf: (args) => sprintf(formatArg(args), args.slice(1)),
  println: (args) => sprintln(args),
  eq,
  ne: (args) => (arity("ne", args, 2), !(eq(args) as boolean)),
  lt: compare("lt", lessThan),
  le: compare("le", (a, b) => lessThan(a, b) || (eq([a, b]) as boolean)),
  gt: compare("gt", (a, b) => !(lessThan(a, b) || (eq([a, b]) as boolean))),
  ge: compare("ge", (a, b) => !lessThan(a, b)),
  call: (args) => {
    atLeast("call", args, 1);
    const fn = args[0];
    if (fn === undefined || fn === null) fail("call of nil");
    return fail(`non-function of type ${goTypeName(fn)}`);
  },
  html: (args) => htmlEscape(evalArgs(args)),
  js: (args) => jsEscape(evalArgs(args)),
  urlquery: (args) => queryEscape(evalArgs(args)),
};
