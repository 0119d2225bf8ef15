/**
 * The layers of one top-level manifest that every component of it shares (global and
 * `terraform:` sections, the merged components, the manifest `name:`), computed once per stack.
 */
import { getKey, getMap, isJsonMap } from "./json-value";
import type { FileFrame, ProcessedFile } from "./imports";
import { framesInMergeOrder, type StackTree } from "./provenance";
import type { ComponentKind, JsonMap, JsonValue } from "./types";
import type { TopLevelManifest } from "./discover";

/** Shared per-stack inputs of component assembly. */
export interface StackLayers {
  readonly manifest: TopLevelManifest;
  readonly processed: ProcessedFile;
  readonly tree: StackTree;
  readonly global: SectionSet;
  readonly terraform: SectionSet;
  /** Merged `components.terraform`. */
  readonly components: JsonMap;
  /** Per kind: its `<kind>:` section set and merged `components.<kind>` (terraform included). */
  readonly kinds: ReadonlyMap<ComponentKind, { readonly section: SectionSet; readonly components: JsonMap }>;
  /** Manifest `name:` (top level), when set. */
  readonly manifestName?: string;
  /** Sorted transitive imports. */
  readonly imports: readonly string[];
  /** Component name → files defining it directly (import keys, last merged first). */
  readonly definedIn: ReadonlyMap<string, readonly string[]>;
}

/** The sections a layer may hold; absent sections are undefined. */
export interface SectionSet {
  readonly vars?: JsonMap;
  readonly settings?: JsonMap;
  readonly env?: JsonMap;
  readonly providers?: JsonMap;
  readonly hooks?: JsonMap;
  readonly generate?: JsonMap;
  readonly dependencies?: JsonMap;
  readonly metadata?: JsonMap;
  readonly overrides?: JsonMap;
  readonly backend?: JsonMap;
  readonly remoteStateBackend?: JsonMap;
  readonly backendType?: string;
  readonly remoteStateBackendType?: string;
  readonly command?: string;
  readonly auth?: JsonMap;
  readonly requiredProviders?: JsonMap;
  readonly requiredVersion?: string;
  /** `source`, the simple form (a bare URI string) normalized to `{uri}` as atmos does. */
  readonly source?: JsonMap;
  readonly provision?: JsonMap;
  readonly locals?: JsonMap;
}

const sectionSets = new WeakMap<JsonMap, SectionSet>();

/**
 * Reads the sections of one layer (a manifest root, `terraform:` or a component section). Cached
 * by identity: a catalog component's section object is shared by every stack importing it.
 */
export function sectionSet(m: JsonMap | undefined): SectionSet {
  if (!m) return {};
  let hit = sectionSets.get(m);
  if (!hit) {
    hit = readSections(m);
    sectionSets.set(m, hit);
  }
  return hit;
}

function readSections(m: JsonMap): SectionSet {
  const str = (k: string): string | undefined => {
    const v = getKey(m, k);
    return typeof v === "string" && v !== "" ? v : undefined;
  };
  return {
    vars: getMap(m, "vars"),
    settings: getMap(m, "settings"),
    env: getMap(m, "env"),
    providers: getMap(m, "providers"),
    hooks: getMap(m, "hooks"),
    generate: getMap(m, "generate"),
    dependencies: getMap(m, "dependencies"),
    metadata: getMap(m, "metadata"),
    overrides: getMap(m, "overrides"),
    backend: getMap(m, "backend"),
    remoteStateBackend: getMap(m, "remote_state_backend"),
    backendType: str("backend_type"),
    remoteStateBackendType: str("remote_state_backend_type"),
    command: str("command"),
    auth: getMap(m, "auth"),
    requiredProviders: getMap(m, "required_providers"),
    requiredVersion: str("required_version"),
    source: sourceSection(getKey(m, "source")),
    provision: getMap(m, "provision"),
    locals: getMap(m, "locals"),
  };
}

/** atmos `normalizeComponentSourceSection`: a URI string is `{uri}`, `""` is no source. */
function sourceSection(v: JsonValue | undefined): JsonMap | undefined {
  if (isJsonMap(v)) return v;
  if (typeof v === "string") return v === "" ? {} : { uri: v };
  return undefined;
}

/** Builds the shared layers of one processed top-level manifest. */
export function stackLayers(
  manifest: TopLevelManifest,
  processed: ProcessedFile,
  tree: StackTree,
  imports: readonly string[],
): StackLayers {
  const merged = processed.merged;
  const name = getKey(processed.frame.own, "name");
  const components = getMap(merged, "components");
  const terraform = components ? getKey(components, "terraform") : undefined;
  const kinds = new Map<ComponentKind, { section: SectionSet; components: JsonMap }>();
  for (const kind of ["terraform", "helmfile", "packer", "ansible"] as const) {
    const list = components ? getKey(components, kind) : undefined;
    kinds.set(kind, { section: sectionSet(getMap(merged, kind)), components: isJsonMap(list) ? list : {} });
  }
  return {
    kinds,
    manifest,
    processed,
    tree,
    global: sectionSet(merged),
    terraform: sectionSet(getMap(merged, "terraform")),
    components: isJsonMap(terraform) ? terraform : {},
    manifestName: typeof name === "string" && name !== "" ? name : undefined,
    imports,
    definedIn: definedInIndex(processed.frame),
  };
}

function definedInIndex(root: FileFrame): Map<string, string[]> {
  const index = new Map<string, string[]>();
  const frames = framesInMergeOrder(root);
  for (let i = frames.length - 1; i >= 0; i--) {
    const f = frames[i] as FileFrame;
    const terraform = getMap(getMap(f.own, "components"), "terraform");
    for (const name of Object.keys(terraform ?? {})) {
      const list = index.get(name) ?? [];
      if (!list.includes(f.importKey)) list.push(f.importKey);
      index.set(name, list);
    }
  }
  return index;
}
