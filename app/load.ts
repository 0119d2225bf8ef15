/**
 * The main job: atmos config → engine → model → cdktf app. Shared by main.ts (what `cdktf synth`
 * runs) and the CLI commands that synthesize (diff, graph).
 */
// First: cdktf must find the faster stable JSON writer when it loads (app/stable-json.ts).
import "./install-stable-json";
import { dirname } from "node:path";
import type { App } from "cdktf";
import { ADOPTION_FILE_NAME } from "../adopt/write";
import { quietFrom, renderDiagnostics } from "../config-engine/diagnostic-report";
import {
  errorCount,
  groupDiagnostics,
  isDiagnosticError,
  type Diagnostic,
} from "../config-engine/diagnostics";
// constructs/app, not the index: the index loads every construct, the AWS-based ones included.
import { buildApp } from "../constructs/app";
import { isConstructError } from "../constructs/private/errors";
import type { SpaceliftModel } from "../model";
import { applyAdoption, isAdoptionFileError, readAdoption } from "./adoption";
import { loadModel } from "./model";
import { synthChecked } from "./synth-checks";

export { loadModel } from "./model";

/** Where to read the config and what to build. */
export interface LoadOptions {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** @default - ATMOS_CLI_CONFIG_PATH, else the cdktf context key `atmosConfigDir`, else ./stacks-config */
  readonly configDir?: string;
  /** @default - cdktf's output directory */
  readonly outdir?: string;
  /** Where diagnostics go. @default process.stderr */
  readonly report?: (text: string) => void;
  /**
   * Where warnings go. Under `cdktf synth` this is stdout: cdktf labels every line of the app's
   * stderr `[ERROR]`, which would make warnings look like failures. @default - `report`
   */
  readonly reportWarnings?: (text: string) => void;
  /** Colour the severity words. @default false */
  readonly color?: boolean;
  /** Told how many warnings were printed (one per cause), for a summary line. @default - ignored */
  readonly onWarnings?: (count: number) => void;
}

/** The model each app of {@link loadSpaceliftApp} was built from (for the output checks). */
const modelOfApp = new WeakMap<App, SpaceliftModel>();

/**
 * Writes the app (`app.synth()`) and runs the checks `validate` runs over the output (provider
 * schemas) plus the secret scanner, reporting at YAML file:line:col. Returns false, with nothing
 * left in the output directory, when any fails. Every caller that keeps or shows synthesized JSON
 * (main.ts, validate, diff) goes through here.
 */
export function synthesizeSpaceliftApp(
  app: App,
  options: Pick<LoadOptions, "cwd" | "env" | "report">,
): boolean {
  const model = modelOfApp.get(app);
  if (model === undefined)
    throw new Error("synthesizeSpaceliftApp: the app was not built by loadSpaceliftApp");
  return synthChecked(app, model, {
    cwd: options.cwd,
    env: options.env,
    report: options.report ?? ((t: string) => process.stderr.write(t)),
  });
}

/**
 * Builds the cdktf app, or reports every problem and returns undefined. Warnings are printed
 * either way. `SPACELIFT_ATMOS_ONLY_STACK` restricts synthesis to one stack (a Spacelift run).
 */
export function loadSpaceliftApp(options: LoadOptions): App | undefined {
  const report = options.report ?? ((t: string) => process.stderr.write(t));
  const style = { cwd: options.cwd, color: options.color === true, quiet: quietFrom(options.env) };
  const print = (ds: readonly Diagnostic[], to: (text: string) => void = report): void => {
    const text = renderDiagnostics(ds, style);
    if (text !== "") to(text);
  };
  try {
    let configFile = "";
    const model = loadModel({
      ...options,
      onConfig: (config) => (configFile = config.cliConfigPath),
      ...(options.configDir === undefined
        ? configDirFromContext(options.env)
        : { configDir: options.configDir }),
    });
    print(model.warnings, options.reportWarnings ?? report);
    options.onWarnings?.(groupDiagnostics(model.warnings).length);
    const only = options.env["SPACELIFT_ATMOS_ONLY_STACK"];
    const localState = (options.env["SPACELIFT_ATMOS_LOCAL_STATE"] ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "");
    const unknown = localState.filter((id) => !model.appComponents.some((a) => a.id === id));
    if (unknown.length > 0) {
      report(
        `error: SPACELIFT_ATMOS_LOCAL_STATE names stacks this app does not synthesize: ${unknown.join(", ")}\n`,
      );
      return undefined;
    }
    const app = buildApp(model, {
      ...(only ? { onlyStack: only } : {}),
      localStateStacks: localState,
      ...(options.outdir !== undefined ? { outdir: options.outdir } : {}),
    });
    const adoption =
      options.env["SPACELIFT_ATMOS_IGNORE_ADOPTION"] === "1" ? undefined : readAdoption(dirname(configFile));
    if (adoption) {
      const count = applyAdoption(app, adoption);
      report(`adoption: ${count} resource(s) are imported (import blocks from ${ADOPTION_FILE_NAME})\n`);
    }
    if (only && app.node.tryFindChild(only) === undefined) {
      report(`error: SPACELIFT_ATMOS_ONLY_STACK=${only} is not a stack this app synthesizes\n`);
      return undefined;
    }
    modelOfApp.set(app, model);
    return app;
  } catch (e) {
    if (isDiagnosticError(e)) {
      print(e.diagnostics);
      report(`${errorCount(e.diagnostics)}; nothing was synthesized.\n`);
      return undefined;
    }
    if (isAdoptionFileError(e)) {
      report(`error: ${e.message}\nnothing was synthesized.\n`);
      return undefined;
    }
    if (isConstructError(e)) {
      report(`${e.message}\nnothing was synthesized.\n`);
      return undefined;
    }
    throw e;
  }
}

/** cdktf passes context as JSON in CDKTF_CONTEXT_JSON; `atmosConfigDir` there overrides the default. */
function configDirFromContext(env: LoadOptions["env"]): { configDir?: string } {
  if (env["ATMOS_CLI_CONFIG_PATH"]) return {};
  const raw = env["CDKTF_CONTEXT_JSON"];
  if (!raw) return {};
  try {
    const ctx = JSON.parse(raw) as Record<string, unknown>;
    return typeof ctx["atmosConfigDir"] === "string" ? { configDir: ctx["atmosConfigDir"] } : {};
  } catch {
    return {};
  }
}
