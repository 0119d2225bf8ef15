/**
 * Stack dependencies: legacy `settings.spacelift.depends_on` (stack names or component names of the
 * same stack), `settings.depends_on` (component + context, atmos's Spacelift rules, plus the
 * explicit `stack` key atmos's Spacelift path ignores) and atmos's newer `dependencies.components`
 * (a component name, or `{component|name, stack, kind}`; the stack defaults to the component's own
 * atmos stack). The last two are one set: union, duplicates collapsed. Every target is resolved
 * now; an unknown target is an error, and a cycle is an error that prints the cycle.
 */
import { isDiagnosticError, type Diagnostic } from "../config-engine/diagnostics";
import type { JsonMap, JsonValue, ResolvedComponent, ResolvedStacks } from "../config-engine/types";
import { boundedList, suggestion } from "./did-you-mean";
import { globalDiagnostic, modelDiagnostic, show } from "./errors";
import { deriveStackName } from "./stack-names";

/** A terraform component with its Spacelift name (enabled or not: atmos's `allStackNames`). */
export interface NamedComponent {
  readonly name: string;
  readonly component: ResolvedComponent;
  /** Whether it becomes a Spacelift stack. */
  readonly isStack: boolean;
}

/**
 * A component whose Spacelift name is derived on first read. Naming reads `settings`, a section
 * the engine merges on first use; components that are no stack (abstract bases: half of them in a
 * catalogue-based organisation) are then named, and their settings merged, only when a dependency
 * or a message refers to them.
 */
export function namedComponent(component: ResolvedComponent, isStack: boolean): NamedComponent {
  let name: string | undefined;
  return {
    component,
    isStack,
    get name(): string {
      return (name ??= deriveStackName(component).name);
    },
  };
}

/** Lookup tables over every terraform component. */
export class ComponentIndex {
  private byNameCache?: Map<string, NamedComponent>;
  private readonly byPrefixAndComponent = new Map<string, NamedComponent>();
  private readonly byStackAndComponent = new Map<string, NamedComponent>();

  constructor(readonly all: readonly NamedComponent[]) {
    for (const n of all) {
      this.byPrefixAndComponent.set(key(n.component.spaceliftPrefix, n.component.atmosComponent), n);
      this.byStackAndComponent.set(key(n.component.atmosStack, n.component.atmosComponent), n);
    }
  }

  /** By name, built on first use (it names every component; see {@link namedComponent}). */
  private get byName(): Map<string, NamedComponent> {
    if (!this.byNameCache) {
      this.byNameCache = new Map();
      for (const n of this.all) this.byNameCache.set(n.name, n);
    }
    return this.byNameCache;
  }

  named(name: string): NamedComponent | undefined {
    return this.byName.get(name);
  }

  inPrefix(prefix: string, atmosComponent: string): NamedComponent | undefined {
    return this.byPrefixAndComponent.get(key(prefix, atmosComponent));
  }

  inStack(stack: string, atmosComponent: string): NamedComponent | undefined {
    return this.byStackAndComponent.get(key(stack, atmosComponent)) ?? this.inPrefix(stack, atmosComponent);
  }

  names(): IterableIterator<string> {
    return this.byName.keys();
  }

  /**
   * What a dependency could have named instead: the components of `stack` (a stack prefix or an
   * atmos stack name), else the known stack prefixes. Built only when an error needs it.
   */
  candidates(stack: string): string {
    const components = new Set<string>();
    const stacks = new Set<string>();
    for (const n of this.all) {
      const c = n.component;
      stacks.add(c.spaceliftPrefix);
      if (c.spaceliftPrefix === stack || c.atmosStack === stack) components.add(c.atmosComponent);
    }
    if (components.size > 0)
      return `Components of the stack '${stack}': ${boundedList([...components].sort())}.`;
    return `No stack is named '${stack}'.${suggestion(stack, stacks)} Known stacks: ${boundedList([...stacks].sort())}.`;
  }
}

function key(a: string, b: string): string {
  return `${a}\u0000${b}`;
}

/** The dependency targets of one stack. */
export interface ResolvedDependencies {
  /** From legacy `settings.spacelift.depends_on`, sorted (atmos label row 5). */
  readonly legacy: readonly NamedComponent[];
  /** From `settings.depends_on` entries with a component, sorted (atmos label row 6). */
  readonly settings: readonly NamedComponent[];
}

/** Resolves the dependency targets of `self`, reporting unknown targets into `out`. */
export function resolveDependencies(
  self: NamedComponent,
  legacyDependsOn: readonly string[],
  index: ComponentIndex,
  resolved: ResolvedStacks,
  out: Diagnostic[],
): ResolvedDependencies {
  const c = self.component;
  const legacy: NamedComponent[] = [];
  legacyDependsOn.forEach((entry, i) => {
    const asName = entry.replaceAll("/", "-");
    const target = index.named(asName) ?? index.inPrefix(c.spaceliftPrefix, entry);
    if (target) {
      legacy.push(target);
      return;
    }
    out.push(
      modelDiagnostic(
        "error",
        "UNKNOWN_DEPENDENCY",
        { component: c, section: "settings", path: ["spacelift", "depends_on", i] },
        `'depends_on' dependency ${show(entry)} is neither a Spacelift stack nor a component of the stack '${c.spaceliftPrefix}'.${suggestion(asName, index.names())}`,
        `Name a Spacelift stack (e.g. tenant1-ue2-dev-vpc) or a component of the same atmos stack. ${index.candidates(c.spaceliftPrefix)}`,
      ),
    );
  });

  const settingsTargets: NamedComponent[] = [];
  const dependsOn = asMap(c.settings["depends_on"]);
  for (const entryKey of Object.keys(dependsOn ?? {}).sort(byNumericThenText)) {
    const entry = asMap(dependsOn?.[entryKey]);
    const site = { component: c, section: "settings" as const, path: ["depends_on", entryKey] };
    if (!entry) {
      out.push(
        modelDiagnostic(
          "error",
          "UNKNOWN_DEPENDENCY",
          site,
          "each 'settings.depends_on' entry must be a map",
        ),
      );
      continue;
    }
    const component = entry["component"];
    if (component === undefined) continue; // file/folder-only entries matter to describe affected, not here
    if (typeof component !== "string" || component === "") {
      out.push(
        modelDiagnostic(
          "error",
          "UNKNOWN_DEPENDENCY",
          site,
          `'component' must be a non-empty string, got ${show(component)}`,
        ),
      );
      continue;
    }
    const target = findSettingsTarget(c, entry, component, index, resolved, site, out);
    if (target) settingsTargets.push(target);
  }
  settingsTargets.push(...componentDependencies(c, index, out));
  return { legacy: sortByName(legacy), settings: sortByName(settingsTargets) };
}

/** Kinds of `dependencies.components` entries that are not terraform components (no Spacelift stack). */
const NON_TERRAFORM_KINDS = new Set([
  "file",
  "folder",
  "helmfile",
  "packer",
  "ansible",
  "helm",
  "kubernetes",
]);

/**
 * Targets of `dependencies.components` (atmos `dependenciesFromSection`): an entry is a component
 * name or a map with `component` (or its alias `name`), an optional `stack` (default: this
 * component's atmos stack) and `kind` (entries of another kind, or file/folder entries, are not
 * Spacelift stacks and are skipped, as the Spacelift model is terraform-only).
 */
function componentDependencies(
  c: ResolvedComponent,
  index: ComponentIndex,
  out: Diagnostic[],
): NamedComponent[] {
  const list = c.dependencies["components"];
  if (list === undefined || list === null) return [];
  const keyPath = (i?: number): string =>
    `components.terraform.${c.atmosComponent}.dependencies.components${i === undefined ? "" : `[${i}]`}`;
  const problem = (i: number | undefined, message: string, hint?: string): void => {
    out.push({
      ...globalDiagnostic(
        "error",
        "UNKNOWN_DEPENDENCY",
        `${message} (stack '${c.atmosStack}', component '${c.atmosComponent}')`,
        hint,
      ),
      keyPath: keyPath(i),
      scope: { stack: c.atmosStack, component: c.atmosComponent },
    });
  };
  if (!Array.isArray(list)) {
    problem(undefined, `'dependencies.components' must be a list, got ${show(list)}`);
    return [];
  }
  const targets: NamedComponent[] = [];
  list.forEach((entry, i) => {
    const map = asMap(entry);
    const kind = map?.["kind"];
    if (typeof kind === "string" && NON_TERRAFORM_KINDS.has(kind)) return;
    const component = typeof entry === "string" ? entry : (map?.["component"] ?? map?.["name"]);
    if (typeof component !== "string" || component === "") {
      problem(
        i,
        `each 'dependencies.components' entry must be a component name or a map with 'component', got ${show(entry)}`,
      );
      return;
    }
    const explicit = map?.["stack"];
    const stack = typeof explicit === "string" && explicit !== "" ? explicit : c.atmosStack;
    const target = index.inStack(stack, component);
    if (target) targets.push(target);
    else
      problem(
        i,
        `'dependencies.components' names the component '${component}' in the stack '${stack}', which does not exist`,
        `Check the stack name (\`spacelift-atmos list stacks\`) and the component name. ${index.candidates(stack)}`,
      );
  });
  return targets;
}

function findSettingsTarget(
  c: ResolvedComponent,
  entry: JsonMap,
  component: string,
  index: ComponentIndex,
  resolved: ResolvedStacks,
  site: { component: ResolvedComponent; section: "settings"; path: string[] },
  out: Diagnostic[],
): NamedComponent | undefined {
  const explicitStack = entry["stack"];
  if (typeof explicitStack === "string" && explicitStack !== "") {
    const target = index.inStack(explicitStack, component);
    if (!target) {
      out.push(
        modelDiagnostic(
          "error",
          "UNKNOWN_DEPENDENCY",
          site,
          `'settings.depends_on' names the component '${component}' in the stack '${explicitStack}', which does not exist`,
          `Check the stack name (\`spacelift-atmos list stacks\`) and the component name. ${index.candidates(explicitStack)}`,
        ),
      );
    }
    return target;
  }
  const context: JsonMap = {};
  for (const k of ["namespace", "tenant", "environment", "stage", "region"]) {
    const v = entry[k] ?? c.vars[k];
    if (v !== undefined) context[k] = v;
  }
  let prefix: string;
  try {
    prefix = resolved.spaceliftPrefixFor(context);
  } catch (e) {
    if (!isDiagnosticError(e)) throw e;
    out.push(
      modelDiagnostic(
        "error",
        "UNKNOWN_DEPENDENCY",
        site,
        `cannot name the stack of the dependency on '${component}': ${e.diagnostics[0]?.message ?? "naming failed"}`,
      ),
    );
    return undefined;
  }
  const target = index.inPrefix(prefix, component);
  if (!target) {
    out.push(
      modelDiagnostic(
        "error",
        "UNKNOWN_DEPENDENCY",
        site,
        `'settings.depends_on' depends on the component '${component}' in the stack '${prefix}', but '${component}' is not defined in the '${prefix}' stack, or the component and stack names are not correct.${suggestion(`${prefix}-${component}`.replaceAll("/", "-"), index.names())}`,
        index.candidates(prefix),
      ),
    );
  }
  return target;
}

/** Finds a dependency cycle among stack ids, as the list of ids along it (first = last). */
export function findCycle(edges: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, "visiting" | "done">();
  const path: string[] = [];
  const visit = (id: string): string[] | undefined => {
    const s = state.get(id);
    if (s === "done") return undefined;
    if (s === "visiting") return [...path.slice(path.indexOf(id)), id];
    state.set(id, "visiting");
    path.push(id);
    for (const next of edges.get(id) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(id, "done");
    return undefined;
  };
  for (const id of [...edges.keys()].sort()) {
    const cycle = visit(id);
    if (cycle) return cycle;
  }
  return undefined;
}

/** The cycle error. */
export function cycleDiagnostic(cycle: readonly string[]): Diagnostic {
  return globalDiagnostic(
    "error",
    "DEPENDENCY_CYCLE",
    `stack dependencies form a cycle: ${cycle.join(" → ")}`,
    "Spacelift rejects cyclic dependencies; remove one of the 'depends_on' entries along the cycle.",
  );
}

function sortByName(list: NamedComponent[]): NamedComponent[] {
  const seen = new Set<string>();
  return list
    .filter((n) => (seen.has(n.name) ? false : (seen.add(n.name), true)))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function byNumericThenText(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (Number.isInteger(na) && Number.isInteger(nb)) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

function asMap(v: JsonValue | undefined): JsonMap | undefined {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? v : undefined;
}
