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
import type { JsonMap, ProvenanceSection, ValueSource } from "./types";

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

const depthCache = new WeakMap<StackTree, ReadonlyMap<string, number>>();

/**
 * Import depth of each file of a stack (display path → 1 for the top-level manifest, 2 for what it
 * imports, …; the shallowest when a file is imported at several depths). atmos's `[N]` of
 * `describe component --provenance`.
 */
export function importDepths(stack: StackTree): ReadonlyMap<string, number> {
  let hit = depthCache.get(stack);
  if (!hit) {
    const depths = new Map<string, number>();
    let level: readonly FileFrame[] = [stack.root];
    for (let depth = 1; level.length > 0; depth++) {
      const next: FileFrame[] = [];
      for (const f of level) {
        const file = stack.display(f.abs);
        if (depths.has(file)) continue;
        depths.set(file, depth);
        next.push(...f.children);
      }
      level = next;
    }
    hit = depths;
    depthCache.set(stack, hit);
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
  const comp = (name: string, ...sub: (string | number)[]): (string | number)[] => [
    "components",
    "terraform",
    name,
    ...sub,
  ];
  const probes: Probe[] = [];
  const at =
    (keyPath: readonly (string | number)[]): Probe =>
    (own) =>
      getPath(own, keyPath) !== undefined ? keyPath : undefined;
  const sub = section === "backend" ? [layers.backendType] : [];
  const full = [...sub, ...path];

  if (section !== "backend" && section !== "metadata" && section !== "overrides") {
    if (getPath(layers.finalOverrides, [section, ...path]) !== undefined) {
      probes.push(
        at(["terraform", "overrides", section, ...path]),
        at(["overrides", section, ...path]),
        at(comp(layers.component, "overrides", section, ...path)),
      );
    }
  }
  if (section === "overrides") {
    probes.push(
      at(["terraform", "overrides", ...path]),
      at(["overrides", ...path]),
      at(comp(layers.component, "overrides", ...path)),
    );
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

/** A manifest section that may define keys, in atmos's visiting order. */
interface Candidate {
  readonly file: string;
  readonly section: string;
  readonly type: ValueSource["dependencyType"];
  readonly map: JsonMap;
}

const candidateCache = new WeakMap<StackTree, Map<string, readonly Candidate[]>>();

/** Candidates for one visiting step, cached per stack (they do not depend on the key). */
function candidates(stack: StackTree, id: string, build: () => Candidate[]): readonly Candidate[] {
  let perStack = candidateCache.get(stack);
  if (!perStack) candidateCache.set(stack, (perStack = new Map<string, readonly Candidate[]>()));
  let hit = perStack.get(id);
  if (!hit) {
    hit = build();
    perStack.set(id, hit);
  }
  return hit;
}

type SourcesName = "vars" | "env" | "settings" | "backend";
const SOURCES_SECTIONS: readonly SourcesName[] = ["vars", "env", "settings", "backend"];

/**
 * The manifest sections atmos visits for one component and section, in its order: the component
 * inline then in each import (alphabetical), the same for each base, `terraform.<section>` and
 * the global section inline, then both in imports. atmos's repeated visits for each base add only
 * duplicates, which it drops, so they are left out. Cached per stack.
 */
function stepsFor(
  stack: StackTree,
  component: string,
  chain: readonly string[],
  name: SourcesName,
  subsection: string,
): readonly Candidate[] {
  // Not cached: each component's list is read once (deps) or twice (describe component); caching
  // it kept four lists per component alive with the stack (~60 MiB at 10,000 stacks). Its parts
  // (the component's and each base's definitions, the stack's sections) are cached.
  return buildSteps(stack, component, chain, name, subsection);
}

function buildSteps(
  stack: StackTree,
  component: string,
  chain: readonly string[],
  name: SourcesName,
  subsection: string,
): Candidate[] {
  const compOf = (own: JsonMap | undefined, c: string): JsonMap | undefined =>
    getMap(getMap(getMap(own, "components"), "terraform"), c);
  const build = (
    entries: readonly (readonly [string, string, ValueSource["dependencyType"], JsonMap | undefined])[],
  ): Candidate[] => {
    const out: Candidate[] = [];
    for (const [file, prefix, type, container] of entries) {
      let map = container ? getMap(container, name) : undefined;
      if (map && subsection) map = getMap(map, subsection);
      if (map)
        out.push({
          file,
          section: subsection ? `${prefix}${name}.${subsection}` : `${prefix}${name}`,
          type,
          map,
        });
    }
    return out;
  };
  const rootOwn = stack.root.own;
  const imports = importsConfig(stack.root);
  const importKeys = sortedImportKeys(stack.root);
  const definitions = componentDefinitions(stack, compOf);
  const compSteps = (c: string): readonly Candidate[] =>
    candidates(stack, `c\0${name}\0${subsection}\0${c}`, () =>
      build(
        (definitions.get(c) ?? []).map((d) => [d.file, "components.terraform.", d.type, d.section] as const),
      ),
    );
  const stackSteps = candidates(stack, `s\0${name}\0${subsection}`, () =>
    build([
      [stack.stackFile, "terraform.", "inline", getMap(rootOwn, "terraform")],
      [stack.stackFile, "", "inline", rootOwn],
      ...importKeys.map((k) => [k, "terraform.", "import", getMap(imports.get(k), "terraform")] as const),
      ...importKeys.map((k) => [k, "", "import", imports.get(k)] as const),
    ]),
  );
  return [compSteps(component), ...chain.map(compSteps), stackSteps].flat();
}

function finalSection(final: FinalSections, name: SourcesName): JsonMap {
  return name === "backend" ? final.backend : final[name];
}

/** atmos `deps` and `deps_all` (without building the `sources` entries). */
export function componentDeps(
  stack: StackTree,
  component: string,
  final: FinalSections,
): { deps: string[]; depsAll: string[] } {
  const deps = new Set<string>();
  const depsAll = new Set<string>([stack.stackFile]);
  for (const name of SOURCES_SECTIONS) {
    const section = finalSection(final, name);
    const steps = stepsFor(stack, component, final.chain, name, name === "backend" ? final.backendType : "");
    for (const key of Object.keys(section)) {
      for (const step of steps) {
        if (Object.prototype.hasOwnProperty.call(step.map, key)) {
          deps.add(step.file);
          break;
        }
      }
    }
    for (const step of steps) {
      if (depsAll.has(step.file)) continue;
      for (const key in step.map) {
        if (Object.prototype.hasOwnProperty.call(section, key)) {
          depsAll.add(step.file);
          break;
        }
      }
    }
  }
  return { deps: [...deps].sort(), depsAll: [...depsAll].sort() };
}

/** atmos `sources`: per key of each section, every layer defining it, highest priority first. */
export function componentSources(
  stack: StackTree,
  component: string,
  final: FinalSections,
): Record<SourcesName, Map<string, ValueSource[]>> {
  const out = {} as Record<SourcesName, Map<string, ValueSource[]>>;
  for (const name of SOURCES_SECTIONS) {
    const steps = stepsFor(stack, component, final.chain, name, name === "backend" ? final.backendType : "");
    const perKey = new Map<string, ValueSource[]>();
    for (const key of Object.keys(finalSection(final, name))) {
      const list: ValueSource[] = [];
      for (const step of steps) {
        const value = getKey(step.map, key);
        if (value === undefined) continue;
        const duplicate = list.some(
          (e) =>
            e.stackFile === step.file &&
            e.stackFileSection === step.section &&
            e.dependencyType === step.type &&
            jsonEqual(e.value, value),
        );
        if (!duplicate)
          list.push({
            stackFile: step.file,
            stackFileSection: step.section,
            value,
            dependencyType: step.type,
          });
      }
      perKey.set(key, list);
    }
    out[name] = perKey;
  }
  return out;
}

interface Definition {
  readonly file: string;
  readonly type: ValueSource["dependencyType"];
  readonly section: JsonMap;
}

const definitionCache = new WeakMap<StackTree, ReadonlyMap<string, readonly Definition[]>>();

/** Component name → its sections in the stack file, then in each import (alphabetical). */
function componentDefinitions(
  stack: StackTree,
  compOf: (own: JsonMap | undefined, c: string) => JsonMap | undefined,
): ReadonlyMap<string, readonly Definition[]> {
  let hit = definitionCache.get(stack);
  if (!hit) {
    const index = new Map<string, Definition[]>();
    const imports = importsConfig(stack.root);
    const sources: [string, ValueSource["dependencyType"], JsonMap | undefined][] = [
      [stack.stackFile, "inline", stack.root.own],
      ...sortedImportKeys(stack.root).map(
        (k): [string, ValueSource["dependencyType"], JsonMap | undefined] => [k, "import", imports.get(k)],
      ),
    ];
    for (const [file, type, own] of sources) {
      for (const c of Object.keys(getMap(getMap(own, "components"), "terraform") ?? {})) {
        const section = compOf(own, c);
        if (!section) continue;
        const list = index.get(c) ?? [];
        list.push({ file, type, section });
        index.set(c, list);
      }
    }
    hit = index;
    definitionCache.set(stack, hit);
  }
  return hit;
}

const sortedKeys = new WeakMap<FileFrame, readonly string[]>();

function sortedImportKeys(root: FileFrame): readonly string[] {
  let hit = sortedKeys.get(root);
  if (!hit) {
    hit = [...importsConfig(root).keys()].sort();
    sortedKeys.set(root, hit);
  }
  return hit;
}
