/**
 * Atmos YAML functions evaluated after the merge, as `atmos describe` does with
 * `--process-functions` (internal/exec/yaml_func_utils.go): the loader keeps every function as
 * the string `"!tag args"` (so do quoted strings with that prefix, exactly as in atmos), and this
 * pass replaces, in every section of a component:
 *
 * - `!env NAME [default]`: the component's `env` section, else the process environment, else the
 *   default, else `""` (pkg/utils/yaml_func_env.go);
 * - `!template <text>`: the text JSON-decoded when it is JSON, else the text (templates inside it
 *   were rendered by the template pass before);
 * - `!repo-root [default]`: the git root of the working directory, else the default;
 * - `!exec <command>`: the command's standard output run by `sh -c` (trailing newlines removed,
 *   JSON-decoded when it is JSON), with a warning that configuration ran a shell command.
 *
 * `!terraform.output`, `!terraform.state`, `!store`, `!store.get` and `!aws.*` need state, a
 * store or AWS credentials: they stay strings, with a YAML_FUNCTION_RUNTIME warning, as on
 * atmos's Spacelift path. Without `processFunctions` nothing here runs.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Diagnostic } from "../diagnostics";
import { EngineErrors, fail, type ErrorSite } from "../errors";
import { getKey, mapStringLeaves } from "../json-value";
import type { EngineComponent } from "../resolved-component";
import type { AtmosConfig, JsonMap, JsonValue, ProvenanceSection } from "../types";

const PROVENANCE_SECTIONS: readonly string[] = [
  "vars",
  "settings",
  "env",
  "backend",
  "metadata",
  "providers",
  "overrides",
];

const RUNTIME_PREFIXES = ["!terraform.output", "!terraform.state", "!store.get", "!store", "!aws."];

/** The tag a string starts with (`!env` in `!env HOME`), when it is an evaluated function. */
function functionTag(s: string): string | undefined {
  if (s.charCodeAt(0) !== 33 /* ! */) return undefined;
  const m = /^(![\w.-]+)(?:\s|$)/.exec(s);
  return m?.[1];
}

/** What evaluation needs besides the component. */
export interface FunctionContext {
  readonly config: AtmosConfig;
  readonly warnings: Diagnostic[];
  /** Functions left as written (`--skip`: `exec`, `env`, `terraform.output`…, with or without `!`). */
  readonly skip?: readonly string[];
}

/** A copy of `c` with YAML functions evaluated in every section (c itself when none is used). */
export function evaluateComponentFunctions(c: EngineComponent, ctx: FunctionContext): EngineComponent {
  const skipped = new Set((ctx.skip ?? []).map((s) => (s.startsWith("!") ? s : `!${s}`)));
  const siteOf = (section: string, p: readonly (string | number)[]): ErrorSite => {
    const source = PROVENANCE_SECTIONS.includes(section)
      ? c.sourceOf(section as ProvenanceSection, [...p])
      : undefined;
    return {
      location: source ?? { file: c.stackFile, line: 1, col: 1 },
      keyPath: [section, ...p].join("."),
    };
  };
  const map = (section: string, m: JsonMap): JsonMap =>
    mapStringLeaves(m, (v, p) => {
      const tag = functionTag(v);
      if (tag === undefined || skipped.has(tag)) return v;
      return evaluateFunction(tag, v, c, ctx, () => siteOf(section, p));
    }) as JsonMap;
  // `!env` reads the component's env section as merged (before this pass).
  return c.with(
    { vars: map("vars", c.vars), metadata: map("metadata", c.metadata), backend: map("backend", c.backend) },
    {
      settings: map("settings", c.settings),
      env: map("env", c.env),
      overrides: map("overrides", c.overrides),
      providers: map("providers", c.providers),
      hooks: map("hooks", c.hooks),
      generate: map("generate", c.generate),
      dependencies: map("dependencies", c.dependencies),
      remoteStateBackend: map("remote_state_backend", c.remoteStateBackend),
    },
  );
}

function evaluateFunction(
  tag: string,
  text: string,
  c: EngineComponent,
  ctx: FunctionContext,
  site: () => ErrorSite,
): JsonValue {
  const args = text.slice(tag.length).trim();
  switch (tag) {
    case "!env":
      return envFunction(args, c, ctx, text, site);
    case "!template":
      if (args === "") fail(EngineErrors.yamlFunctionError(text, "the function needs an argument", site()));
      return jsonOrText(args);
    case "!repo-root": {
      const root = gitRoot(ctx.config.cwd ?? process.cwd());
      if (root !== undefined) return root;
      if (args !== "") return args;
      return fail(
        EngineErrors.yamlFunctionError(text, "the working directory is not in a git repository", site()),
      );
    }
    case "!exec":
      return execFunction(args, text, ctx, site);
    default:
      if (RUNTIME_PREFIXES.some((p) => tag === p || (p.endsWith(".") && tag.startsWith(p)))) {
        ctx.warnings.push(EngineErrors.yamlFunctionRuntime(text, site()));
      }
      return text;
  }
}

function envFunction(
  args: string,
  c: EngineComponent,
  ctx: FunctionContext,
  text: string,
  site: () => ErrorSite,
): JsonValue {
  const words = splitArgs(args);
  if (words.length === 0 || words.length > 2) {
    fail(EngineErrors.yamlFunctionError(text, "!env takes a variable name and an optional default", site()));
  }
  const [name, fallback] = words as [string, string | undefined];
  const fromSection = getKey(c.env, name);
  if (fromSection !== undefined) return goSprint(fromSection);
  const fromProcess = (ctx.config.processEnv ?? {})[name];
  if (fromProcess !== undefined) return fromProcess;
  return fallback ?? "";
}

function execFunction(args: string, text: string, ctx: FunctionContext, site: () => ErrorSite): JsonValue {
  if (args === "") fail(EngineErrors.yamlFunctionError(text, "the function needs a command", site()));
  ctx.warnings.push(EngineErrors.yamlFunctionExec(args, site()));
  const result = spawnSync("sh", ["-c", args], {
    cwd: ctx.config.cwd ?? process.cwd(),
    env: Object.fromEntries(
      Object.entries(ctx.config.processEnv ?? {}).filter((e): e is [string, string] => e[1] !== undefined),
    ),
    encoding: "utf8",
    timeout: 60_000,
  });
  if (result.error || result.status !== 0) {
    const reason =
      result.error?.message ?? `exit code ${result.status}: ${result.stderr.trim().split("\n")[0] ?? ""}`;
    fail(EngineErrors.yamlFunctionError(text, `the command failed (${reason})`, site()));
  }
  return jsonOrText(result.stdout.replace(/\n+$/, ""));
}

/** JSON-decoded when `s` is JSON (atmos `json.Unmarshal`), else `s`. */
function jsonOrText(s: string): JsonValue {
  try {
    return JSON.parse(s) as JsonValue;
  } catch {
    return s;
  }
}

/** Words of a function's arguments; single or double quotes group words (atmos's tokenizer). */
function splitArgs(s: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push(m[1] ?? m[2] ?? m[3] ?? "");
  return out;
}

/** Go's `fmt.Sprintf("%v")` of a JSON value, for env section values that are not strings. */
function goSprint(v: JsonValue): string {
  if (typeof v === "string") return v;
  if (v === null) return "<nil>";
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v);
}

function gitRoot(start: string): string | undefined {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, ".git"))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}
