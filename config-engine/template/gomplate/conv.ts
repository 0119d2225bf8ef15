/** Gomplate v3 `conv` namespace and its conversion rules, which the other namespaces share. */
import type { FunctionLibrary, GoValue } from "../contract";
import { isGoOpaque } from "../contract";
import {
  deepEqual,
  fixed,
  GoBytes,
  goSprint,
  isEmpty,
  isList,
  isMap,
  parseGoFloat,
  parseGoInt,
  str,
} from "../sprig/go-values";
import { parseUrl } from "../sprig/go-url";
import { GoUrlValue } from "./url-value";

/** gomplate `conv.ToString`: nil is "nil", bytes as text, else `%v`. */
export function toStr(v: GoValue): string {
  if (v === undefined || v === null) return "nil";
  if (typeof v === "string") return v;
  if (v instanceof GoBytes) return v.bytes.toString("utf8");
  return goSprint(v);
}

/** gomplate `conv.ToInt64`: strings may hold commas, a base prefix, or a float (truncated). */
export function toInt64(v: GoValue): number {
  if (typeof v === "string") {
    const s = v.replace(/,/g, "");
    const i = parseGoInt(s);
    if (i !== undefined) return i;
    const f = parseGoFloat(s);
    return f === undefined || !Number.isFinite(f) ? 0 : Math.trunc(f);
  }
  if (typeof v === "number") return Number.isFinite(v) ? Math.trunc(v) : 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  return 0;
}

/** gomplate `conv.ToFloat64`. */
export function toFloat64(v: GoValue): number {
  if (typeof v === "string") {
    const s = v.replace(/,/g, "");
    return parseGoFloat(s) ?? parseGoInt(s) ?? 0;
  }
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  return 0;
}

/** gomplate `conv.ToBool`: true, "1"/"t"/"true"/"yes" (any case), or a number equal to 1. */
export function toBool(v: GoValue): boolean {
  if (typeof v === "boolean") return v;
  if (typeof v === "string") {
    const s = v.toLowerCase();
    if (["1", "t", "true", "yes"].includes(s)) return true;
    return toFloat64(s) === 1;
  }
  return typeof v === "number" && v === 1;
}

/** text/template's truth, as gomplate's `conv.Default` uses it. */
export function isTrue(v: GoValue): boolean {
  if (isGoOpaque(v)) return true;
  return !isEmpty(v);
}

/** A list argument, or Go's InterfaceSlice error. */
export function interfaceSlice(v: GoValue): readonly GoValue[] {
  if (isList(v)) return v;
  throw new Error(
    `expected an array or slice, but got a ${v === null || v === undefined ? "<nil>" : typeof v}`,
  );
}

/** gomplate `coll.Has`: a key of a map, or an element of a list. */
export function has(inValue: GoValue, key: GoValue): boolean {
  if (isMap(inValue)) return typeof key === "string" && Object.prototype.hasOwnProperty.call(inValue, key);
  if (isList(inValue)) return inValue.some((v) => deepEqual(v, key));
  return false;
}

/** gomplate `coll.Dict`: keys by ToString, a trailing key maps to "". */
export function makeDict(args: readonly GoValue[]): Record<string, GoValue> {
  const out: Record<string, GoValue> = {};
  for (let i = 0; i < args.length; i += 2) out[toStr(args[i])] = i + 1 < args.length ? args[i + 1] : "";
  return out;
}

/** strconv.ParseInt(s, base, bitSize) with Go's error text. */
function parseInt64(s: string, base: number): number {
  const syntax = (): Error => new Error(`strconv.ParseInt: parsing ${JSON.stringify(s)}: invalid syntax`);
  if (base === 0) {
    const v = parseGoInt(s);
    if (v === undefined) throw syntax();
    return v;
  }
  const digits = "0123456789abcdefghijklmnopqrstuvwxyz".slice(0, base);
  const body = s.replace(/^[+-]/, "");
  if (body === "" || [...body.toLowerCase()].some((c) => !digits.includes(c))) throw syntax();
  return parseInt(s, base);
}

const one = (name: string, f: (v: GoValue) => GoValue): FunctionLibrary[string] =>
  fixed(name, 1, (args) => f(args[0]));

export const CONV_FUNCTIONS: FunctionLibrary = {
  "conv.Bool": fixed("conv.Bool", 1, (args) => {
    const s = str(args[0]);
    return ["1", "t", "T", "TRUE", "true", "True"].includes(s);
  }),
  "conv.ToBool": one("conv.ToBool", toBool),
  "conv.ToBools": (args) => args.map(toBool),
  "conv.Slice": (args) => [...args],
  "conv.Join": fixed("conv.Join", 2, (args) => {
    if (!isList(args[0])) throw new Error("input to Join must be an array");
    return args[0].map(toStr).join(str(args[1]));
  }),
  "conv.Has": fixed("conv.Has", 2, (args) => has(args[0], args[1])),
  // gomplate logs a parse error and returns 0.
  "conv.ParseInt": fixed("conv.ParseInt", 3, (args) => {
    try {
      return parseInt64(toStr(args[0]), toInt64(args[1]));
    } catch {
      return 0;
    }
  }),
  "conv.ParseFloat": fixed("conv.ParseFloat", 2, (args) => parseGoFloat(toStr(args[0])) ?? 0),
  "conv.ParseUint": fixed("conv.ParseUint", 3, (args) => {
    try {
      const v = parseInt64(toStr(args[0]), toInt64(args[1]));
      return v < 0 ? 0 : v;
    } catch {
      return 0;
    }
  }),
  "conv.Atoi": one("conv.Atoi", (v) => {
    const s = toStr(v);
    return /^[+-]?\d+$/.test(s) ? Number(s) : 0;
  }),
  "conv.URL": one("conv.URL", (v) => new GoUrlValue(parseUrl(toStr(v)))),
  "conv.ToInt64": one("conv.ToInt64", toInt64),
  "conv.ToInt": one("conv.ToInt", toInt64),
  "conv.ToInt64s": (args) => args.map(toInt64),
  "conv.ToInts": (args) => args.map(toInt64),
  "conv.ToFloat64": one("conv.ToFloat64", toFloat64),
  "conv.ToFloat64s": (args) => args.map(toFloat64),
  "conv.ToString": one("conv.ToString", toStr),
  "conv.ToStrings": (args) => args.map(toStr),
  "conv.Default": fixed("conv.Default", 2, (args) => (isTrue(args[1]) ? args[1] : args[0])),
  "conv.Dict": (args) => makeDict(args),
};

/** Gomplate's top-level aliases from `conv` (Sprig replaces `urlParse`, `join` and `default`). */
export const CONV_TOP_LEVEL: FunctionLibrary = {
  urlParse: CONV_FUNCTIONS["conv.URL"] ?? (() => null),
  bool: CONV_FUNCTIONS["conv.Bool"] ?? (() => null),
  join: CONV_FUNCTIONS["conv.Join"] ?? (() => null),
  default: CONV_FUNCTIONS["conv.Default"] ?? (() => null),
};
