/**
 * Atmos's own template functions (`internal/exec/template_funcs*.go`, `pkg/templatefuncs`):
 * `atmos.Component`, `atmos.GomplateDatasource`, `collectKeys`.
 */
import { parse as parseYaml } from "yaml";
import { TemplateEvalError } from "./ast";
import { goTypeName, type FunctionEnv, type FunctionLibrary, type GoOpaque, type GoValue } from "./contract";
import { isGoMap, sortedKeys } from "./values";

/**
 * Raised when a template reads a value that exists only at run time (another component's
 * terraform `outputs`); the evaluator keeps the action's text for run time and warns.
 */
export class RuntimeValueSignal extends Error {
  constructor(readonly what: string) {
    super(`${what} are only known at run time`);
  }
}

/** The `outputs` of an `atmos.Component` result: any use of it defers the action to run time. */
class RuntimeOutputs implements GoOpaque {
  readonly goType = "map[string]interface {}";
  constructor(readonly what: string) {}
  goString(): string {
    throw new RuntimeValueSignal(this.what);
  }
}

/** A placeholder for a value known only at run time (`what` names it in warnings). */
export function runtimeValue(what: string): GoOpaque {
  return new RuntimeOutputs(what);
}

/** True for the run-time `outputs` placeholder. */
export function isRuntimeValue(v: GoValue): v is GoOpaque & { what: string } {
  return v instanceof RuntimeOutputs;
}

function fail(message: string): never {
  throw new TemplateEvalError(message);
}

function stringArg(fn: string, v: GoValue, position: number): string {
  if (typeof v !== "string") fail(`${fn}: argument ${position} must be a string, got ${goTypeName(v)}`);
  return v;
}

function component(args: readonly GoValue[], env: FunctionEnv): GoValue {
  if (args.length !== 2) fail(`wrong number of args for atmos.Component: want 2 got ${args.length}`);
  const name = stringArg("atmos.Component", args[0], 1);
  const stack = stringArg("atmos.Component", args[1], 2);
  if (!env.describeComponent) {
    fail(`atmos.Component("${name}", "${stack}") is not available here (only in component sections)`);
  }
  const sections = env.describeComponent(name, stack);
  if (!isGoMap(sections)) return sections;
  return {
    ...sections,
    outputs: new RuntimeOutputs(`terraform outputs of component '${name}' in stack '${stack}'`),
  };
}

const REMOTE = /^(https?|s3|gs|git|git\+\w+|vault|consul|aws\+sm|aws\+smp|boltdb|azure|azblob|stdin|merge):/i;

function datasource(args: readonly GoValue[], env: FunctionEnv): GoValue {
  if (args.length < 1) fail("wrong number of args for atmos.GomplateDatasource: want at least 1 got 0");
  const alias = stringArg("atmos.GomplateDatasource", args[0], 1);
  const source = env.datasources?.[alias];
  if (!source) fail(`undefined datasource '${alias}' (define it in templates.settings.gomplate.datasources)`);
  const url = source.url;
  if (REMOTE.test(url)) {
    fail(
      `datasource '${alias}' is remote (${url}): no network: vendor it into the repository and use a file path`,
    );
  }
  if (/^env:/i.test(url)) return env.env[url.replace(/^env:\/*/i, "")] ?? "";
  if (!env.readFile) fail(`datasource '${alias}': files cannot be read here`);
  const file = url.replace(/^file:\/\//i, "");
  const text = env.readFile(file);
  try {
    if (/\.json$/i.test(file)) return JSON.parse(text) as GoValue;
    if (/\.ya?ml$/i.test(file)) return parseYaml(text) as GoValue;
  } catch (e) {
    fail(`datasource '${alias}' (${file}): ${(e as Error).message}`);
  }
  return text;
}

function collectKeys(args: readonly GoValue[]): GoValue {
  if (args.length < 1 || args.length > 2)
    fail(`wrong number of args for collectKeys: want 1 or 2 got ${args.length}`);
  const m = args[0];
  if (!isGoMap(m)) fail(`collectKeys: expected a map, got ${goTypeName(m)}`);
  if (args.length === 1) return sortedKeys(m);
  const nested = stringArg("collectKeys", args[1], 2);
  const seen = new Set<string>();
  for (const entry of Object.values(m)) {
    const inner = isGoMap(entry) ? entry[nested] : undefined;
    if (isGoMap(inner)) Object.keys(inner).forEach((k) => seen.add(k));
  }
  return [...seen].sort();
}

/** Atmos's functions by name. */
export const ATMOS_FUNCTIONS: FunctionLibrary = {
  "atmos.Component": component,
  "atmos.GomplateDatasource": datasource,
  collectKeys,
};
