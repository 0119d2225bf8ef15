/**
 * Loads `atmos.yaml` and resolves it into {@link AtmosConfig}: every path absolute, env-var
 * overrides applied, defaults filled (atmos HEAD rules, see docs/config-engine.md). The file is
 * found by atmos's search (atmos-config-search.ts). The `ATMOS_*` overrides are atmos's
 * `processEnvVars` ones that concern stacks and terraform components, each applied only when
 * non-empty, as atmos does: ATMOS_BASE_PATH, ATMOS_STACKS_BASE_PATH,
 * ATMOS_STACKS_INCLUDED_PATHS / _EXCLUDED_PATHS (comma-separated), ATMOS_STACKS_NAME_PATTERN,
 * ATMOS_STACKS_NAME_TEMPLATE, ATMOS_COMPONENTS_TERRAFORM_BASE_PATH,
 * ATMOS_COMPONENTS_TERRAFORM_COMMAND, ATMOS_SETTINGS_LIST_MERGE_STRATEGY.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { DiagnosticError } from "./diagnostics";
import { findAtmosConfig, gitRoot } from "./atmos-config-search";
import { EngineErrors, fail } from "./errors";
import { getKey, getMap, isJsonMap } from "./json-value";
import { DEFAULT_LIMITS } from "./limits";
import { isListMergeStrategy } from "./merge";
import { RepoRoot } from "./repo-files";
import type { AtmosConfig, JsonValue } from "./types";
import { parseManifest } from "./yaml-load";

/** Where to find atmos.yaml and what environment to honour. */
export interface LoadAtmosConfigOptions {
  /** Directory holding atmos.yaml (`--config-dir`). @default - atmos's search (atmos-config-search.ts) */
  readonly configDir?: string;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The system config directory. @default /usr/local/etc/atmos */
  readonly systemDir?: string;
}

/** An `ATMOS_*` override: atmos applies one only when it is set and non-empty. */
function envOverride(env: LoadAtmosConfigOptions["env"], name: string): string | undefined {
  const v = env[name];
  return v === undefined || v === "" ? undefined : v;
}

/** Reads and resolves atmos.yaml. Throws a DiagnosticError for a missing or invalid file. */
export function loadAtmosConfig(options: LoadAtmosConfigOptions): AtmosConfig {
  const { cwd, env } = options;
  const cliConfigPath = findAtmosConfig(options).file;
  const dir = path.dirname(cliConfigPath);
  const display = (abs: string): string => path.relative(cwd, abs) || abs;
  const text = fs.readFileSync(cliConfigPath, "utf8");
  // atmos.yaml's own `!include`s: confined to its repository (git root), else to its directory.
  const raw = parseManifest(text, cliConfigPath, {
    display,
    basePath: dir,
    includeCache: new Map(),
    importChain: [],
    repo: new RepoRoot(gitRoot(dir) ?? dir),
    limits: DEFAULT_LIMITS,
  });
  const at = { location: { file: display(cliConfigPath), line: 1, col: 1 } };
  const str = (v: JsonValue | undefined, key: string): string | undefined => {
    if (v === undefined || v === null) return undefined;
    if (typeof v !== "string") fail(EngineErrors.invalidConfig(`'${key}' must be a string`, at));
    return v;
  };
  const strList = (v: JsonValue | undefined, key: string): string[] => {
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) {
      fail(EngineErrors.invalidConfig(`'${key}' must be a list of strings`, at));
    }
    return v as string[];
  };
  const configDir = path.dirname(cliConfigPath);
  const root = gitRoot(configDir);
  const over = (name: string): string | undefined => envOverride(env, name);
  const csv = (name: string): string[] | undefined => over(name)?.split(",");

  const envBase = over("ATMOS_BASE_PATH");
  const basePathAsConfigured = envBase ?? str(getKey(raw, "base_path"), "base_path") ?? "";
  const basePath = resolveBasePath(basePathAsConfigured, envBase !== undefined, {
    configDir,
    gitRoot: root,
    cwd,
  });

  const stacks = getMap(raw, "stacks") ?? {};
  const terraform = getMap(getMap(raw, "components"), "terraform") ?? {};
  const stacksBase =
    over("ATMOS_STACKS_BASE_PATH") ?? str(getKey(stacks, "base_path"), "stacks.base_path") ?? "";
  const stacksBasePath = path.resolve(basePath, stacksBase);
  const tfBase =
    over("ATMOS_COMPONENTS_TERRAFORM_BASE_PATH") ??
    str(getKey(terraform, "base_path"), "components.terraform.base_path") ??
    "";
  const includedPaths =
    csv("ATMOS_STACKS_INCLUDED_PATHS") ?? strList(getKey(stacks, "included_paths"), "stacks.included_paths");
  const excludedPaths =
    csv("ATMOS_STACKS_EXCLUDED_PATHS") ?? strList(getKey(stacks, "excluded_paths"), "stacks.excluded_paths");

  const strategy =
    over("ATMOS_SETTINGS_LIST_MERGE_STRATEGY") ??
    str(getKey(getMap(raw, "settings") ?? {}, "list_merge_strategy"), "settings.list_merge_strategy") ??
    "replace";
  if (!isListMergeStrategy(strategy)) {
    throw new DiagnosticError([
      EngineErrors.invalidListMergeStrategy(strategy, { ...at, keyPath: "settings.list_merge_strategy" }),
    ]);
  }
  const inherit = getMap(stacks, "inherit");
  const templatesSettings = getMap(getMap(raw, "templates"), "settings") ?? {};
  const affected = getMap(getMap(raw, "describe"), "affected");
  const affectedSections = affected ? getKey(affected, "sections") : undefined;
  const envSection = getKey(raw, "env");
  if (envSection !== undefined && envSection !== null && !isJsonMap(envSection)) {
    fail(EngineErrors.invalidConfig("'env' must be a map", at));
  }

  return {
    cliConfigPath,
    cwd,
    basePath,
    basePathAsConfigured,
    stacksBasePath,
    terraformBasePath: path.resolve(basePath, tfBase),
    terraformBasePathAsConfigured: tfBase,
    includedPaths,
    excludedPaths,
    nameTemplate:
      over("ATMOS_STACKS_NAME_TEMPLATE") ??
      nonEmpty(str(getKey(stacks, "name_template"), "stacks.name_template")),
    namePattern:
      over("ATMOS_STACKS_NAME_PATTERN") ??
      nonEmpty(str(getKey(stacks, "name_pattern"), "stacks.name_pattern")),
    inheritMetadata: getKey(inherit ?? {}, "metadata") !== false,
    listMergeStrategy: strategy,
    workspacesEnabled: getKey(terraform, "workspaces_enabled") !== false,
    workspacePrefixSeparator:
      str(
        getKey(getMap(terraform, "workspace") ?? {}, "prefix_separator"),
        "components.terraform.workspace.prefix_separator",
      ) ?? "-",
    terraformCommand:
      over("ATMOS_COMPONENTS_TERRAFORM_COMMAND") ??
      str(getKey(terraform, "command"), "components.terraform.command") ??
      "terraform",
    env: envSection ?? {},
    templatesEnabled: getKey(templatesSettings, "enabled") === true,
    ignoreMissingTemplateValues: getKey(templatesSettings, "ignore_missing_template_values") === true,
    affectedSections:
      affectedSections === undefined ? undefined : strList(affectedSections, "describe.affected.sections"),
    processEnv: env,
    raw,
  };
}

function nonEmpty(s: string | undefined): string | undefined {
  return s === undefined || s === "" ? undefined : s;
}

/**
 * atmos HEAD `base_path` rules: empty → git root (else the atmos.yaml dir); `.`/`..`-prefixed →
 * the atmos.yaml dir (the cwd when set from the environment); bare → first existing of git
 * root, atmos.yaml dir, cwd; absolute → as is.
 */
function resolveBasePath(
  value: string,
  fromEnv: boolean,
  where: { configDir: string; gitRoot: string | undefined; cwd: string },
): string {
  if (value === "" || value === "~") return where.gitRoot ?? where.configDir;
  if (path.isAbsolute(value)) return path.normalize(value);
  if (value === "." || value === ".." || value.startsWith("./") || value.startsWith("../")) {
    return path.resolve(fromEnv ? where.cwd : where.configDir, value);
  }
  const candidates = [where.gitRoot, where.configDir].filter((d): d is string => d !== undefined);
  const hit = candidates.map((d) => path.resolve(d, value)).find((p) => fs.existsSync(p));
  return hit ?? path.resolve(where.cwd, value);
}
