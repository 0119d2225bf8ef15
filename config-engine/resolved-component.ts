/**
 * The engine's {@link ResolvedComponent}: the fields naming needs are computed while resolving;
 * the other sections, provenance and deps are computed on first read and cached. Instances keep
 * one plain object of fields plus references to shared inputs, so 10k components stay cheap.
 */
import type { SourceLocation } from "./diagnostics";
import { deferredSections, type DeferredInputs, type DeferredSections } from "./component";
import {
  componentDeps,
  componentSources,
  importDepths,
  sourceOf,
  type ComponentLayers,
  type FinalSections,
  type StackTree,
} from "./provenance";
import { spaceliftStackPrefix, type NameSite } from "./naming";
import type {
  AtmosConfig,
  ComponentKind,
  JsonMap,
  ProvenanceSection,
  ResolvedComponent,
  SourcesSection,
  ValueSource,
} from "./types";

/** Fields computed while resolving. */
export type EagerFields = Omit<
  ResolvedComponent,
  | "deps"
  | "depsAll"
  | "spaceliftPrefix"
  | "sourceOf"
  | "sources"
  | "importDepth"
  | "definedIn"
  | keyof DeferredSections
> & {
  readonly definedIn: readonly string[];
};

/** Every data field of a component. */
export type ComponentFields = EagerFields & DeferredSections;

/** Inputs of the lazily computed parts. */
export interface LazyInputs {
  readonly stack: StackTree;
  readonly baseMergeOrder: readonly string[];
  readonly inheritMetadata: boolean;
  readonly config: AtmosConfig;
  /** Where naming errors are reported (the Spacelift prefix may fail, e.g. NAME_VAR_MISSING). */
  readonly nameSite: NameSite;
  readonly deferred: DeferredInputs;
  /** Replaced deferred sections (rendered templates). */
  readonly replaced?: Partial<DeferredSections>;
}

/** A resolved component. Section maps are shared with other components: never mutate them. */
export class EngineComponent implements ResolvedComponent {
  private depsCache?: { readonly deps: readonly string[]; readonly depsAll: readonly string[] };
  private prefixCache?: string;

  constructor(
    private readonly f: EagerFields,
    private readonly lazy: LazyInputs,
  ) {}

  get componentType(): ComponentKind {
    return this.f.componentType;
  }
  get atmosComponent(): string {
    return this.f.atmosComponent;
  }
  get atmosStack(): string {
    return this.f.atmosStack;
  }
  get stackFile(): string {
    return this.f.stackFile;
  }
  get stackFileAbsolute(): string {
    return this.f.stackFileAbsolute;
  }
  get definedIn(): readonly string[] {
    return this.f.definedIn;
  }
  get component(): string {
    return this.f.component;
  }
  get baseComponent(): string {
    return this.f.baseComponent;
  }
  get componentPath(): string {
    return this.f.componentPath;
  }
  get workspace(): string {
    return this.f.workspace;
  }
  get inheritance(): readonly string[] {
    return this.f.inheritance;
  }
  get vars(): JsonMap {
    return this.f.vars;
  }
  get metadata(): JsonMap {
    return this.f.metadata;
  }
  get backendType(): string {
    return this.f.backendType;
  }
  get backend(): JsonMap {
    return this.f.backend;
  }
  get imports(): readonly string[] {
    return this.f.imports;
  }
  get abstract(): boolean {
    return this.f.abstract;
  }
  get enabled(): boolean {
    return this.f.enabled;
  }
  get locked(): boolean {
    return this.f.locked;
  }
  get settings(): JsonMap {
    return this.lazy.replaced?.settings ?? deferredSections(this.lazy.deferred).settings;
  }
  get env(): JsonMap {
    return this.lazy.replaced?.env ?? deferredSections(this.lazy.deferred).env;
  }
  get providers(): JsonMap {
    return this.lazy.replaced?.providers ?? deferredSections(this.lazy.deferred).providers;
  }
  get hooks(): JsonMap {
    return this.lazy.replaced?.hooks ?? deferredSections(this.lazy.deferred).hooks;
  }
  get generate(): JsonMap {
    return this.lazy.replaced?.generate ?? deferredSections(this.lazy.deferred).generate;
  }
  get dependencies(): JsonMap {
    return this.lazy.replaced?.dependencies ?? deferredSections(this.lazy.deferred).dependencies;
  }
  get auth(): JsonMap {
    return this.lazy.replaced?.auth ?? deferredSections(this.lazy.deferred).auth;
  }
  get requiredProviders(): JsonMap {
    return this.lazy.replaced?.requiredProviders ?? deferredSections(this.lazy.deferred).requiredProviders;
  }
  get requiredVersion(): string {
    return this.lazy.replaced?.requiredVersion ?? deferredSections(this.lazy.deferred).requiredVersion;
  }
  get source(): JsonMap {
    return this.lazy.replaced?.source ?? deferredSections(this.lazy.deferred).source;
  }
  get provision(): JsonMap {
    return this.lazy.replaced?.provision ?? deferredSections(this.lazy.deferred).provision;
  }
  get locals(): JsonMap {
    return this.lazy.replaced?.locals ?? deferredSections(this.lazy.deferred).locals;
  }
  get overrides(): JsonMap {
    return this.lazy.replaced?.overrides ?? deferredSections(this.lazy.deferred).overrides;
  }
  get command(): string {
    return this.lazy.replaced?.command ?? deferredSections(this.lazy.deferred).command;
  }
  get remoteStateBackendType(): string {
    return (
      this.lazy.replaced?.remoteStateBackendType ??
      deferredSections(this.lazy.deferred).remoteStateBackendType
    );
  }
  get remoteStateBackend(): JsonMap {
    return this.lazy.replaced?.remoteStateBackend ?? deferredSections(this.lazy.deferred).remoteStateBackend;
  }

  get spaceliftPrefix(): string {
    this.prefixCache ??= spaceliftStackPrefix(this.lazy.config, this.vars, this.lazy.nameSite);
    return this.prefixCache;
  }

  get deps(): readonly string[] {
    this.depsCache ??= componentDeps(this.lazy.stack, this.atmosComponent, this.finalSections());
    return this.depsCache.deps;
  }

  get depsAll(): readonly string[] {
    this.depsCache ??= componentDeps(this.lazy.stack, this.atmosComponent, this.finalSections());
    return this.depsCache.depsAll;
  }

  /** A copy with some fields replaced (used to apply rendered templates). */
  with(eager: Partial<EagerFields>, deferred: Partial<DeferredSections>): EngineComponent {
    return new EngineComponent(
      { ...this.f, ...eager },
      { ...this.lazy, replaced: { ...this.lazy.replaced, ...deferred } },
    );
  }

  sources(section: SourcesSection): ReadonlyMap<string, readonly ValueSource[]> {
    return componentSources(this.lazy.stack, this.atmosComponent, this.finalSections())[section];
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

  importDepth(file: string): number | undefined {
    return importDepths(this.lazy.stack).get(file);
  }

  /** The fields as a plain object (for JSON and tests). */
  toJSON(): ComponentFields {
    return { ...this.f, ...deferredSections(this.lazy.deferred), ...this.lazy.replaced };
  }

  private finalSections(): FinalSections {
    return {
      vars: this.vars,
      env: this.env,
      settings: this.settings,
      backend: this.backend,
      backendType: this.backendType,
      chain: this.inheritance,
    };
  }
}
