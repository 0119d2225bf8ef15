/**
 * Executes Go templates (see `parse.ts`) as Go's `text/template` does, with atmos's options:
 * `missingkey=error`, or `missingkey=default` (prints `<no value>`) when missing values are
 * ignored. Functions come from the registry (Go builtins, Gomplate, Sprig, atmos).
 */
import { checkFunctions, findRoots } from "./analysis";
import { located, TemplateEvalError, type ParsedTemplate } from "./ast";
import { RuntimeValueSignal } from "./atmos-functions";
import type { FunctionEnv, GoValue, TemplateWarningCode } from "./contract";
import { Evaluator } from "./executor";
import { parseTemplate } from "./parse";
import { allFunctions, type FunctionMap } from "./registry";

/** How a template is rendered. */
export interface RenderOptions {
  /** `error` (Go `missingkey=error`, atmos default) or `ignore` (`missingkey=default`: `<no value>`). */
  readonly missingKey: "error" | "ignore";
  readonly env: Readonly<Record<string, string | undefined>>;
  /** @default - every function (Go builtins, Gomplate, Sprig, atmos), as atmos's `ProcessTmpl` */
  readonly functions?: FunctionMap;
  /** `templates.settings.delimiters`. @default ["{{", "}}"] */
  readonly delimiters?: readonly [string, string];
  readonly warn?: (code: TemplateWarningCode, message: string) => void;
  readonly readFile?: FunctionEnv["readFile"];
  readonly datasources?: FunctionEnv["datasources"];
  readonly describeComponent?: FunctionEnv["describeComponent"];
}

const DEFAULT_DELIMITERS: readonly [string, string] = ["{{", "}}"];

const parsed = new Map<string, ParsedTemplate>();

function parsedTemplate(src: string, delimiters: readonly [string, string]): ParsedTemplate {
  const key = delimiters === DEFAULT_DELIMITERS ? src : `${delimiters[0]}\0${delimiters[1]}\0${src}`;
  let t = parsed.get(key);
  if (!t) {
    t = parseTemplate(src, delimiters);
    parsed.set(key, t);
  }
  return t;
}

/**
 * The top-level keys of the data a template reads (`.vars.x` → `vars`), or undefined when it
 * may read the whole dot (`.`, `$`, `template`, a variable holding the dot, …). Lets callers
 * build only the data a template needs.
 */
export function templateRoots(src: string): ReadonlySet<string> | undefined {
  if (rootsCache.has(src)) return rootsCache.get(src);
  const found = findRoots(parsedTemplate(src, DEFAULT_DELIMITERS));
  rootsCache.set(src, found);
  return found;
}

const rootsCache = new Map<string, ReadonlySet<string> | undefined>();

/** True when `s` contains a template action. */
export function hasTemplate(s: string, delimiters: readonly [string, string] = DEFAULT_DELIMITERS): boolean {
  return s.includes(delimiters[0]);
}

/**
 * Renders `src` with `data` as the dot. Throws {@link UnsupportedTemplateError} or
 * {@link TemplateEvalError}; callers attach the file.
 */
export function renderTemplate(src: string, data: GoValue, options: RenderOptions): string {
  try {
    return render(src, data, options);
  } catch (e) {
    // Pathological nesting (thousands of parentheses or blocks) exhausts the JS stack.
    if (e instanceof RangeError) throw located(new TemplateEvalError("template nested too deeply"), 0);
    throw e;
  }
}

function render(src: string, data: GoValue, options: RenderOptions): string {
  const t = parsedTemplate(src, options.delimiters ?? DEFAULT_DELIMITERS);
  const functions = options.functions ?? allFunctions();
  checkFunctions(t, functions);
  const out: string[] = [];
  try {
    new Evaluator(src, t, data, options, functions).run(t.root, data, out);
  } catch (e) {
    if (!(e instanceof RuntimeValueSignal)) throw e;
    options.warn?.(
      "TEMPLATE_RUNTIME_VALUE",
      `${e.what} are only known at run time: the template is kept as is`,
    );
    return src;
  }
  return out.join("");
}
