/**
 * Where final values come from. Nothing here runs while stacks are resolved: a component keeps
 * references to its stack's import tree and its bases, and positions are found (by re-parsing the
 * one file concerned) only when asked.
 *
 * - {@link sourceOf}: the highest-priority layer that writes a path (overrides → component →
 *   bases, last merged first → `terraform:` → global → atmos.yaml `env`), walking files from the
 *   last merged to the first.
 * - {@link configSources}: atmos's `sources` / `deps` / `deps_all` algorithm
 *   (`processConfigSources`, `FindComponentDependencies`), reproduced for parity, including its
 *   alphabetical visit of imports.
 */
import { getKey, getMap, getPath, jsonEqual } from "./json-value";
import type { FileFrame } from "./imports";
import { positionOf } from "./positions";
import type { SourceLocation } from "./diagnostics";
import type { JsonMap, JsonValue, ProvenanceSection, ValueSource } from "./types";

/** The stack-level facts provenance needs, shared by every component of a top-level manifest. */
export interface StackTree {
  readonly root: FileFrame;
  /** Stack file name (`atmos_stack_file`). */
  readonly stackFile: string;
  readonly display: (abs: string) => string;
  /** atmos.yaml text and path, for the `env` layer. */
  readonly atmosYaml?: { readonly abs: string; readonly text: string };
}

const flattened = new WeakMap<FileFrame, readonly FileFrame[]>();
const importConfigs = new WeakMap<FileFrame, ReadonlyMap<string, JsonMap>>();

/** Every frame of the tree in merge order (imports before the importing file). */
export function framesInMergeOrder(root: FileFrame): readonly FileFrame[] {
  let hit = flattened.get(root);
  if (!hit) {
    const out: FileFrame[] = [];
    const walk = (f: FileFrame): void => {
      f.children.forEach(walk);
      out.push(f);
    };
    walk(root);
    hit = out;
    flattened.set(root, hit);
  }
  return hit;
}

/** atmos `importsConfig`: import key → the imported file's own content (last visit wins). */
export function importsConfig(root: FileFrame): ReadonlyMap<string, JsonMap> {
  let hit = importConfigs.get(root);
  if (!hit) {
    const m = new Map<string, JsonMap>();
    for (const f of framesInMergeOrder(root)) if (f !== root) m.set(f.importKey, f.own);
    hit = m;
    importConfigs.set(root, hit);
  }
  return hit;
}

/** One component's provenance inputs. */
export interface ComponentLayers {
  readonly stack: StackTree;
  readonly component: string;
  /** Bases in merge order (may repeat). */
  readonly baseMergeOrder: readonly string[];
  readonly backendType: string;
  readonly inheritMetadata: boolean;
  /** Final values, to check the path exists before searching. */
  readonly finalOverrides: JsonMap;
}

type Probe = (own: JsonMap) => readonly (string | number)[] | undefined;

/** Where the final value at `path` of `section` was written, or undefined. */
export function sourceOf(
  layers: ComponentLayers,
  section: ProvenanceSection,
  path: readonly (string | number)[],
): SourceLocation | undefined {
  const frames = framesInMergeOrder(layers.stack.root);
  const comp = (name: string, ...sub: (string | number)[]): (string | number)[] => ["components", "terraform", name, ...sub];
  const probes: Probe[] = [];
  const at = (keyPath: readonly (string | number)[]): Probe => (own) => (getPath(own, keyPath) !== undefined ? keyPath : undefined);
  const sub = section === "backend" ? [layers.backendType] : [];
  const full = [...sub, ...path];

  if (section !== "backend" && section !== "metadata" && section !== "overrides") {
    if (getPath(layers.finalOverrides, [section, ...path]) !== undefined) {
      probes.push(at(["terraform", "overrides", section, ...path]), at(["overrides", section, ...path]), at(comp(layers.component, "overrides", section, ...path)));
    }
  }
  if (section === "overrides") {
    probes.push(at(["terraform", "overrides", ...path]), at(["overrides", ...path]), at(comp(layers.component, "overrides", ...path)));
  } else {
    probes.push(at(comp(layers.component, section, ...full)));
    if (section !== "metadata" || layers.inheritMetadata) {
      for (const b of [...layers.baseMergeOrder].reverse()) probes.push(at(comp(b, section, ...full)));
    }
    if (section !== "metadata") probes.push(at(["terraform", section, ...full]));
    if (section !== "providers" && section !== "backend") probes.push(at([section, ...full]));
  }
  for (const probe of probes) {
    for (let i = frames.length - 1; i >= 0; i--) {
      const f = frames[i] as FileFrame;
      const keyPath = probe(f.own);
      if (keyPath) {
        const { line, col } = positionOf(f.text, keyPath);
        return { file: layers.stack.display(f.abs), line, col };
      }
    }
  }
  const yaml = layers.stack.atmosYaml;
  if (section === "env" && yaml) {
    const { line, col, exact } = positionOf(yaml.text, ["env", ...path]);
    if (exact) return { file: layers.stack.display(yaml.abs), line, col };
  }
  return undefined;
}


/** atmos `sources`, `deps` and `deps_all` of one component. */
export interface ConfigSources {
  readonly sources: Readonly<Record<"vars" | "env" | "settings" | "backend", ReadonlyMap<string, readonly ValueSource[]>>>;
  readonly deps: readonly string[];
  readonly depsAll: readonly string[];
}

/** Final sections the sources algorithm walks. */
export interface FinalSections {
  readonly vars: JsonMap;
  readonly env: JsonMap;
  readonly settings: JsonMap;
  readonly backend: JsonMap;
  readonly backendType: string;
  /** `inheritance` (nearest first). */
  readonly chain: readonly string[];
}

/** Computes atmos `sources`, `deps` and `deps_all`. */
export function configSources(stack: StackTree, component: string, final: FinalSections): ConfigSources {
  const rootOwn = stack.root.own;
  const imports = importsConfig(stack.root);
  const importKeys = [...imports.keys()].sort();
  const deps = new Set<string>();
  const depsAll = new Set<string>([stack.stackFile]);
  const sections = { vars: final.vars, env: final.env, settings: final.settings, backend: final.backend };
  const sources = {} as Record<keyof typeof sections, Map<string, ValueSource[]>>;

  for (const name of Object.keys(sections) as (keyof typeof sections)[]) {
    const subsection = name === "backend" ? final.backendType : "";
    const perKey = new Map<string, ValueSource[]>();
    for (const key of Object.keys(sections[name])) {
      const list: ValueSource[] = [];
      const add = (file: string, sectionPath: string, container: JsonMap | undefined, type: ValueSource["dependencyType"]): void => {
        let m = container ? getMap(container, name) : undefined;
        if (m && subsection) m = getMap(m, subsection);
        if (!m) return;
        const value = getKey(m, key);
        if (value === undefined) return;
        const entry: ValueSource = {
          stackFile: file,
          stackFileSection: subsection ? `${sectionPath}${name}.${subsection}` : `${sectionPath}${name}`,
          value,
          dependencyType: type,
        };
        if (!list.some((e) => jsonEqual(e as unknown as JsonValue, entry as unknown as JsonValue))) list.push(entry);
      };
      const compOf = (own: JsonMap, c: string): JsonMap | undefined => getMap(getMap(getMap(own, "components"), "terraform"), c);
      const compInline = (c: string): void => add(stack.stackFile, "components.terraform.", compOf(rootOwn, c), "inline");
      const compImports = (c: string): void => importKeys.forEach((k) => add(k, "components.terraform.", compOf(imports.get(k) as JsonMap, c), "import"));
      const tfInline = (): void => add(stack.stackFile, "terraform.", getMap(rootOwn, "terraform"), "inline");
      const globalInline = (): void => add(stack.stackFile, "", rootOwn, "inline");
      const tfImports = (): void => importKeys.forEach((k) => add(k, "terraform.", getMap(imports.get(k) as JsonMap, "terraform"), "import"));
      const globalImports = (): void => importKeys.forEach((k) => add(k, "", imports.get(k), "import"));

      compInline(component);
      compImports(component);
      for (const b of final.chain) {
        compInline(b);
        compImports(b);
      }
      tfInline();
      globalInline();
      for (const _b of final.chain) {
        tfInline();
        globalInline();
      }
      tfImports();
      globalImports();
      for (const _b of final.chain) {
        tfImports();
        globalImports();
      }
      perKey.set(key, list);
      list.forEach((e, i) => {
        depsAll.add(e.stackFile);
        if (i === 0) deps.add(e.stackFile);
      });
    }
    sources[name] = perKey;
  }
  return { sources, deps: [...deps].sort(), depsAll: [...depsAll].sort() };
}
