/**
 * Go value helpers shared by the Sprig and Gomplate libraries: `%v` printing, Go type names,
 * spf13/cast conversions, argument checks and Go-shaped errors.
 *
 * Numbers: YAML ints and floats are both JS numbers, so an integral number is read as Go's `int`
 * and any other as `float64` (see `contract.ts`).
 */
import { TemplateEvalError } from "../ast";
import { isGoOpaque, type GoFunction, type GoOpaque, type GoValue } from "../contract";

export type GoMap = { readonly [key: string]: GoValue };

export function isList(v: GoValue): v is readonly GoValue[] {
  return Array.isArray(v);
}

export function isMap(v: GoValue): v is GoMap {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !isGoOpaque(v);
}

/** `[]byte` (Sprig's `b64dec` returns a string, but gomplate's `base64.DecodeBytes` returns bytes). */
export class GoBytes implements GoOpaque {
  readonly goType = "[]uint8";
  constructor(readonly bytes: Buffer) {}
  goString(): string {
    return `[${[...this.bytes].join(" ")}]`;
  }
}

/** The error a Go template function returns, as text/template reports it. */
export function callError(name: string, message: string): TemplateEvalError {
  return new TemplateEvalError(`error calling ${name}: ${message}`);
}

/** Go's error for a call with the wrong number of arguments. */
export function arity(name: string, args: readonly GoValue[], min: number, max = min): void {
  if (args.length < min || args.length > max) {
    const want = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    throw new TemplateEvalError(`wrong number of args for ${name}: want ${want} got ${args.length}`);
  }
}

/** Wraps an implementation with an arity check. */
export function fixed(name: string, n: number, impl: GoFunction): GoFunction {
  return (args, env) => {
    arity(name, args, n);
    return impl(args, env);
  };
}

/** Go's `%T`. */
export function goTypeName(v: GoValue): string {
  if (v === undefined || v === null) return "<nil>";
  if (typeof v === "string") return "string";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "number") return Number.isInteger(v) ? "int" : "float64";
  if (isGoOpaque(v)) return v.goType;
  if (Array.isArray(v)) return "[]interface {}";
  return "map[string]interface {}";
}

/** Go's reflect Kind name. */
export function goKindName(v: GoValue): string {
  if (v === undefined || v === null) return "invalid";
  if (typeof v === "string") return "string";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "number") return Number.isInteger(v) ? "int" : "float64";
  if (v instanceof GoBytes) return "slice";
  if (isGoOpaque(v)) return v.goType === "time.Duration" ? "int64" : "struct";
  if (Array.isArray(v)) return "slice";
  return "map";
}

/** Go's `strconv.FormatFloat(f, 'g', -1, 64)` as `%v` prints it. */
export function formatGoFloat(f: number): string {
  if (Number.isNaN(f)) return "NaN";
  if (f === Infinity) return "+Inf";
  if (f === -Infinity) return "-Inf";
  if (f === 0) return Object.is(f, -0) ? "-0" : "0";
  const [mantissa = "", expText = "0"] = f.toExponential().split("e");
  const exp = Number(expText);
  if (exp < -4 || exp >= 6) {
    // Go's shortest %g switches to an exponent from 1e+06 (fmt.Println(1234567.5) is 1.2345675e+06).
    return `${mantissa}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  return String(f);
}

/** Go's `fmt.Sprint` (`%v`) of one value, as Sprig's `toString` and `join` see it. */
export function goSprint(v: GoValue): string {
  if (v === undefined || v === null) return "<nil>";
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return String(v);
  if (typeof v === "number") return Number.isInteger(v) && Math.abs(v) < 1e21 ? String(v) : formatGoFloat(v);
  if (isGoOpaque(v)) return v.goString();
  if (Array.isArray(v)) return `[${v.map(goSprint).join(" ")}]`;
  const m = v as GoMap;
  return `map[${Object.keys(m)
    .sort()
    .map((k) => `${k}:${goSprint(m[k])}`)
    .join(" ")}]`;
}

/** A `string` parameter: Go rejects other types. */
export function str(v: GoValue): string {
  if (typeof v === "string") return v;
  if (v === undefined || v === null) throw new TemplateEvalError(`invalid value; expected string`);
  throw new TemplateEvalError(`wrong type for value; expected string; got ${goTypeName(v)}`);
}

/** An `int` parameter. */
export function int(v: GoValue): number {
  if (typeof v === "number" && Number.isInteger(v)) return v;
  if (v === undefined || v === null) throw new TemplateEvalError(`invalid value; expected int`);
  throw new TemplateEvalError(`wrong type for value; expected int; got ${goTypeName(v)}`);
}

/** A `float64` parameter (template constants convert; YAML ints are numbers here too). */
export function float(v: GoValue): number {
  if (typeof v === "number") return v;
  if (v === undefined || v === null) throw new TemplateEvalError(`invalid value; expected float64`);
  throw new TemplateEvalError(`wrong type for value; expected float64; got ${goTypeName(v)}`);
}

/** A `bool` parameter. */
export function bool(v: GoValue): boolean {
  if (typeof v === "boolean") return v;
  if (v === undefined || v === null) throw new TemplateEvalError(`invalid value; expected bool`);
  throw new TemplateEvalError(`wrong type for value; expected bool; got ${goTypeName(v)}`);
}

/** A `[]interface{}` parameter. */
export function list(v: GoValue): readonly GoValue[] {
  if (Array.isArray(v)) return v;
  if (v === undefined || v === null) throw new TemplateEvalError(`invalid value; expected []interface {}`);
  throw new TemplateEvalError(`wrong type for value; expected []interface {}; got ${goTypeName(v)}`);
}

/** A `map[string]interface{}` parameter. */
export function dict(v: GoValue): GoMap {
  if (isMap(v)) return v;
  if (v === undefined || v === null)
    throw new TemplateEvalError(`invalid value; expected map[string]interface {}`);
  throw new TemplateEvalError(`wrong type for value; expected map[string]interface {}; got ${goTypeName(v)}`);
}

/** Go's `strconv.ParseInt(s, 0, 64)` (prefixes 0x, 0o, 0b, leading 0 octal, underscores). */
export function parseGoInt(s: string): number | undefined {
  const m = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|0[0-7_]*|[1-9][0-9_]*)$/.exec(s);
  if (!m) return undefined;
  const sign = m[1] === "-" ? -1 : 1;
  let body = (m[2] ?? "").replace(/_/g, "");
  if (/^0[0-7]+$/.test(body)) body = `0o${body.slice(1)}`;
  const n = Number(body);
  return Number.isNaN(n) ? undefined : sign * n;
}

/** Go's `strconv.ParseFloat(s, 64)`. */
export function parseGoFloat(s: string): number | undefined {
  const t = s.replace(/_/g, "");
  if (/^[+-]?(inf|infinity)$/i.test(t)) return t.startsWith("-") ? -Infinity : Infinity;
  if (/^nan$/i.test(t)) return NaN;
  if (!/^[+-]?(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?|0[xX][0-9a-fA-F]+)$/.test(t)) return undefined;
  return Number(t);
}

/** spf13/cast `ToInt64` (errors read as 0). */
export function castInt(v: GoValue): number {
  if (typeof v === "number") return Number.isFinite(v) ? Math.trunc(v) : 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string") {
    // cast trims a zero decimal part ("3.0" → 3) before parsing.
    const trimmed = v.replace(/^([+-]?\d+)\.0*$/, "$1");
    return parseGoInt(trimmed) ?? 0;
  }
  if (isGoOpaque(v) && "nanoseconds" in v)
    return Number((v as unknown as { nanoseconds: bigint }).nanoseconds);
  return 0;
}

/** spf13/cast `ToFloat64` (errors read as 0). */
export function castFloat(v: GoValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string") return parseGoFloat(v) ?? 0;
  return 0;
}

/** Sprig's `strval`: strings as is, `[]byte` as text, errors and Stringers by their text, else `%v`. */
export function strval(v: GoValue): string {
  if (typeof v === "string") return v;
  if (v instanceof GoBytes) return v.bytes.toString("utf8");
  return goSprint(v);
}

/** Sprig's `empty`: zero values, empty collections, nil. */
export function isEmpty(v: GoValue): boolean {
  if (v === undefined || v === null || v === false || v === 0 || v === "") return true;
  if (Array.isArray(v)) return v.length === 0;
  if (v instanceof GoBytes) return v.bytes.length === 0;
  // A zero Duration is an empty int64; structs such as time.Time are never empty.
  if (isGoOpaque(v)) return v.goType === "time.Duration" && v.goString() === "0s";
  if (typeof v === "object") return Object.keys(v).length === 0;
  return false;
}

/** Go's `reflect.DeepEqual` on decoded values. */
export function deepEqual(a: GoValue, b: GoValue): boolean {
  if (a === b) return true;
  const nil = (x: GoValue): boolean => x === undefined || x === null;
  if (nil(a) || nil(b)) return nil(a) && nil(b);
  if (typeof a === "number" && typeof b === "number")
    return a === b && Number.isInteger(a) === Number.isInteger(b);
  if (isGoOpaque(a) || isGoOpaque(b)) {
    return isGoOpaque(a) && isGoOpaque(b) && a.goType === b.goType && a.goString() === b.goString();
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x: GoValue, i: number) => deepEqual(x, (b as readonly GoValue[])[i]));
  }
  if (typeof a === "object" && typeof b === "object") {
    const ma = a as GoMap;
    const mb = b as GoMap;
    const ka = Object.keys(ma);
    if (ka.length !== Object.keys(mb).length) return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(mb, k) && deepEqual(ma[k], mb[k]));
  }
  return false;
}

/** A deep copy of plain lists and maps (opaque values are immutable and shared). */
export function deepCopy(v: GoValue): GoValue {
  if (Array.isArray(v)) return v.map((x: GoValue) => deepCopy(x));
  if (isMap(v)) {
    const out: Record<string, GoValue> = {};
    for (const [k, x] of Object.entries(v)) out[k] = deepCopy(x);
    return out;
  }
  return v;
}

/** Sorted keys of a map, Go's order for `range` and `%v`. */
export function sortedKeys(m: GoMap): string[] {
  return Object.keys(m).sort();
}
