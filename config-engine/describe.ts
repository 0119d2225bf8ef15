/**
 * The atmos output shapes of `describe stacks` and `describe component` (snake_case keys, sorted),
 * built from resolved components.
 */
import * as path from "node:path";
import { DiagnosticError } from "./diagnostics";
import { EngineErrors } from "./errors";
import { isJsonMap, setKey, sortKeysDeep } from "./json-value";
import type {
  JsonMap,
  JsonValue,
  ProvenanceSection,
  ResolvedComponent,
  ResolvedStacks,
  SourcesSection,
  ValueSource,
} from "./types";

/** Filters of `describe stacks`. */
export interface DescribeStacksFilters {
  /** Logical stack name or stack file name. @default - every stack */
  readonly stack?: string;
  /** Atmos component names to keep. @default - every component */
  readonly components?: readonly string[];
  /** Component sections to keep (e.g. `vars`, `settings`). @default - every section */
  readonly sections?: readonly string[];
}

/** The per-component map of `atmos describe stacks` (terraform, or the other kinds' shape). */
export function componentOutput(c: ResolvedComponent): JsonMap {
  if (c.componentType !== "terraform") return otherKindOutput(c);
  const out: JsonMap = {
    atmos_component: c.atmosComponent,
    atmos_manifest: c.stackFile,
    atmos_stack: c.atmosStack,
    atmos_stack_file: c.stackFile,
    auth: c.auth,
    backend: c.backend,
    backend_type: c.backendType,
    command: c.command,
    component: c.component,
    component_info: { component_path: c.componentPath, component_type: "terraform" },
    env: c.env,
    generate: c.generate,
    hooks: c.hooks,
    inheritance: [...c.inheritance],
    metadata: c.metadata,
    overrides: c.overrides,
    providers: c.providers,
    provision: c.provision,
    remote_state_backend: c.remoteStateBackend,
    remote_state_backend_type: c.remoteStateBackendType,
    required_providers: c.requiredProviders,
    required_version: c.requiredVersion,
    settings: c.settings,
    source: c.source,
    stack: c.atmosStack,
    vars: c.vars,
    workspace: c.workspace,
  };
  // atmos adds `dependencies` only when some layer declares it.
  if (Object.keys(c.dependencies).length > 0) out.dependencies = c.dependencies;
  if (Object.keys(c.locals).length > 0) out.locals = c.locals;
  return out;
}

/**
 * helmfile, packer and ansible components as atmos prints them: no backend, providers,
 * `required_*` or workspace; `hooks` for helmfile, `source`/`provision` for helmfile and packer
 * (atmos `supportsComponentHooks`, `supportsSourceProvision`).
 */
function otherKindOutput(c: ResolvedComponent): JsonMap {
  const out: JsonMap = {
    atmos_component: c.atmosComponent,
    atmos_manifest: c.stackFile,
    atmos_stack: c.atmosStack,
    atmos_stack_file: c.stackFile,
    auth: c.auth,
    command: c.command,
    component: c.component,
    component_info: { component_path: c.componentPath, component_type: c.componentType },
    env: c.env,
    inheritance: [...c.inheritance],
    metadata: c.metadata,
    overrides: c.overrides,
    settings: c.settings,
    stack: c.atmosStack,
    vars: c.vars,
  };
  if (c.componentType === "helmfile") out.hooks = c.hooks;
  if (c.componentType === "helmfile" || c.componentType === "packer") {
    out.source = c.source;
    out.provision = c.provision;
  }
  if (Object.keys(c.dependencies).length > 0) out.dependencies = c.dependencies;
  if (Object.keys(c.locals).length > 0) out.locals = c.locals;
  return out;
}

/** Every component of every kind. */
function allKinds(resolved: ResolvedStacks): readonly ResolvedComponent[] {
  const others = resolved.otherKinds ?? [];
  return others.length === 0 ? resolved.components : [...resolved.components, ...others];
}

/** `describe stacks`: `{<stack>: {components: {<kind>: {<component>: {...}}}}}`, keys sorted. */
export function describeStacks(resolved: ResolvedStacks, filters: DescribeStacksFilters = {}): JsonMap {
  const out: JsonMap = {};
  for (const c of allKinds(resolved)) {
    if (filters.stack !== undefined && filters.stack !== c.atmosStack && filters.stack !== c.stackFile)
      continue;
    if (filters.components && !filters.components.includes(c.atmosComponent)) continue;
    let section = componentOutput(c);
    if (filters.sections && filters.sections.length > 0) {
      const keep: JsonMap = {};
      for (const s of filters.sections)
        if (Object.prototype.hasOwnProperty.call(section, s)) setKey(keep, s, section[s] as JsonValue);
      section = keep;
    }
    const stack = (out[c.atmosStack] ??= { components: {} }) as { components: Record<string, JsonMap> };
    setKey((stack.components[c.componentType] ??= {}), c.atmosComponent, section);
  }
  return sortKeysDeep(out) as JsonMap;
}

/**
 * Finds a component by logical stack name. A stack file name whose logical name differs is
 * rejected with a "did you mean" (atmos `findComponentInStacks`).
 */
export function findComponent(resolved: ResolvedStacks, component: string, stack: string): ResolvedComponent {
  const inStack = allKinds(resolved).filter((c) => c.atmosStack === stack);
  if (inStack.length === 0) {
    const byFile = allKinds(resolved).find((c) => c.stackFile === stack);
    throw new DiagnosticError([
      EngineErrors.stackNotFound(stack, byFile?.atmosStack ?? closest(stack, resolved.stackNames)),
    ]);
  }
  const hit = inStack.find((c) => c.atmosComponent === component);
  if (!hit) throw new DiagnosticError([EngineErrors.componentNotFound(component, stack)]);
  const conflicting = resolved.conflictingManifests?.(stack, component, hit.componentType);
  if (conflicting)
    throw new DiagnosticError([
      EngineErrors.duplicateComponentConfig(component, stack, conflicting, {
        location: { file: relativeTo(resolved, hit.stackFileAbsolute), line: 1, col: 1 },
      }),
    ]);
  return hit;
}

/** `describe component`: the describe-stacks map plus `imports`, `deps`, `deps_all` and `sources`. */
export function describeComponent(resolved: ResolvedStacks, component: string, stack: string): JsonMap {
  const c = findComponent(resolved, component, stack);
  // Provenance, deps and sources are computed for terraform components (the Spacelift path).
  if (c.componentType !== "terraform")
    return sortKeysDeep({ ...componentOutput(c), imports: [...c.imports] }) as JsonMap;
  const sources: JsonMap = {};
  for (const section of ["vars", "env", "settings", "backend"] as SourcesSection[]) {
    const perKey: JsonMap = {};
    for (const [key, list] of c.sources?.(section) ?? new Map<string, readonly ValueSource[]>()) {
      const final = (section === "backend" ? c.backend : c[section])[key] ?? null;
      const where = c.sourceOf(section, [key]);
      const entry: JsonMap = {
        name: key,
        final_value: final,
        stack_dependencies: list.map((d) => ({
          stack_file: d.stackFile,
          stack_file_section: d.stackFileSection,
          variable_value: d.value,
          dependency_type: d.dependencyType,
        })),
      };
      // A map's keys may come from several files: only a leaf has one location (see `provenance`).
      if (where && !isJsonMap(final))
        entry.provenance = { file: where.file, line: where.line, col: where.col };
      setKey(perKey, key, entry);
    }
    sources[section] = perKey;
  }
  return sortKeysDeep({
    ...componentOutput(c),
    imports: [...c.imports],
    deps: [...c.deps],
    deps_all: [...c.depsAll],
    sources,
    provenance: leafProvenance(c),
  }) as JsonMap;
}

/** Sections `describe component` reports per-leaf provenance for. */
const PROVENANCE_SECTIONS: readonly ProvenanceSection[] = [
  "vars",
  "settings",
  "env",
  "backend",
  "metadata",
  "providers",
  "overrides",
];

/**
 * `provenance`: for each section, every leaf (a scalar, a list, or an empty map) by its dotted path
 * → where its final value was written: `{file, line, col, depth, type}`, with `type` `inline` (the
 * top-level manifest, atmos's `● [1]`), `import` (an imported file at import `depth`, atmos's
 * `○ [N]`), `config` (atmos.yaml) or `computed` (no manifest wrote it, e.g. the s3
 * `workspace_key_prefix` default; atmos's `∴`).
 */
function leafProvenance(c: ResolvedComponent): JsonMap {
  const out: JsonMap = {};
  for (const section of PROVENANCE_SECTIONS) {
    const perLeaf: JsonMap = {};
    const visit = (value: JsonValue, path: string[]): void => {
      if (isJsonMap(value) && Object.keys(value).length > 0) {
        for (const k of Object.keys(value)) visit(value[k] as JsonValue, [...path, k]);
        return;
      }
      const where = c.sourceOf(section, path);
      let entry: JsonMap;
      if (!where) entry = { type: "computed" };
      else {
        const depth = c.importDepth?.(where.file);
        entry = { file: where.file, line: where.line, col: where.col };
        if (depth === undefined) entry.type = "config";
        else {
          entry.depth = depth;
          entry.type = depth === 1 ? "inline" : "import";
        }
      }
      setKey(perLeaf, path.join("."), entry);
    };
    const final = section === "backend" ? c.backend : c[section];
    for (const k of Object.keys(final)) visit(final[k] as JsonValue, [k]);
    out[section] = perLeaf;
  }
  return out;
}

function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: { c: string; d: number } | undefined;
  for (const c of candidates) {
    const d = distance(name, c);
    if (!best || d < best.d) best = { c, d };
  }
  return best && best.d <= Math.max(3, Math.floor(name.length / 2)) ? best.c : undefined;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] as number;
      row[j] = Math.min(
        (row[j] as number) + 1,
        (row[j - 1] as number) + 1,
        prev + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      prev = tmp;
    }
  }
  return row[b.length] as number;
}

function relativeTo(resolved: ResolvedStacks, abs: string): string {
  return path.relative(resolved.config.cwd ?? process.cwd(), abs) || abs;
}
