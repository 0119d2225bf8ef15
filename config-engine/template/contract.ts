/**
 * The contract between the template evaluator (parse/evaluate/builtins) and the function
 * libraries (Sprig, Gomplate, atmos). Both sides import only this file from each other.
 */
import type { JsonValue } from "../types";

/**
 * A Go value with no JSON form (`time.Time`, `time.Duration`, `*semver.Version`, `[]byte`, a
 * regexp, …). The evaluator prints it with `goString()` (Go's `%v`) and treats it as truthy.
 */
export interface GoOpaque {
  /** Go's `%T` of the value, e.g. `time.Time`. */
  readonly goType: string;
  /** Go's `fmt.Sprint` of the value. */
  goString(): string;
  /**
   * Methods templates may call on the value (`(now).Year`, `$v.Major`): name → function of the
   * call's arguments. Missing: the value has no methods.
   */
  readonly methods?: Readonly<Record<string, (args: readonly GoValue[]) => GoValue>>;
  /**
   * Alternative to {@link methods}: `.Name` on the value, a struct field or a method
   * (`(semver "1.2.3").Major`, `now.Year`, `(now).Format "2006"`); `args` are a method call's
   * arguments. Throws a TemplateEvalError (`can't evaluate field Name in type T`) for an unknown name.
   */
  goField?(name: string, args: readonly GoValue[]): GoValue;
}

export function isGoOpaque(v: unknown): v is GoOpaque {
  return (
    typeof v === "object" &&
    v !== null &&
    typeof (v as { goString?: unknown }).goString === "function" &&
    typeof (v as { goType?: unknown }).goType === "string"
  );
}

/** A value during evaluation; `undefined` is Go's "no value" (a missing map key). */
export type GoValue =
  JsonValue | undefined | GoOpaque | readonly GoValue[] | { readonly [key: string]: GoValue };

/** Warnings a function may raise; the evaluator attaches the template's file:line:col. */
export type TemplateWarningCode =
  /** `now`, random, uuid, …: output differs from run to run. */
  | "NONDETERMINISTIC_TEMPLATE"
  /** `env`/`expandenv`/`getenv` read a variable whose name looks secret. */
  | "TEMPLATE_ENV_SECRET"
  /** A reference that can only be resolved at run time (terraform outputs). */
  | "TEMPLATE_RUNTIME_VALUE";

/** What functions may read besides their arguments. */
export interface FunctionEnv {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Records a warning. Optional so older call sites keep working. */
  readonly warn?: (code: TemplateWarningCode, message: string) => void;
  /**
   * Reads a file for a datasource or `file.Read`: the path is resolved against the manifest's
   * directory and confined to the repository root by real path. Throws a TemplateEvalError-shaped
   * Error with a clear message when refused or missing.
   */
  readonly readFile?: (path: string) => string;
  /** Gomplate datasources from `templates.settings.gomplate.datasources` (alias → URL). */
  readonly datasources?: Readonly<Record<string, { readonly url: string }>>;
  /**
   * `atmos.Component`: the described sections (vars, settings, metadata, env, backend,
   * workspace, …) of another component in a stack, templates rendered. Absent where templates
   * are rendered without a resolved configuration (name templates, import contexts).
   */
  readonly describeComponent?: (component: string, stack: string) => GoValue;
}

/**
 * A template function; the piped value, when any, is the last argument. Errors are thrown as
 * `TemplateEvalError` carrying Go's full text: `error calling div: runtime error: integer divide
 * by zero` for a function's error or panic, `wrong number of args for upper: want 1 got 2` and
 * `wrong type for value; expected string; got int` for a bad call; the evaluator adds the position.
 *
 * Numbers: an integral JS number is Go's `int`, any other `float64` (YAML ints and floats are both
 * JS numbers); functions that Go types `float64` return JS numbers that print the same.
 */
export type GoFunction = (args: readonly GoValue[], env: FunctionEnv) => GoValue;

/** A named set of functions (Sprig's flat map, or one Gomplate namespace). */
export type FunctionLibrary = Readonly<Record<string, GoFunction>>;

/**
 * Go's int/float64 distinction. A JS number is a Go `int` when it is an integer and a `float64`
 * otherwise; a `float64` whose value is integral (YAML-free: `1.0` literals, `float64 3`, `divf
 * 4 2`) is wrapped in a GoFloat. Library functions returning a float64 must return
 * {@link goFloat}`(x)` (wraps only when needed); functions reading numbers use {@link goNumber}.
 * Decoded YAML data has no wrapper: a YAML `1.0` reaches templates as the int 1 (the YAML loader
 * keeps JS numbers), a documented deviation.
 */
export class GoFloat implements GoOpaque {
  readonly goType = "float64";
  constructor(readonly value: number) {}
  goString(): string {
    return String(this.value);
  }
}

/** A Go float64 as a GoValue: a plain number unless integral (then a {@link GoFloat}). */
export function goFloat(n: number): number | GoFloat {
  return Number.isInteger(n) ? new GoFloat(n) : n;
}

/** The number a Go int or float64 value holds, or undefined for other values. */
export function goNumber(v: GoValue): number | undefined {
  if (typeof v === "number") return v;
  return v instanceof GoFloat ? v.value : undefined;
}

/** Go's `%T` name of a value decoded from YAML or made by a function. */
export function goTypeName(v: GoValue): string {
  if (v === undefined || v === null) return "<nil>";
  if (typeof v === "string") return "string";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "number") return Number.isInteger(v) ? "int" : "float64";
  if (Array.isArray(v)) return "[]interface {}";
  if (isGoOpaque(v)) return v.goType;
  return "map[string]interface {}";
}
