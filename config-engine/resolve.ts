/**
 * `resolveStacks`: every terraform component of every stack, merged exactly as atmos does. Stages:
 * discover top-level manifests → process imports (cached) → assemble components → name them →
 * group by logical stack (duplicate check) → optionally render templates. Errors of all stacks
 * are collected and thrown together as one DiagnosticError.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { codeFrame } from "./code-frame";
import {
  DiagnosticBag,
  DiagnosticError,
  formatDiagnostic,
  isDiagnosticError,
  type Diagnostic,
} from "./diagnostics";
import { assembleComponent, deferredSections, type AssembledComponent } from "./component";
import { templateRoots } from "./template/evaluate";
import { discoverManifests, type TopLevelManifest } from "./discover";
import { EngineErrors, type ErrorSite } from "./errors";
import { ManifestProcessor, type FileFrame } from "./imports";
import { getKey, getPath, jsonEqual } from "./json-value";
import { buildWorkspace, describeStackName, spaceliftStackPrefix, type NameSite } from "./naming";
import { positionOf } from "./positions";
import { framesInMergeOrder, importsConfig, type StackTree } from "./provenance";
import { ComponentTemplating } from "./render-sections";
import { EngineComponent } from "./resolved-component";
import { stackLayers, type StackLayers } from "./stack-layers";
import { evaluateComponentFunctions } from "./yaml-functions/evaluate";
import type { AtmosConfig, ComponentKind, JsonMap, ResolvedComponent, ResolvedStacks } from "./types";

/** Options of {@link resolveStacks}. */
export interface ResolveOptions {
  /**
   * Render Go templates inside component sections after the merge (describe commands with
   * `templates.settings.enabled`). @default false - sections keep templates as strings, as on
   * atmos's Spacelift path
   */
  readonly processTemplates?: boolean;
  /**
   * Evaluate atmos YAML functions after the merge and the templates (`!env`, `!template`,
   * `!repo-root`, and `!exec`, which runs a shell command and warns), as `atmos describe
   * --process-functions` does; `!terraform.*`, `!store*`, `!aws.*` stay strings with a warning.
   * @default false - every function stays the string `"!tag args"`, as on atmos's Spacelift path
   */
  readonly processFunctions?: boolean;
  /** YAML functions left as written when processing them (atmos `--skip`). @default [] */
  readonly skipFunctions?: readonly string[];
}

/** Resolves every stack. Throws only DiagnosticError for bad input. */
export function resolveStacks(config: AtmosConfig, options: ResolveOptions = {}): ResolvedStacks {
  const cwd = config.cwd ?? process.cwd();
  const display = (abs: string): string => path.relative(cwd, abs) || abs;
  const bag = new DiagnosticBag();
  const seen = new Set<string>();
  const report = (d: Diagnostic): void => {
    const key = formatDiagnostic(d);
    if (!seen.has(key)) {
      seen.add(key);
      bag.add(d);
    }
  };
  const guard = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (e) {
      if (!isDiagnosticError(e)) throw e;
      e.diagnostics.forEach(report);
      return undefined;
    }
  };

  const manifests = discoverManifests(config);
  const processor = new ManifestProcessor(config, display);
  const atmosYaml = { abs: config.cliConfigPath, text: fs.readFileSync(config.cliConfigPath, "utf8") };
  const all: EngineComponent[] = [];
  for (const manifest of manifests) {
    const processed = guard(() => processor.processTopLevel(manifest.abs));
    if (!processed) continue;
    const tree: StackTree = { root: processed.frame, stackFile: manifest.stackFile, display, atmosYaml };
    const imports = [...importsConfig(processed.frame).keys()].sort();
    const layers = stackLayers(manifest, processed, tree, imports);
    for (const [kind, layer] of layers.kinds) {
      for (const name of Object.keys(layer.components).sort()) {
        const c = guard(() => buildComponent(config, layers, name, processor.warnings, kind));
        if (c) all.push(c);
      }
    }
  }
  const conflicts: Conflicts = new Map();
  const grouped = groupByStack(all, report, display, conflicts);
  bag.throwIfErrors();
  const templating = options.processTemplates
    ? guard(() => new ComponentTemplating(config, grouped))
    : undefined;
  const rendered = templating ? grouped.map((c) => guard(() => templating.render(c)) ?? c) : grouped;
  bag.throwIfErrors();
  const functionWarnings: Diagnostic[] = [];
  const evaluated = options.processFunctions
    ? rendered.map(
        (c) =>
          guard(() =>
            evaluateComponentFunctions(c, {
              config,
              warnings: functionWarnings,
              ...(options.skipFunctions ? { skip: options.skipFunctions } : {}),
            }),
          ) ?? c,
      )
    : rendered;
  functionWarnings.forEach(report);
  bag.throwIfErrors();
  return makeResult(
    config,
    evaluated,
    processor,
    [...bag.warnings, ...(templating?.warnings ?? [])],
    conflicts,
  );
}

function buildComponent(
  config: AtmosConfig,
  stack: StackLayers,
  name: string,
  warnings: Diagnostic[],
  kind: ComponentKind,
): EngineComponent {
  const siteOf = (component: string, keyPath: readonly (string | number)[]): ErrorSite =>
    componentSite(stack, component, keyPath, kind);
  const a = assembleComponent(config, stack, name, siteOf, warnings, kind);
  const where = new ComponentNameSite(stack, name);
  const nameData =
    stack.manifestName || !config.nameTemplate
      ? undefined
      : templateData(a, stack.manifest, config.nameTemplate);
  const atmosStack = describeStackName(config, stack.manifestName, nameData, a.vars, where);
  const workspaceTemplate = getKey(a.metadata, "terraform_workspace_template");
  // Only terraform components have a workspace (atmos `BuildTerraformWorkspace`).
  const workspace =
    kind !== "terraform"
      ? ""
      : buildWorkspace({
          config,
          prefix: atmosStack,
          component: name,
          baseComponent: a.baseComponent,
          metadata: a.metadata,
          vars: a.vars,
          section:
            typeof workspaceTemplate === "string"
              ? { ...templateData(a, stack.manifest, undefined), atmos_stack: atmosStack, stack: atmosStack }
              : undefined,
          where,
        });
  return new EngineComponent(
    {
      componentType: kind,
      atmosComponent: name,
      atmosStack,
      stackFile: stack.manifest.stackFile,
      stackFileAbsolute: stack.manifest.abs,
      definedIn: stack.definedIn.get(name) ?? [],
      component: a.component,
      baseComponent: a.baseComponent,
      componentPath: a.componentPath,
      workspace,
      inheritance: a.inheritance.chain,
      vars: a.vars,
      metadata: a.metadata,
      backendType: a.backendType,
      backend: a.backend,
      imports: stack.imports,
      abstract: a.abstract,
      enabled: getKey(a.metadata, "enabled") !== false,
      locked: getKey(a.metadata, "locked") === true,
    },
    {
      stack: stack.tree,
      baseMergeOrder: a.inheritance.mergeOrder,
      inheritMetadata: config.inheritMetadata,
      config,
      nameSite: where,
      deferred: a.deferred,
    },
  );
}

const DEFERRED_TEMPLATE_KEYS: readonly string[] = [
  "settings",
  "env",
  "overrides",
  "providers",
  "command",
  "remote_state_backend",
  "remote_state_backend_type",
];

/**
 * The component section as atmos hands it to `name_template` and workspace templates. Deferred
 * sections are merged only when `template` reads them (or reads the whole dot).
 */
function templateData(
  a: AssembledComponent,
  manifest: TopLevelManifest,
  template: string | undefined,
): JsonMap {
  const roots = template === undefined ? undefined : templateRootsSafe(template);
  if (roots && roots.size === 1 && roots.has("vars")) return { vars: a.vars };
  const data: JsonMap = {
    atmos_component: a.atmosComponent,
    atmos_stack_file: manifest.stackFile,
    atmos_manifest: manifest.stackFile,
    component: a.component,
    inheritance: a.inheritance.chain as string[],
    vars: a.vars,
    metadata: a.metadata,
    backend: a.backend,
    backend_type: a.backendType,
  };
  if (roots && !DEFERRED_TEMPLATE_KEYS.some((k) => roots.has(k))) return data;
  const r = deferredSections(a.deferred);
  data.settings = r.settings;
  data.env = r.env;
  data.overrides = r.overrides;
  data.providers = r.providers;
  data.command = r.command;
  data.remote_state_backend = r.remoteStateBackend;
  data.remote_state_backend_type = r.remoteStateBackendType;
  return data;
}

/** Template roots, or undefined (read everything) when the template does not parse; rendering reports that. */
function templateRootsSafe(template: string): ReadonlySet<string> | undefined {
  try {
    return templateRoots(template);
  } catch {
    return undefined;
  }
}

/** Site of `components.terraform.<component>.<keyPath>`: the last merged file that writes it. */
function componentSite(
  stack: StackLayers,
  component: string,
  keyPath: readonly (string | number)[],
  kind: ComponentKind = "terraform",
): ErrorSite {
  const frames = framesInMergeOrder(stack.tree.root);
  const full = ["components", kind, component, ...keyPath];
  const writes = (f: FileFrame, p: readonly (string | number)[]): boolean => getPath(f.own, p) !== undefined;
  const frame =
    [...frames].reverse().find((f) => writes(f, full)) ??
    [...frames].reverse().find((f) => writes(f, full.slice(0, 3))) ??
    stack.tree.root;
  const { line, col } = positionOf(frame.text, full);
  const file = stack.tree.display(frame.abs);
  return {
    location: { file, line, col },
    keyPath: full.join("."),
    importChain: chainTo(stack.tree.root, frame).map(stack.tree.display),
    codeFrame: codeFrame(frame.text, line, col),
  };
}

function chainTo(root: FileFrame, target: FileFrame): string[] {
  const walk = (f: FileFrame, acc: string[]): string[] | undefined => {
    if (f === target) return [...acc, f.abs];
    for (const c of f.children) {
      const hit = walk(c, [...acc, f.abs]);
      if (hit) return hit;
    }
    return undefined;
  };
  return walk(root, []) ?? [root.abs];
}

/** Where a component's name is computed; the error site is found only when an error is reported. */
class ComponentNameSite implements NameSite {
  constructor(
    private readonly stack: StackLayers,
    private readonly name: string,
  ) {}

  get stackFile(): string {
    return this.stack.manifest.stackFile;
  }

  site(): ErrorSite {
    return componentSite(this.stack, this.name, ["vars"]);
  }
}

/** The Spacelift prefix of a bare vars context (`settings.depends_on` targets). */
function spaceliftContextPrefix(config: AtmosConfig, vars: JsonMap): string {
  if (!config.nameTemplate && !config.namePattern) {
    throw new DiagnosticError([
      EngineErrors.invalidConfig(
        "a stack name for a context (settings.depends_on) needs stacks.name_template or stacks.name_pattern",
        {
          location: {
            file: path.relative(config.cwd ?? process.cwd(), config.cliConfigPath),
            line: 1,
            col: 1,
          },
        },
      ),
    ]);
  }
  const context = Object.entries(vars)
    .map(([k, v]) => `${k}=${typeof v === "string" ? v : JSON.stringify(v)}`)
    .join(", ");
  return spaceliftStackPrefix(config, vars, { stackFile: `the context {${context}}`, site: () => ({}) });
}

/** Manifests that define one (stack, component) with different configurations, by `stack\0component`. */
type Conflicts = Map<string, readonly string[]>;

/**
 * Several top-level manifests may resolve to the same (stack, component). atmos's rule
 * (`findComponentInStacks`): identical configurations are one component (the first manifest in
 * lexical order is canonical); different ones are an error only when that component is looked
 * up in that stack (`describe component`, `terraform plan`), while `describe stacks` (and its
 * Spacelift processor) print one of them. Here the first manifest in lexical order is kept, a
 * warning names the conflict, and {@link findComponent} raises the atmos error.
 */
function groupByStack(
  all: EngineComponent[],
  report: (d: Diagnostic) => void,
  display: (abs: string) => string,
  conflicts: Conflicts,
): EngineComponent[] {
  const byStack = new Map<string, Map<string, EngineComponent[]>>();
  for (const c of all) {
    const stackKey = `${c.componentType}\0${c.atmosStack}`;
    let byComponent = byStack.get(stackKey);
    if (!byComponent) byStack.set(stackKey, (byComponent = new Map<string, EngineComponent[]>()));
    const group = byComponent.get(c.atmosComponent);
    if (group) group.push(c);
    else byComponent.set(c.atmosComponent, [c]);
  }
  const out: EngineComponent[] = [];
  for (const group of [...byStack.values()].flatMap((m) => [...m.values()])) {
    group.sort((a, b) => cmp(a.stackFile, b.stackFile));
    const [first, ...rest] = group as [EngineComponent, ...EngineComponent[]];
    const different = rest.filter((c) => !sameConfig(first, c));
    if (different.length > 0) {
      const files = [first, ...different].map((c) => c.stackFile);
      conflicts.set(conflictKey(first.componentType, first.atmosStack, first.atmosComponent), files);
      const error = EngineErrors.duplicateComponentConfig(first.atmosComponent, first.atmosStack, files, {
        location: {
          file: display(different[0]?.stackFileAbsolute ?? first.stackFileAbsolute),
          line: 1,
          col: 1,
        },
      });
      report({
        ...error,
        severity: "warning",
        hint: `${error.hint ?? ""} Output uses '${first.stackFile}'; atmos fails 'describe component' and 'terraform' commands for this component in this stack.`,
      });
    }
    out.push(first);
  }
  return out.sort((a, b) => cmp(a.atmosStack, b.atmosStack) || cmp(a.atmosComponent, b.atmosComponent));
}

function conflictKey(kind: ComponentKind, stack: string, component: string): string {
  return `${kind}\0${stack}\0${component}`;
}

function sameConfig(a: ResolvedComponent, b: ResolvedComponent): boolean {
  const pick = (c: ResolvedComponent): JsonMap => ({
    vars: c.vars,
    settings: c.settings,
    env: c.env,
    metadata: c.metadata,
    overrides: c.overrides,
    providers: c.providers,
    hooks: c.hooks,
    generate: c.generate,
    dependencies: c.dependencies,
    auth: c.auth,
    required_providers: c.requiredProviders,
    required_version: c.requiredVersion,
    source: c.source,
    provision: c.provision,
    locals: c.locals,
    command: c.command,
    backend: c.backend,
    backend_type: c.backendType,
    remote_state_backend: c.remoteStateBackend,
    remote_state_backend_type: c.remoteStateBackendType,
    component: c.component,
    inheritance: [...c.inheritance],
  });
  return jsonEqual(pick(a), pick(b));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function makeResult(
  config: AtmosConfig,
  components: readonly EngineComponent[],
  processor: ManifestProcessor,
  warnings: readonly Diagnostic[],
  conflicts: Conflicts,
): ResolvedStacks {
  const byStack = new Map<string, Map<string, EngineComponent>>();
  const byFile = new Map<string, Map<string, EngineComponent>>();
  const terraform = components.filter((c) => c.componentType === "terraform");
  const otherKinds = components.filter((c) => c.componentType !== "terraform");
  const stackNames = new Set(components.map((c) => c.atmosStack));
  for (const c of terraform) {
    (byStack.get(c.atmosStack) ?? byStack.set(c.atmosStack, new Map()).get(c.atmosStack))?.set(
      c.atmosComponent,
      c,
    );
    (byFile.get(c.stackFile) ?? byFile.set(c.stackFile, new Map()).get(c.stackFile))?.set(
      c.atmosComponent,
      c,
    );
  }
  return {
    config,
    components: terraform,
    otherKinds,
    stackNames: [...stackNames].sort(),
    manifestFiles: processor.filesRead().sort(),
    spaceliftPrefixFor: (vars) => spaceliftContextPrefix(config, vars),
    find: (stack, component) => byStack.get(stack)?.get(component) ?? byFile.get(stack)?.get(component),
    conflictingManifests: (stack, component, kind = "terraform") =>
      conflicts.get(conflictKey(kind, stack, component)),
    warnings: [...warnings, ...processor.warnings],
  };
}
