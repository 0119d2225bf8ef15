/**
 * Sprig v3 (github.com/Masterminds/sprig/v3 v3.3.0, the version atmos uses): every function of its
 * `genericMap`, as `sprig.FuncMap()` gives atmos's templates.
 */
import { TemplateEvalError } from "../ast";
import type { FunctionLibrary, GoFunction } from "../contract";
import { CRYPTO_FUNCTIONS } from "./crypto";
import { DATE_FUNCTIONS } from "./dates";
import { DEFAULTS_FUNCTIONS } from "./defaults";
import { DICT_FUNCTIONS } from "./dicts";
import { callError } from "./go-values";
import { LIST_FUNCTIONS } from "./lists";
import { MISC_FUNCTIONS } from "./misc";
import { NUMERIC_FUNCTIONS } from "./numeric";
import { REGEX_FUNCTIONS } from "./regex";
import { STRING_FUNCTIONS } from "./strings";

/**
 * Gives every function text/template's error shape: a Go error or panic becomes
 * `error calling <name>: <message>`; call errors (arity, argument types) pass through.
 */
export function goErrors(library: FunctionLibrary): FunctionLibrary {
  const out: Record<string, GoFunction> = {};
  for (const [name, fn] of Object.entries(library)) {
    out[name] = (args, env) => {
      try {
        return fn(args, env);
      } catch (e) {
        if (e instanceof TemplateEvalError) throw e;
        throw callError(name, e instanceof Error ? e.message : String(e));
      }
    };
  }
  return Object.freeze(out);
}

export const SPRIG_FUNCTIONS: FunctionLibrary = goErrors({
  ...STRING_FUNCTIONS,
  ...REGEX_FUNCTIONS,
  ...NUMERIC_FUNCTIONS,
  ...DEFAULTS_FUNCTIONS,
  ...LIST_FUNCTIONS,
  ...DICT_FUNCTIONS,
  ...DATE_FUNCTIONS,
  ...CRYPTO_FUNCTIONS,
  ...MISC_FUNCTIONS,
});
