/**
 * Assembles one terraform component of one stack (atmos `ProcessStackConfig` +
 * `mergeComponentConfigurations`). Precedence, lowest first:
 *
 *   vars/settings/env: [atmos.yaml env →] global → terraform: → bases → component → overrides
 *   providers:         terraform: → bases → component → overrides
 *   hooks/generate:    global → terraform: → bases → component → overrides
 *   dependencies:      global → terraform: → bases → component
 *   backend:           terraform: → bases → component (no overrides); type = last non-empty
 *   command:           atmos.yaml → terraform: → bases → component → overrides
 *   metadata:          global (allow-listed keys) → bases (if stacks.inherit.metadata) → component
 */
import * as path from "node:path";
import type { Diagnostic } from "./diagnostics";
import { EngineErrors, fail, type ErrorSite } from "./errors";
import { getKey, getMap, isJsonMap, setKey } from "./json-value";
import { resolveInheritance, type Inheritance } from "./inherit";
import { deepMerge, isListMergeStrategy } from "./merge";
import { sectionSet, type SectionSet, type StackLayers } from "./stack-layers";
import type { AtmosConfig, JsonMap, ListMergeStrategy } from "./types";

/** Every merged section of a component, before naming. */
export interface AssembledComponent {
  readonly atmosComponent: string;
  readonly inheritance: Inheritance;
  readonly strategy: ListMergeStrategy;
  readonly vars: JsonMap;
  readonly settings: JsonMap;
  readonly env: JsonMap;
  readonly providers: JsonMap;
  readonly hooks: JsonMap;
  readonly generate: JsonMap;
  readonly dependencies: JsonMap;
  readonly metadata: JsonMap;
  readonly overrides: JsonMap;
  readonly command: string;
  readonly backendType: string;
  readonly backend: JsonMap;
  readonly remoteStateBackendType: string;
  readonly remoteStateBackend: JsonMap;
  /** Terraform folder. */
  readonly component: string;
  /** Folder when it differs from the atmos name, else "". */
  readonly baseComponent: string;
  readonly componentPath: string;
  readonly abstract: boolean;
}

/** Assembles `name` from the stack's layers. */
export function assembleComponent(
  config: AtmosConfig,
  stack: StackLayers,
  name: string,
  siteOf: (component: string, keyPath: readonly (string | number)[]) => ErrorSite,
  warnings: Diagnostic[],
): AssembledComponent {
  const raw = getKey(stack.components, name);
  const ownMap = isJsonMap(raw) ? raw : {};
  const own = sectionSet(ownMap);
  const inheritance = resolveInheritance({
    component: name,
    components: stack.components,
    stackFile: stack.manifest.stackFile,
    terraformBasePath: config.terraformBasePath,
    siteOf,
    warnings,
  });
  const bases = inheritance.layers.map(sectionSet);
  const overrides = own.overrides ?? {};
  const ov = sectionSet(overrides);
  const g = stack.global;
  const tf = stack.terraform;

  const strategy = listStrategy(config, [g, tf, ...bases, own, ov], name, siteOf);
  const merge = (layers: (JsonMap | undefined)[]): JsonMap => deepMerge(layers, strategy);
  const fromBases = (pick: (s: SectionSet) => JsonMap | undefined): (JsonMap | undefined)[] => bases.map(pick);
  const lastString = (values: (string | undefined)[]): string | undefined => values.filter((v) => v !== undefined).pop();

  const ownMetadata = own.metadata ?? {};
  const abstract = getKey(ownMetadata, "type") === "abstract";
  let settings = merge([g.settings, tf.settings, ...fromBases((s) => s.settings), own.settings, ov.settings]);
  settings = withGithubIntegration(config, settings, strategy);
  if (abstract) settings = withoutWorkspaceEnabled(settings);

  const baseMetadata = config.inheritMetadata ? bases.map((b) => withoutKeys(b.metadata, ["inherits", "type"])) : [];
  const metadata = merge([g.metadata, ...baseMetadata, ownMetadata]);

  const metadataComponent = getKey(config.inheritMetadata ? metadata : ownMetadata, "component");
  const folder = typeof metadataComponent === "string" && metadataComponent !== "" ? metadataComponent : (inheritance.legacyFolder ?? name);
  const baseComponent = folder === name ? "" : folder;
  const prefix = getKey(metadata, "component_folder_prefix");
  const componentPath = path.posix.join(config.terraformBasePathAsConfigured || ".", typeof prefix === "string" ? prefix : "", folder);

  const backendType = lastString([tf.backendType, ...bases.map((b) => b.backendType), own.backendType]) ?? "";
  const backendSection = merge([tf.backend, ...fromBases((s) => s.backend), own.backend]);
  const backendValue = backendType === "" ? undefined : getKey(backendSection, backendType);
  if (backendValue !== undefined && backendValue !== null && !isJsonMap(backendValue)) {
    fail(EngineErrors.invalidSectionType(`backend.${backendType}`, "map", typeof backendValue, stack.manifest.stackFile, siteOf(name, ["backend", backendType])));
  }
  const keys = Object.keys(backendSection);
  if (backendType !== "" && keys.length > 0 && backendValue === undefined && !abstract) {
    fail(EngineErrors.backendTypeMismatch(name, backendType, keys, siteOf(name, ["backend_type"])));
  }
  const keyPrefixSource = nonEmptyString(getKey(metadata, "name")) ?? (baseComponent || name);
  const backend = withBackendDefaults(backendType, isJsonMap(backendValue) ? backendValue : {}, keyPrefixSource, config, tf.backend);

  const remoteStateBackendType =
    lastString([tf.remoteStateBackendType, ...bases.map((b) => b.remoteStateBackendType), own.remoteStateBackendType]) ?? backendType;
  const rsbSection = merge([
    backendType === "" ? undefined : { [backendType]: backend },
    merge([tf.remoteStateBackend, ...fromBases((s) => s.remoteStateBackend), own.remoteStateBackend]),
  ]);
  const rsb = remoteStateBackendType === "" ? undefined : getKey(rsbSection, remoteStateBackendType);

  return {
    atmosComponent: name,
    inheritance,
    strategy,
    vars: merge([g.vars, tf.vars, ...fromBases((s) => s.vars), own.vars, ov.vars]),
    settings,
    env: merge([config.env, g.env, tf.env, ...fromBases((s) => s.env), own.env, ov.env]),
    providers: merge([tf.providers, ...fromBases((s) => s.providers), own.providers, ov.providers]),
    hooks: merge([g.hooks, tf.hooks, ...fromBases((s) => s.hooks), own.hooks, ov.hooks]),
    generate: merge([g.generate, tf.generate, ...fromBases((s) => s.generate), own.generate, ov.generate]),
    dependencies: merge([g.dependencies, tf.dependencies, ...fromBases((s) => s.dependencies), own.dependencies]),
    metadata,
    overrides,
    command: lastString([config.terraformCommand, tf.command, ...bases.map((b) => b.command), own.command, ov.command]) ?? "terraform",
    backendType,
    backend,
    remoteStateBackendType,
    remoteStateBackend: isJsonMap(rsb) ? rsb : {},
    component: folder,
    baseComponent,
    componentPath,
    abstract,
  };
}

/** The last `settings.list_merge_strategy` among the layers, else atmos.yaml's. */
function listStrategy(
  config: AtmosConfig,
  layers: SectionSet[],
  name: string,
  siteOf: (component: string, keyPath: readonly (string | number)[]) => ErrorSite,
): ListMergeStrategy {
  let strategy: unknown = config.listMergeStrategy;
  for (const l of layers) {
    const v = l.settings ? getKey(l.settings, "list_merge_strategy") : undefined;
    if (v !== undefined && v !== null && v !== "") strategy = v;
  }
  if (!isListMergeStrategy(strategy)) {
    fail(EngineErrors.invalidListMergeStrategy(String(strategy), siteOf(name, ["settings", "list_merge_strategy"])));
  }
  return strategy;
}

function nonEmptyString(v: unknown): string | undefined {
  return typeof v === "string" && v !== "" ? v : undefined;
}

function withoutKeys(m: JsonMap | undefined, keys: readonly string[]): JsonMap | undefined {
  if (!m || !keys.some((k) => Object.prototype.hasOwnProperty.call(m, k))) return m;
  const out: JsonMap = {};
  for (const k of Object.keys(m)) if (!keys.includes(k)) setKey(out, k, m[k] ?? null);
  return out;
}

/** atmos deletes `settings.spacelift.workspace_enabled` from abstract components. */
function withoutWorkspaceEnabled(settings: JsonMap): JsonMap {
  const spacelift = getMap(settings, "spacelift");
  if (!spacelift || !Object.prototype.hasOwnProperty.call(spacelift, "workspace_enabled")) return settings;
  return { ...settings, spacelift: withoutKeys(spacelift, ["workspace_enabled"]) ?? {} };
}

/** `integrations.github` of atmos.yaml lies under `settings.integrations.github`. */
function withGithubIntegration(config: AtmosConfig, settings: JsonMap, strategy: ListMergeStrategy): JsonMap {
  const github = getMap(getMap(config.raw, "integrations"), "github");
  if (!github || Object.keys(github).length === 0) return settings;
  const integrations = getMap(settings, "integrations") ?? {};
  const merged = deepMerge([github, getMap(integrations, "github")], strategy);
  return { ...settings, integrations: { ...integrations, github: merged } };
}

/**
 * Backend defaults: s3 `workspace_key_prefix` and gcs `prefix` default to metadata.name, else the
 * base component, else the atmos name, with `/` replaced by the workspace prefix separator;
 * azurerm `key` defaults to `<global azurerm.key>/<that>.terraform.tfstate`.
 */
function withBackendDefaults(type: string, backend: JsonMap, source: string, config: AtmosConfig, globalBackend: JsonMap | undefined): JsonMap {
  const value = source.split("/").join(config.workspacePrefixSeparator);
  const missing = (k: string): boolean => typeof getKey(backend, k) !== "string" || getKey(backend, k) === "";
  if (type === "s3" && missing("workspace_key_prefix")) return { ...backend, workspace_key_prefix: value };
  if (type === "gcs" && missing("prefix")) return { ...backend, prefix: value };
  if (type === "azurerm" && missing("key")) {
    const globalKey = getKey(getMap(globalBackend, "azurerm") ?? {}, "key");
    const key = `${source.replace(/\//g, "-")}.terraform.tfstate`;
    return { ...backend, key: typeof globalKey === "string" ? `${globalKey}/${key}` : key };
  }
  return backend;
}
