/** Sprig v3 integer and float math and number conversions (spf13/cast semantics). */
import type { FunctionEnv, FunctionLibrary, GoValue } from "../contract";
import * as decimal from "./decimal";
import { arity, castFloat, castInt, fixed, goSprint, int, str } from "./go-values";
import { nondeterministic } from "./strings";

const DIVIDE_BY_ZERO = "runtime error: integer divide by zero";

/** Go's int64 wrap-around is out of reach of JS numbers; results beyond 2^53 lose precision. */
function intOp(name: string, n: number, f: (a: number, b: number) => number): FunctionLibrary[string] {
  return fixed(name, n, (args) => f(castInt(args[0]), castInt(args[1])));
}

/** Sprig's execDecimalOp: decimal arithmetic over cast.ToFloat64 of each operand. */
function decimalOp(
  first: GoValue,
  rest: readonly GoValue[],
  op: (
    a: ReturnType<typeof decimal.fromFloat>,
    b: ReturnType<typeof decimal.fromFloat>,
  ) => ReturnType<typeof decimal.fromFloat>,
): number {
  let acc = decimal.fromFloat(castFloat(first));
  for (const x of rest) acc = op(acc, decimal.fromFloat(castFloat(x)));
  return decimal.toFloat(acc);
}

/** Sprig's untilStep. */
export function untilStep(start: number, stop: number, step: number): number[] {
  const out: number[] = [];
  if (stop < start) {
    if (step >= 0) return out;
    for (let i = start; i > stop; i += step) out.push(i);
    return out;
  }
  if (step <= 0) return out;
  for (let i = start; i < stop; i += step) out.push(i);
  return out;
}

function seq(params: readonly number[]): string {
  const text = (xs: number[]): string => xs.join(" ");
  if (params.length === 1) {
    const end = params[0] ?? 0;
    const inc = end < 1 ? -1 : 1;
    return text(untilStep(1, end + inc, inc));
  }
  if (params.length === 2) {
    const [start = 0, end = 0] = params;
    const step = end < start ? -1 : 1;
    return text(untilStep(start, end + step, step));
  }
  if (params.length === 3) {
    const [start = 0, step = 0, end = 0] = params;
    let inc = 1;
    if (end < start) {
      inc = -1;
      if (step > 0) return "";
    }
    return text(untilStep(start, end + inc, step));
  }
  return "";
}

/** Sprig's round: `round 3.746 2` is 3.75; an optional third argument moves the rounding point. */
function round(args: readonly GoValue[]): number {
  arity("round", args, 2, 3);
  const roundOn = args.length > 2 ? castFloat(args[2]) : 0.5;
  const pow = Math.pow(10, int(args[1]));
  const digit = pow * castFloat(args[0]);
  const frac = digit - Math.trunc(digit);
  return (frac >= roundOn ? Math.ceil(digit) : Math.floor(digit)) / pow;
}

function randInt(args: readonly GoValue[], env: FunctionEnv): number {
  arity("randInt", args, 2);
  nondeterministic(env, "randInt");
  const [min, max] = [int(args[0]), int(args[1])];
  if (max - min <= 0) throw new Error("invalid argument to Intn");
  return min + Math.floor(Math.random() * (max - min));
}

const atLeast =
  (name: string, n: number, f: (args: readonly GoValue[]) => GoValue): FunctionLibrary[string] =>
  (args) => {
    arity(name, args, n, Infinity);
    return f(args);
  };

export const NUMERIC_FUNCTIONS: FunctionLibrary = {
  add1: fixed("add1", 1, (args) => castInt(args[0]) + 1),
  add: (args) => args.reduce<number>((acc, x) => acc + castInt(x), 0),
  sub: intOp("sub", 2, (a, b) => a - b),
  div: intOp("div", 2, (a, b) => {
    if (b === 0) throw new Error(DIVIDE_BY_ZERO);
    return Math.trunc(a / b);
  }),
  mod: intOp("mod", 2, (a, b) => {
    if (b === 0) throw new Error(DIVIDE_BY_ZERO);
    return a % b;
  }),
  mul: atLeast("mul", 1, (args) =>
    args.slice(1).reduce<number>((acc, x) => acc * castInt(x), castInt(args[0])),
  ),
  randInt,
  add1f: fixed("add1f", 1, (args) => decimalOp(args[0], [1], decimal.add)),
  addf: (args) => decimalOp(0, args, decimal.add),
  subf: atLeast("subf", 1, (args) => decimalOp(args[0], args.slice(1), decimal.sub)),
  divf: atLeast("divf", 1, (args) => decimalOp(args[0], args.slice(1), decimal.div)),
  mulf: atLeast("mulf", 1, (args) => decimalOp(args[0], args.slice(1), decimal.mul)),
  biggest: atLeast("biggest", 1, (args) => Math.max(...args.map(castInt))),
  max: atLeast("max", 1, (args) => Math.max(...args.map(castInt))),
  min: atLeast("min", 1, (args) => Math.min(...args.map(castInt))),
  maxf: atLeast("maxf", 1, (args) => Math.max(...args.map(castFloat))),
  minf: atLeast("minf", 1, (args) => Math.min(...args.map(castFloat))),
  ceil: fixed("ceil", 1, (args) => Math.ceil(castFloat(args[0]))),
  floor: fixed("floor", 1, (args) => Math.floor(castFloat(args[0]))),
  round,
  until: fixed("until", 1, (args) => {
    const count = int(args[0]);
    return untilStep(0, count, count < 0 ? -1 : 1);
  }),
  untilStep: fixed("untilStep", 3, (args) => untilStep(int(args[0]), int(args[1]), int(args[2]))),
  seq: (args) => seq(args.map(int)),
  // strconv.Atoi; an error reads as 0.
  atoi: fixed("atoi", 1, (args) => {
    const s = str(args[0]);
    return /^[+-]?\d+$/.test(s) ? Number(s) : 0;
  }),
  int: fixed("int", 1, (args) => castInt(args[0])),
  int64: fixed("int64", 1, (args) => castInt(args[0])),
  float64: fixed("float64", 1, (args) => castFloat(args[0])),
  // strconv.ParseInt(fmt.Sprint(v), 8, 64): an octal string to its value.
  toDecimal: fixed("toDecimal", 1, (args) => {
    const s = goSprint(args[0]);
    return /^[+-]?[0-7]+$/.test(s) ? parseInt(s, 8) : 0;
  }),
};
