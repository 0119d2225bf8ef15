/** The engine's {@link ResolvedComponent}: plain fields plus lazily computed provenance and deps. */
import type { SourceLocation } from "./diagnostics";
import { configSources, sourceOf, type ComponentLayers, type ConfigSources, type StackTree } from "./provenance";
import type { JsonMap, ProvenanceSection, ResolvedComponent, SourcesSection, ValueSource } from "./types";

/** Every eagerly computed field of a component. */
export type ComponentFields = Omit<
  ResolvedComponent,
  "componentType" | "deps" | "depsAll" | "spaceliftPrefix" | "sourceOf" | "sources"
>;

/** Lazily computed inputs. */
export interface LazyInputs {
  readonly stack: StackTree;
  readonly baseMergeOrder: readonly string[];
  readonly inheritMetadata: boolean;
  /** Computes the Spacelift prefix (may throw a DiagnosticError, e.g. NAME_VAR_MISSING). */
  readonly spaceliftPrefix: () => string;
}

/** A resolved component. Section maps are shared with other components: never mutate them. */
export class EngineComponent implements ResolvedComponent {
  readonly componentType = "terraform" as const;
  readonly atmosComponent!: string;
  readonly atmosStack!: string;
  readonly stackFile!: string;
  readonly stackFileAbsolute!: string;
  readonly definedIn!: readonly string[];
  readonly component!: string;
  readonly baseComponent!: string;
  readonly componentPath!: string;
  readonly workspace!: string;
  readonly inheritance!: readonly string[];
  readonly vars!: JsonMap;
  readonly settings!: JsonMap;
  readonly env!: JsonMap;
  readonly metadata!: JsonMap;
  readonly overrides!: JsonMap;
  readonly providers!: JsonMap;
  readonly hooks!: JsonMap;
  readonly generate!: JsonMap;
  readonly dependencies!: JsonMap;
  readonly command!: string;
  readonly backendType!: string;
  readonly backend!: JsonMap;
  readonly remoteStateBackendType!: string;
  readonly remoteStateBackend!: JsonMap;
  readonly imports!: readonly string[];
  readonly abstract!: boolean;
  readonly enabled!: boolean;
  readonly locked!: boolean;
  private sourcesCache?: ConfigSources;
  private prefixCache?: string;

  constructor(
    fields: ComponentFields,
    private readonly lazy: LazyInputs,
  ) {
    Object.assign(this, fields);
  }

  /** A copy with some fields replaced (used to apply rendered templates). */
  with(fields: Partial<ComponentFields>): EngineComponent {
    return new EngineComponent({ ...this.fields(), ...fields }, this.lazy);
  }

  get spaceliftPrefix(): string {
    this.prefixCache ??= this.lazy.spaceliftPrefix();
    return this.prefixCache;
  }

  get deps(): readonly string[] {
    return this.configSources().deps;
  }

  get depsAll(): readonly string[] {
    return this.configSources().depsAll;
  }

  sources(section: SourcesSection): ReadonlyMap<string, readonly ValueSource[]> {
    return this.configSources().sources[section];
  }

  sourceOf(section: ProvenanceSection, path: readonly (string | number)[]): SourceLocation | undefined {
    const layers: ComponentLayers = {
      stack: this.lazy.stack,
      component: this.atmosComponent,
      baseMergeOrder: this.lazy.baseMergeOrder,
      backendType: this.backendType,
      inheritMetadata: this.lazy.inheritMetadata,
      finalOverrides: this.overrides,
    };
    return sourceOf(layers, section, path);
  }

  private configSources(): ConfigSources {
    this.sourcesCache ??= configSources(this.lazy.stack, this.atmosComponent, {
      vars: this.vars,
      env: this.env,
      settings: this.settings,
      backend: this.backend,
      backendType: this.backendType,
      chain: this.inheritance,
    });
    return this.sourcesCache;
  }

  private fields(): ComponentFields {
    const { sourcesCache: _s, prefixCache: _p, lazy: _l, componentType: _t, ...rest } = this as unknown as Record<string, unknown>;
    return rest as unknown as ComponentFields;
  }
}
