/** Gomplate v3 `math` namespace: int64 results unless an operand is a float. */
import type { FunctionLibrary, GoValue } from "../contract";
import { arity, fixed } from "../sprig/go-values";
import { toFloat64, toInt64 } from "./conv";

/** gomplate's IsFloat: a non-integral number, or a string holding one with a `.`/exponent. */
function isFloat(v: GoValue): boolean {
  if (typeof v === "number") return !Number.isInteger(v);
  if (typeof v === "string")
    return /^[+-]?(\d+\.\d*|\.\d+|\d+[eE][+-]?\d+|\d+\.\d*[eE][+-]?\d+)$/.test(v.replace(/,/g, ""));
  return false;
}

function isInt(v: GoValue): boolean {
  if (typeof v === "number") return Number.isInteger(v);
  if (typeof v === "string")
    return /^[+-]?(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO]?[0-7]+|\d+)$/.test(v.replace(/,/g, ""));
  return false;
}

const anyFloat = (args: readonly GoValue[]): boolean => args.some(isFloat);

/** gomplate's Seq: inclusive, default start 1, step sign follows the direction. */
function seq(args: readonly GoValue[]): number[] {
  arity("math.Seq", args, 1, 3);
  let start = 1;
  let end = 0;
  let step = 1;
  if (args.length === 1) end = toInt64(args[0]);
  else if (args.length === 2) [start, end] = [toInt64(args[0]), toInt64(args[1])];
  else [start, end, step] = [toInt64(args[0]), toInt64(args[1]), toInt64(args[2])];
  if (end < start && step > 0) step = -step;
  const out: number[] = [];
  if (step === 0) return out;
  for (let i = start; step > 0 ? i <= end : i >= end; i += step) out.push(i);
  return out;
}

function extreme(name: string, pickMax: boolean): FunctionLibrary[string] {
  return (args) => {
    arity(name, args, 1, Infinity);
    const f = pickMax ? Math.max : Math.min;
    return anyFloat(args) ? f(...args.map(toFloat64)) : f(...args.map(toInt64));
  };
}

export const MATH_FUNCTIONS: FunctionLibrary = {
  "math.IsInt": fixed("math.IsInt", 1, (args) => isInt(args[0])),
  "math.IsFloat": fixed("math.IsFloat", 1, (args) => isFloat(args[0])),
  "math.IsNum": fixed("math.IsNum", 1, (args) => isInt(args[0]) || isFloat(args[0])),
  "math.Abs": fixed("math.Abs", 1, (args) =>
    isFloat(args[0]) ? Math.abs(toFloat64(args[0])) : Math.abs(toInt64(args[0])),
  ),
  "math.Add": (args) =>
    anyFloat(args)
      ? args.reduce<number>((a, v) => a + toFloat64(v), 0)
      : args.reduce<number>((a, v) => a + toInt64(v), 0),
  "math.Mul": (args) =>
    anyFloat(args)
      ? args.reduce<number>((a, v) => a * toFloat64(v), 1)
      : args.reduce<number>((a, v) => a * toInt64(v), 1),
  "math.Sub": fixed("math.Sub", 2, (args) =>
    anyFloat(args) ? toFloat64(args[0]) - toFloat64(args[1]) : toInt64(args[0]) - toInt64(args[1]),
  ),
  "math.Div": fixed("math.Div", 2, (args) => {
    const divisor = toFloat64(args[1]);
    if (divisor === 0) throw new Error("error: division by 0");
    return toFloat64(args[0]) / divisor;
  }),
  "math.Rem": fixed("math.Rem", 2, (args) => {
    const b = toInt64(args[1]);
    if (b === 0) throw new Error("runtime error: integer divide by zero");
    return toInt64(args[0]) % b;
  }),
  "math.Pow": fixed("math.Pow", 2, (args) => {
    const r = Math.pow(toFloat64(args[0]), toFloat64(args[1]));
    return isFloat(args[0]) ? r : Math.trunc(r);
  }),
  "math.Seq": seq,
  "math.Max": extreme("math.Max", true),
  "math.Min": extreme("math.Min", false),
  "math.Ceil": fixed("math.Ceil", 1, (args) => Math.ceil(toFloat64(args[0]))),
  "math.Floor": fixed("math.Floor", 1, (args) => Math.floor(toFloat64(args[0]))),
  // Go's math.Round: half away from zero.
  "math.Round": fixed("math.Round", 1, (args) => {
    const x = toFloat64(args[0]);
    return Math.sign(x) * Math.round(Math.abs(x));
  }),
};

const pick = (name: string): FunctionLibrary[string] => MATH_FUNCTIONS[name] ?? (() => null);

/** Gomplate's top-level aliases from `math`. */
export const MATH_TOP_LEVEL: FunctionLibrary = {
  add: pick("math.Add"),
  sub: pick("math.Sub"),
  mul: pick("math.Mul"),
  div: pick("math.Div"),
  rem: pick("math.Rem"),
  pow: pick("math.Pow"),
  seq: pick("math.Seq"),
};
