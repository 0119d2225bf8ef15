/** Shared helpers for the Sprig/Gomplate library tables: call a function directly, print as Go does. */
import type {
  FunctionEnv,
  FunctionLibrary,
  GoValue,
  TemplateWarningCode,
} from "../../config-engine/template/contract";
import { goSprint } from "../../config-engine/template/sprig/go-values";

/** One row: function name, arguments (the piped value last), what Go prints. */
export type Case = readonly [name: string, args: readonly GoValue[], expected: string];

export interface Recorded {
  readonly env: FunctionEnv;
  readonly warnings: { code: TemplateWarningCode; message: string }[];
}

export function recordingEnv(vars: Record<string, string> = {}, extra: Partial<FunctionEnv> = {}): Recorded {
  const warnings: { code: TemplateWarningCode; message: string }[] = [];
  return {
    warnings,
    env: { env: { TZ: "UTC", ...vars }, warn: (code, message) => warnings.push({ code, message }), ...extra },
  };
}

/** What text/template prints for an action's value (`<no value>` for nil). */
export function printed(v: GoValue): string {
  return v === undefined || v === null ? "<no value>" : goSprint(v);
}

export function call(
  lib: FunctionLibrary,
  name: string,
  args: readonly GoValue[],
  env?: FunctionEnv,
): GoValue {
  const fn = lib[name];
  if (!fn) throw new Error(`no function ${name}`);
  return fn(args, env ?? recordingEnv().env);
}

/** The error text a call raises. */
export function errorOf(
  lib: FunctionLibrary,
  name: string,
  args: readonly GoValue[],
  env?: FunctionEnv,
): string {
  try {
    call(lib, name, args, env);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`${name} did not fail`);
}
