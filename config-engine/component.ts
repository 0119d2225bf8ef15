/**
 * Assembles one terraform component of one stack (atmos `ProcessStackConfig` +
 * `mergeComponentConfigurations`). Precedence, lowest first:
 *
 *   vars/settings/env: [atmos.yaml env →] global → terraform: → bases → component → overrides
 *   providers:         terraform: → bases → component → overrides
 *   hooks/generate:    global → terraform: → bases → component → overrides
 *   auth:              atmos.yaml auth → (global → terraform: → bases → component → overrides)
 *   required_providers: bases → component → overrides (atmos passes no `terraform:` layer)
 *   required_version:  last non-empty of bases → component → overrides
 *   source/provision:  terraform: → bases (if stacks.inherit.source, default true) → component
 *   dependencies:      global → terraform: → bases → component
 *   locals:            bases → component (component-level locals; file locals are rendered at load)
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
import { checkRemoteStateBackendType, withBackendDefaults } from "./component-backend";
import { sectionSet, type SectionSet, type StackLayers } from "./stack-layers";
import type { AtmosConfig, ComponentKind, JsonMap, ListMergeStrategy } from "./types";

/** Sections needed to name a component, merged eagerly. */
export interface AssembledComponent {
  readonly kind: ComponentKind;
  readonly atmosComponent: string;
  readonly inheritance: Inheritance;
  readonly strategy: ListMergeStrategy;
  readonly vars: JsonMap;
  readonly metadata: JsonMap;
  readonly backendType: string;
  readonly backend: JsonMap;
  /** Terraform folder. */
  readonly component: string;
  /** Folder when it differs from the atmos name, else "". */
  readonly baseComponent: string;
  readonly componentPath: string;
  readonly abstract: boolean;
  /** Inputs of the other sections, merged on first use by {@link mergeDeferred}. */
  readonly deferred: DeferredInputs;
}

/** What {@link mergeDeferred} needs; a plain object rather than a closure to keep components small. */
export interface DeferredInputs {
  readonly config: AtmosConfig;
  /** `command` when no layer sets one: atmos.yaml `components.<kind>.command`, else the kind. */
  readonly defaultCommand: string;
  readonly global: SectionSet;
  readonly terraform: SectionSet;
  readonly bases: readonly SectionSet[];
  readonly own: SectionSet;
  readonly overrides: SectionSet;
  readonly strategy: ListMergeStrategy;
  readonly abstract: boolean;
  readonly backendType: string;
  readonly backend: JsonMap;
}

/** Sections merged only when first read. They never fail: every check runs eagerly. */
export interface DeferredSections {
  readonly settings: JsonMap;
  readonly env: JsonMap;
  readonly providers: JsonMap;
  readonly hooks: JsonMap;
  readonly generate: JsonMap;
  readonly dependencies: JsonMap;
  readonly auth: JsonMap;
  readonly requiredProviders: JsonMap;
  readonly requiredVersion: string;
  readonly source: JsonMap;
  readonly provision: JsonMap;
  readonly locals: JsonMap;
  readonly overrides: JsonMap;
  readonly command: string;
  readonly remoteStateBackendType: string;
  readonly remoteStateBackend: JsonMap;
}

/** Assembles `name` from the stack's layers. */
export function assembleComponent(
  config: AtmosConfig,
  stack: StackLayers,
  name: string,
  siteOf: (component: string, keyPath: readonly (string | number)[]) => ErrorSite,
  warnings: Diagnostic[],
  kind: ComponentKind = "terraform",
): AssembledComponent {
  const layer = stack.kinds.get(kind) ?? { section: {}, components: {} };
  const raw = getKey(layer.components, name);
  const own = sectionSet(isJsonMap(raw) ? raw : undefined);
  const kindPaths = kindBasePaths(config, kind);
  const inheritance = resolveInheritance({
    component: name,
    components: layer.components,
    stackFile: stack.manifest.stackFile,
    terraformBasePath: kindPaths.absolute,
    siteOf,
    warnings,
  });
  const bases = baseSections(inheritance);
  const ov = sectionSet(own.overrides);
  const g = stack.global;
  // The kind section (`terraform:`, `helmfile:`, …); named `tf` as terraform is the common case.
  const tf = layer.section;

  const strategy = listStrategy(config, g, tf, bases, own, ov, name, siteOf);

  const ownMetadata = own.metadata ?? {};
  const abstract = getKey(ownMetadata, "type") === "abstract";
  const metadata =
    config.inheritMetadata && bases.length > 0
      ? deepMerge([g.metadata, ...bases.map((b) => inheritableMetadata(b.metadata)), ownMetadata], strategy)
      : deepMerge([g.metadata, ownMetadata], strategy);

  const metadataComponent = getKey(config.inheritMetadata ? metadata : ownMetadata, "component");
  const folder =
    typeof metadataComponent === "string" && metadataComponent !== ""
      ? metadataComponent
      : (inheritance.legacyFolder ?? name);
  const baseComponent = folder === name ? "" : folder;
  const prefix = getKey(metadata, "component_folder_prefix");
  const componentPath = componentPathOf(
    kindPaths.configured,
    typeof prefix === "string" ? prefix : "",
    folder,
  );
  const deferredBase = { config, global: g, terraform: tf, bases, own, overrides: ov, strategy, abstract };
  if (kind !== "terraform") {
    // Only terraform components have a backend (atmos `processTerraformBackend`).
    return {
      kind,
      atmosComponent: name,
      inheritance,
      strategy,
      vars: deepMerge([g.vars, tf.vars, ...bases.map((b) => b.vars), own.vars, ov.vars], strategy),
      metadata,
      backendType: "",
      backend: {},
      component: folder,
      baseComponent,
      componentPath,
      abstract,
      deferred: { ...deferredBase, defaultCommand: kindPaths.command, backendType: "", backend: {} },
    };
  }

  let backendType = tf.backendType ?? "";
  for (const b of bases) if (b.backendType !== undefined) backendType = b.backendType;
  if (own.backendType !== undefined) backendType = own.backendType;
  const backendSection =
    bases.length === 0
      ? deepMerge([tf.backend, own.backend], strategy)
      : deepMerge([tf.backend, ...bases.map((b) => b.backend), own.backend], strategy);
  const backendValue = backendType === "" ? undefined : getKey(backendSection, backendType);
  if (backendValue !== undefined && backendValue !== null && !isJsonMap(backendValue)) {
    fail(
      EngineErrors.invalidSectionType(
        `backend.${backendType}`,
        "map",
        typeof backendValue,
        stack.manifest.stackFile,
        siteOf(name, ["backend", backendType]),
      ),
    );
  }
  if (backendType !== "" && backendValue === undefined && !abstract && !isEmpty(backendSection)) {
    fail(
      EngineErrors.backendTypeMismatch(
        name,
        backendType,
        Object.keys(backendSection),
        siteOf(name, ["backend_type"]),
      ),
    );
  }
  checkRemoteStateBackendType(tf, bases, own, backendType, (type, keys) =>
    fail(
      EngineErrors.remoteStateBackendTypeMismatch(
        name,
        stack.manifest.stackFile,
        type,
        keys,
        siteOf(
          name,
          own.remoteStateBackendType !== undefined ? ["remote_state_backend_type"] : ["backend_type"],
        ),
      ),
    ),
  );
  const keyPrefixSource = nonEmptyString(getKey(metadata, "name")) ?? (baseComponent || name);
  const backend = withBackendDefaults(
    backendType,
    isJsonMap(backendValue) ? backendValue : {},
    keyPrefixSource,
    config,
    tf.backend,
  );

  return {
    kind,
    atmosComponent: name,
    inheritance,
    strategy,
    vars:
      bases.length === 0
        ? deepMerge([g.vars, tf.vars, own.vars, ov.vars], strategy)
        : deepMerge([g.vars, tf.vars, ...bases.map((b) => b.vars), own.vars, ov.vars], strategy),
    metadata,
    backendType,
    backend,
    component: folder,
    baseComponent,
    componentPath,
    abstract,
    deferred: { ...deferredBase, defaultCommand: kindPaths.command, backendType, backend },
  };
}

const deferredCache = new WeakMap<DeferredInputs, DeferredSections>();

/** The deferred sections of a component, merged once on first use. */
export function deferredSections(d: DeferredInputs): DeferredSections {
  let hit = deferredCache.get(d);
  if (!hit) {
    hit = mergeDeferred(d);
    deferredCache.set(d, hit);
  }
  return hit;
}

/** Merges the sections no check depends on (see the precedence table at the top of this file). */
function mergeDeferred(d: DeferredInputs): DeferredSections {
  const { config, global: g, terraform: tf, bases, own, overrides: ov, strategy, backendType, backend } = d;
  const merge = (layers: (JsonMap | undefined)[]): JsonMap => deepMerge(layers, strategy);
  const fromBases = (pick: (s: SectionSet) => JsonMap | undefined): (JsonMap | undefined)[] =>
    bases.map(pick);
  const lastString = (values: (string | undefined)[]): string | undefined =>
    values.filter((v) => v !== undefined).pop();
  let settings = merge([g.settings, tf.settings, ...fromBases((s) => s.settings), own.settings, ov.settings]);
  settings = withGithubIntegration(config, settings, strategy);
  if (d.abstract) settings = withoutWorkspaceEnabled(settings);
  const remoteStateBackendType =
    lastString([
      tf.remoteStateBackendType,
      ...bases.map((b) => b.remoteStateBackendType),
      own.remoteStateBackendType,
    ]) ?? backendType;
  const rsbSection = merge([
    backendType === "" ? undefined : { [backendType]: backend },
    merge([tf.remoteStateBackend, ...fromBases((s) => s.remoteStateBackend), own.remoteStateBackend]),
  ]);
  const rsb = remoteStateBackendType === "" ? undefined : getKey(rsbSection, remoteStateBackendType);
  return {
    settings,
    env: merge([config.env, g.env, tf.env, ...fromBases((s) => s.env), own.env, ov.env]),
    providers: merge([tf.providers, ...fromBases((s) => s.providers), own.providers, ov.providers]),
    hooks: merge([g.hooks, tf.hooks, ...fromBases((s) => s.hooks), own.hooks, ov.hooks]),
    generate: merge([g.generate, tf.generate, ...fromBases((s) => s.generate), own.generate, ov.generate]),
    dependencies: merge([
      g.dependencies,
      tf.dependencies,
      ...fromBases((s) => s.dependencies),
      own.dependencies,
    ]),
    auth: merge([
      atmosYamlAuth(config),
      merge([g.auth, tf.auth, ...fromBases((s) => s.auth), own.auth, ov.auth]),
    ]),
    requiredProviders: merge([
      ...fromBases((s) => s.requiredProviders),
      own.requiredProviders,
      ov.requiredProviders,
    ]),
    requiredVersion:
      lastString([...bases.map((b) => b.requiredVersion), own.requiredVersion, ov.requiredVersion]) ?? "",
    source: merge([tf.source, ...(inheritSource(config) ? fromBases((s) => s.source) : []), own.source]),
    provision: merge([
      tf.provision,
      ...(inheritSource(config) ? fromBases((s) => s.provision) : []),
      own.provision,
    ]),
    locals: merge([...fromBases((s) => s.locals), own.locals]),
    overrides: own.overrides ?? {},
    command:
      lastString([d.defaultCommand, tf.command, ...bases.map((b) => b.command), own.command, ov.command]) ??
      "terraform",
    remoteStateBackendType,
    remoteStateBackend: isJsonMap(rsb) ? rsb : {},
  };
}

/**
 * atmos.yaml `auth`, the lowest layer of every component's `auth` when it declares providers or
 * identities (atmos converts its typed auth config; here the map is taken as written).
 */
function atmosYamlAuth(config: AtmosConfig): JsonMap | undefined {
  const auth = getMap(config.raw, "auth");
  if (!auth) return undefined;
  return getKey(auth, "providers") !== undefined || getKey(auth, "identities") !== undefined
    ? auth
    : undefined;
}

/** `stacks.inherit.source` (default true): whether bases contribute `source` and `provision`. */
function inheritSource(config: AtmosConfig): boolean {
  return getKey(getMap(getMap(config.raw, "stacks"), "inherit") ?? {}, "source") !== false;
}

function isEmpty(m: JsonMap): boolean {
  for (const k in m) if (Object.prototype.hasOwnProperty.call(m, k)) return false;
  return true;
}

/** The last `settings.list_merge_strategy` among the layers, else atmos.yaml's. */
function listStrategy(
  config: AtmosConfig,
  g: SectionSet,
  tf: SectionSet,
  bases: readonly SectionSet[],
  own: SectionSet,
  ov: SectionSet,
  name: string,
  siteOf: (component: string, keyPath: readonly (string | number)[]) => ErrorSite,
): ListMergeStrategy {
  let strategy: unknown = config.listMergeStrategy;
  const consider = (l: SectionSet): void => {
    const v = l.settings ? getKey(l.settings, "list_merge_strategy") : undefined;
    if (v !== undefined && v !== null && v !== "") strategy = v;
  };
  consider(g);
  consider(tf);
  bases.forEach(consider);
  consider(own);
  consider(ov);
  if (!isListMergeStrategy(strategy)) {
    fail(
      EngineErrors.invalidListMergeStrategy(
        String(strategy),
        siteOf(name, ["settings", "list_merge_strategy"]),
      ),
    );
  }
  return strategy;
}

const baseSectionCache = new WeakMap<Inheritance, readonly SectionSet[]>();
const NO_BASES: readonly SectionSet[] = [];

/** Section sets of the bases, cached with the (shared) inheritance result. */
function baseSections(inheritance: Inheritance): readonly SectionSet[] {
  if (inheritance.layers.length === 0) return NO_BASES;
  let hit = baseSectionCache.get(inheritance);
  if (!hit) {
    hit = inheritance.layers.map(sectionSet);
    baseSectionCache.set(inheritance, hit);
  }
  return hit;
}

const inheritable = new WeakMap<JsonMap, JsonMap | undefined>();

/** A base's metadata without `inherits` and `type` (never inherited), cached per base. */
function inheritableMetadata(m: JsonMap | undefined): JsonMap | undefined {
  if (!m) return undefined;
  if (!inheritable.has(m)) inheritable.set(m, withoutKeys(m, ["inherits", "type"]));
  return inheritable.get(m);
}

const componentPaths = new Map<string, string>();

/** A kind's components base path (as configured and absolute) and default command, from atmos.yaml. */
function kindBasePaths(
  config: AtmosConfig,
  kind: ComponentKind,
): { configured: string; absolute: string; command: string } {
  if (kind === "terraform")
    return {
      configured: config.terraformBasePathAsConfigured,
      absolute: config.terraformBasePath,
      command: config.terraformCommand,
    };
  const section = getMap(getMap(config.raw, "components"), kind) ?? {};
  const base = getKey(section, "base_path");
  const command = getKey(section, "command");
  const configured = typeof base === "string" ? base : "";
  return {
    configured,
    absolute: configured === "" ? "" : path.resolve(config.basePath, configured),
    command: typeof command === "string" && command !== "" ? command : kind,
  };
}

function componentPathOf(basePath: string, prefix: string, folder: string): string {
  const key = `${basePath}\0${prefix}\0${folder}`;
  let hit = componentPaths.get(key);
  if (hit === undefined) {
    hit = path.posix.join(basePath || ".", prefix, folder);
    componentPaths.set(key, hit);
  }
  return hit;
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
const githubIntegrations = new WeakMap<AtmosConfig, JsonMap | null>();

function withGithubIntegration(config: AtmosConfig, settings: JsonMap, strategy: ListMergeStrategy): JsonMap {
  let github = githubIntegrations.get(config);
  if (github === undefined) {
    const m = getMap(getMap(config.raw, "integrations"), "github");
    github = m && Object.keys(m).length > 0 ? m : null;
    githubIntegrations.set(config, github);
  }
  if (github === null) return settings;
  const integrations = getMap(settings, "integrations") ?? {};
  const merged = deepMerge([github, getMap(integrations, "github")], strategy);
  return { ...settings, integrations: { ...integrations, github: merged } };
}
