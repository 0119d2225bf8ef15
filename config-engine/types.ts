/**
 * Public types of the config engine: what `resolveStacks` hands to the model and the CLI.
 * Section values stay plain JSON because they are user data; the model parses the keys this app
 * honours into typed objects.
 */
import type { Diagnostic, SourceLocation } from "./diagnostics";

/** Any value a YAML manifest can produce after parsing (tags become strings, see YAML functions). */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonMap;

/** A YAML mapping. Keys are always strings (atmos stringifies integer keys). */
export interface JsonMap {
  [key: string]: JsonValue;
}

/** The list merge strategies of `settings.list_merge_strategy`. */
export type ListMergeStrategy = "replace" | "append" | "merge";

/** `atmos.yaml`, resolved: every path absolute, defaults applied. */
export interface AtmosConfig {
  /** Absolute path of the atmos.yaml that was loaded. */
  readonly cliConfigPath: string;
  /**
   * Working directory the config was loaded from; diagnostics show paths relative to it.
   * @default - the process's working directory
   */
  readonly cwd?: string;
  /**
   * Environment the config was loaded with (read by the `env` template function).
   * @default - an empty environment
   */
  readonly processEnv?: Readonly<Record<string, string | undefined>>;
  /** Absolute resolved `base_path`. */
  readonly basePath: string;
  /** `base_path` exactly as configured (used for the relative `component_path` of describe affected). */
  readonly basePathAsConfigured: string;
  /** Absolute `stacks.base_path`. */
  readonly stacksBasePath: string;
  /** Absolute terraform components directory (`components.terraform.base_path`). */
  readonly terraformBasePath: string;
  /** `components.terraform.base_path` as configured (relative), e.g. `components/terraform`. */
  readonly terraformBasePathAsConfigured: string;
  readonly includedPaths: readonly string[];
  readonly excludedPaths: readonly string[];
  readonly nameTemplate?: string;
  readonly namePattern?: string;
  /** `stacks.inherit.metadata` (default true). */
  readonly inheritMetadata: boolean;
  /** `settings.list_merge_strategy` (default `replace`). */
  readonly listMergeStrategy: ListMergeStrategy;
  /** `components.terraform.workspaces_enabled` (default true). */
  readonly workspacesEnabled: boolean;
  /** `components.terraform.workspace.prefix_separator` (default `-`). */
  readonly workspacePrefixSeparator: string;
  /** `components.terraform.command` (default `terraform`). */
  readonly terraformCommand: string;
  /** Top-level `env:` of atmos.yaml: the lowest layer of every component's `env`. */
  readonly env: JsonMap;
  /** `templates.settings.enabled`: render Go templates in component sections for describe commands. */
  readonly templatesEnabled: boolean;
  /** `templates.settings.ignore_missing_template_values`. */
  readonly ignoreMissingTemplateValues: boolean;
  /** `describe.affected.sections` when set (replaces the built-in list). */
  readonly affectedSections?: readonly string[];
  /** The raw atmos.yaml map, for integrations that read their own keys (e.g. `integrations.spacelift_atmos`). */
  readonly raw: JsonMap;
}

/** Sections whose final values carry provenance. */
export type ProvenanceSection =
  "vars" | "settings" | "env" | "backend" | "metadata" | "providers" | "overrides";

/** Component kinds atmos resolves. The Spacelift model reads only terraform ones. */
export type ComponentKind = "terraform" | "helmfile" | "packer" | "ansible";

/** One component in one logical stack, fully merged (terraform unless it says otherwise). */
export interface ResolvedComponent {
  readonly componentType: ComponentKind;
  /** Key under `components.terraform` (may contain `/`). */
  readonly atmosComponent: string;
  /** Logical stack name per atmos describe (`name:` > `name_template` > `name_pattern` > file name). */
  readonly atmosStack: string;
  /** Top-level manifest path relative to the stacks base path, without `.yaml`/`.yml`. */
  readonly stackFile: string;
  /** Absolute path of the top-level manifest. */
  readonly stackFileAbsolute: string;
  /**
   * Stack prefix on atmos's Spacelift path: `name_template` rendered over `{vars}` only, else
   * `name_pattern`, else the stack file path with `/`→`-` (manifest `name:` is not consulted).
   */
  readonly spaceliftPrefix: string;
  /**
   * Manifest files (relative to the stacks base path, no extension) that define this component
   * directly, last merged first. Always set by the engine.
   */
  readonly definedIn?: readonly string[];
  /** Terraform folder under the components base path (`metadata.component`, legacy pointer, or the atmos name). */
  readonly component: string;
  /** `metadata.component`, else the legacy top-level `component`; `""` when equal to the atmos name. */
  readonly baseComponent: string;
  /** `component_info.component_path`: terraform base path + optional folder prefix + folder. */
  readonly componentPath: string;
  /** Terraform workspace with the base-component rule (describe component / Spacelift semantics). */
  readonly workspace: string;
  /** Base components, nearest first. */
  readonly inheritance: readonly string[];
  readonly vars: JsonMap;
  readonly settings: JsonMap;
  readonly env: JsonMap;
  readonly metadata: JsonMap;
  readonly overrides: JsonMap;
  readonly providers: JsonMap;
  readonly hooks: JsonMap;
  readonly generate: JsonMap;
  /** atmos `dependencies` (e.g. `dependencies.components`); printed only when non-empty, as atmos. */
  readonly dependencies: JsonMap;
  readonly auth: JsonMap;
  readonly requiredProviders: JsonMap;
  /** `required_version`, `""` when unset. */
  readonly requiredVersion: string;
  /** `source` (a bare URI string normalized to `{uri}`), `{}` when unset. */
  readonly source: JsonMap;
  readonly provision: JsonMap;
  /** Component-level `locals` merged over the bases (printed only when non-empty, as atmos). */
  readonly locals: JsonMap;
  readonly command: string;
  readonly backendType: string;
  readonly backend: JsonMap;
  readonly remoteStateBackendType: string;
  readonly remoteStateBackend: JsonMap;
  /** Sorted transitive imports of the top-level manifest (relative to the stacks base path, no extension). */
  readonly imports: readonly string[];
  readonly deps: readonly string[];
  readonly depsAll: readonly string[];
  /** `metadata.type == abstract`. */
  readonly abstract: boolean;
  /** `metadata.enabled != false`. */
  readonly enabled: boolean;
  /** `metadata.locked == true`. */
  readonly locked: boolean;
  /**
   * Where the final value at `path` inside `section` was written (the highest-priority layer that
   * defines it), or undefined when the path does not exist.
   */
  sourceOf(section: ProvenanceSection, path: readonly (string | number)[]): SourceLocation | undefined;
  /**
   * Import depth of a manifest (as shown in a {@link SourceLocation}) in this component's stack: 1
   * for the top-level manifest, 2 for its imports, …; undefined for files outside the import tree
   * (atmos.yaml). @default - not known (test doubles)
   */
  importDepth?(file: string): number | undefined;
  /**
   * atmos `sources`: for each top-level key of the final `section`, every manifest layer that
   * defines it, highest priority first (atmos's visiting order). Computed lazily.
   */
  sources?(section: SourcesSection): ReadonlyMap<string, readonly ValueSource[]>;
}

/** Sections atmos reports `sources` (and derives `deps`) for. */
export type SourcesSection = "vars" | "env" | "settings" | "backend";

/** One manifest layer defining a key (atmos `stack_dependencies` entry). */
export interface ValueSource {
  /** Stack file name or import key (relative to the stacks base path, no extension). */
  readonly stackFile: string;
  /** Section path inside that file, e.g. `components.terraform.vars`, `terraform.vars`, `vars`. */
  readonly stackFileSection: string;
  readonly value: JsonValue;
  readonly dependencyType: "inline" | "import";
}

/** The result of resolving every stack manifest. */
export interface ResolvedStacks {
  readonly config: AtmosConfig;
  /** Every terraform component instance of every stack, sorted by (atmosStack, atmosComponent). */
  readonly components: readonly ResolvedComponent[];
  /**
   * helmfile, packer and ansible components, sorted like `components` (atmos lists and describes
   * them; the Spacelift model, terraform-only like atmos's Spacelift processor, never reads them).
   * @default - none (test doubles)
   */
  readonly otherKinds?: readonly ResolvedComponent[];
  /** Sorted logical stack names that have at least one component (of any kind). */
  readonly stackNames: readonly string[];
  /** Absolute paths of every manifest file that was read (top-level and imported), sorted. */
  readonly manifestFiles: readonly string[];
  /**
   * The Spacelift-path stack prefix for a context given as vars (what `spaceliftPrefix` would be
   * for a component with these vars): used to resolve `settings.depends_on` targets exactly as
   * atmos does. Throws a `DiagnosticError` when the name pattern/template needs a missing var.
   */
  spaceliftPrefixFor(vars: JsonMap): string;
  /** Looks a component up by logical stack name (or stack file name) and atmos component name. */
  find(stack: string, atmosComponent: string): ResolvedComponent | undefined;
  /**
   * The top-level manifests (stack file names) that define this (stack, component) with different
   * configurations, when they do (atmos's duplicate-component rule; `components` keeps the first).
   * @default - never conflicting (test doubles)
   */
  conflictingManifests?(
    stack: string,
    atmosComponent: string,
    kind?: ComponentKind,
  ): readonly string[] | undefined;
  readonly warnings: readonly Diagnostic[];
}
