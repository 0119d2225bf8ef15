/**
 * atmos `locals` (pkg/locals, internal/exec/stack_processor_locals.go): file-scoped values a
 * manifest declares at the root (`locals:`) and in its `terraform:`, `helmfile:` and `packer:`
 * sections (which see the root locals and may override them). Locals may reference each other
 * (`{{ .locals.x }}`) and the file's own root `vars`, `settings` and `env`; they are resolved in
 * dependency order and a cycle is an error naming the chain. Then every template of the file is
 * rendered with `{locals, vars, settings, env}` of that file. Locals never cross an import: a
 * file sees only its own.
 *
 * Component-level `locals` (`components.<kind>.<name>.locals`) are not file locals: atmos merges
 * them over the inheritance chain for template processing and strips them from describe output;
 * they are kept as written here.
 */
import { isDiagnosticError } from "./diagnostics";
import { EngineErrors, fail, type ErrorSite } from "./errors";
import { getKey, getMap, isJsonMap, setKey } from "./json-value";
import { positionOf } from "./positions";
import { codeFrame } from "./code-frame";
import { renderOrFail } from "./template-errors";
import type { RenderOptions } from "./template/evaluate";
import type { JsonMap, JsonValue } from "./types";

/** The kind sections whose `locals` extend the root locals. */
const SECTION_KINDS: readonly string[] = ["terraform", "helmfile", "packer"];

/** Where the file is, for messages. */
export interface LocalsOrigin extends RenderOptions {
  /** File as shown to users. */
  readonly file: string;
  /** The file's text (positions of errors). */
  readonly text: string;
  readonly importChain?: readonly string[];
}

/** Whether a parsed manifest declares file locals (root or kind section). */
export function declaresLocals(own: JsonMap): boolean {
  if (getKey(own, "locals") !== undefined) return true;
  return SECTION_KINDS.some((k) => getKey(getMap(own, k) ?? {}, "locals") !== undefined);
}

/**
 * The template context a file with locals is rendered with (atmos `extractAndAddLocalsToContext`):
 * `locals` (root, overlaid with each kind section's own locals), and the file's root `settings`,
 * `vars` and `env`, themselves rendered with the locals.
 */
export function fileLocalsContext(own: JsonMap, origin: LocalsOrigin): JsonMap {
  const base: JsonMap = {};
  for (const k of ["settings", "vars", "env"]) {
    const v = getMap(own, k);
    if (v) base[k] = v;
  }
  const global = resolveLocals(getKey(own, "locals"), {}, base, ["locals"], origin);
  const merged: JsonMap = { ...global };
  for (const kind of SECTION_KINDS) {
    const section = getMap(own, kind);
    if (!section || getKey(section, "locals") === undefined) continue;
    const sectionContext: JsonMap = { ...base };
    for (const k of ["settings", "vars", "env"]) {
      const v = getMap(section, k);
      if (v) sectionContext[k] = { ...(getMap(base, k) ?? {}), ...v };
    }
    Object.assign(
      merged,
      resolveLocals(getKey(section, "locals"), global, sectionContext, [kind, "locals"], origin),
    );
  }
  const context: JsonMap = { locals: merged };
  // settings first, then vars (which see the rendered settings), then env (which see both).
  for (const k of ["settings", "vars", "env"]) {
    const section = getMap(own, k);
    if (section) context[k] = renderLenient(section, { ...base, ...context }, origin);
  }
  return context;
}

/**
 * Renders every template of a file's own content with its locals context (merged over `context`,
 * the import context). A string that cannot be rendered yet (it reads component data such as
 * `.atmos_component`) is kept for describe-time rendering, as atmos defers a file it cannot render.
 */
export function applyFileLocals(own: JsonMap, context: JsonMap, origin: LocalsOrigin): JsonMap {
  const out = renderLenient(own, context, origin, ["locals"]) as JsonMap;
  const locals = getKey(context, "locals");
  if (isJsonMap(locals)) setKey(out, "locals", locals);
  return out;
}

/** Resolves one locals map over `parent` in dependency order. */
function resolveLocals(
  raw: JsonValue | undefined,
  parent: JsonMap,
  context: JsonMap,
  keyPath: readonly string[],
  origin: LocalsOrigin,
): JsonMap {
  if (raw === undefined || raw === null) return { ...parent };
  if (!isJsonMap(raw))
    fail(
      EngineErrors.invalidSectionType(
        keyPath.join("."),
        "map",
        typeof raw,
        origin.file,
        siteOf(origin, keyPath),
      ),
    );
  const names = Object.keys(raw).sort();
  const deps = new Map<string, string[]>();
  for (const name of names)
    deps.set(
      name,
      localRefs(raw[name] ?? null).filter((d) => d in raw && d !== undefined),
    );
  const order = topologicalOrder(names, deps);
  if (!order) {
    const cycle = findCycle(names, deps);
    fail(EngineErrors.localsCircular(cycle, origin.file, siteOf(origin, [...keyPath, cycle[0] ?? ""])));
  }
  const resolved: JsonMap = { ...parent };
  for (const name of order) {
    const value = raw[name] ?? null;
    setKey(resolved, name, renderStrict(value, { ...context, locals: resolved }, origin, [...keyPath, name]));
  }
  return resolved;
}

/** Names of the locals a value reads through `.locals.<name>`. */
function localRefs(v: JsonValue): string[] {
  if (typeof v === "string") {
    const out: string[] = [];
    if (!v.includes("{{")) return out;
    for (const m of v.matchAll(/\.locals\.([A-Za-z_]\w*)/g))
      if (!out.includes(m[1] as string)) out.push(m[1] as string);
    return out;
  }
  if (Array.isArray(v)) return [...new Set(v.flatMap(localRefs))];
  if (isJsonMap(v)) return [...new Set(Object.values(v).flatMap(localRefs))];
  return [];
}

/** Kahn's order with a sorted queue (atmos's deterministic order), or undefined on a cycle. */
function topologicalOrder(
  names: readonly string[],
  deps: ReadonlyMap<string, string[]>,
): string[] | undefined {
  const inDegree = new Map(names.map((n) => [n, deps.get(n)?.length ?? 0]));
  const queue = names.filter((n) => inDegree.get(n) === 0);
  const order: string[] = [];
  while (queue.length > 0) {
    const name = queue.shift() as string;
    order.push(name);
    const ready: string[] = [];
    for (const n of names) {
      const count = (deps.get(n) ?? []).filter((d) => d === name).length;
      if (count === 0) continue;
      const left = (inDegree.get(n) ?? 0) - count;
      inDegree.set(n, left);
      if (left === 0) ready.push(n);
    }
    if (ready.length > 0) {
      queue.push(...ready);
      queue.sort();
    }
  }
  return order.length === names.length ? order : undefined;
}

/** The first cycle found by a depth-first walk in name order, as `a, b, c, a`. */
function findCycle(names: readonly string[], deps: ReadonlyMap<string, string[]>): string[] {
  const visited = new Set<string>();
  const stack: string[] = [];
  const visit = (n: string): string[] | undefined => {
    visited.add(n);
    stack.push(n);
    for (const d of deps.get(n) ?? []) {
      const at = stack.indexOf(d);
      if (at >= 0) return [...stack.slice(at), d];
      if (!visited.has(d)) {
        const hit = visit(d);
        if (hit) return hit;
      }
    }
    stack.pop();
    return undefined;
  };
  for (const n of names) {
    if (visited.has(n)) continue;
    const hit = visit(n);
    if (hit) return hit;
  }
  return [];
}

const PLAIN_REF = /^\{\{-?\s*\.([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\s*-?\}\}$/;

/** atmos `ExtractPlainFieldRef` + `LookupFieldPath`: `{{ .a.b }}` alone yields the value itself (maps stay maps). */
function plainRef(s: string, context: JsonMap): JsonValue | undefined {
  const m = PLAIN_REF.exec(s);
  if (!m) return undefined;
  let v: JsonValue | undefined = context;
  for (const seg of (m[1] as string).split(".")) v = isJsonMap(v) ? getKey(v, seg) : undefined;
  return v;
}

/** Renders a local's value; a failure is an error at the local (atmos fails the file). */
function renderStrict(
  v: JsonValue,
  context: JsonMap,
  origin: LocalsOrigin,
  keyPath: readonly (string | number)[],
): JsonValue {
  if (typeof v === "string") {
    if (!v.includes("{{")) return v;
    const ref = plainRef(v, context);
    if (ref !== undefined) return ref;
    return renderOrFail(v, context, { ...origin, site: { site: () => siteOf(origin, keyPath) } });
  }
  if (Array.isArray(v)) return v.map((x, i) => renderStrict(x, context, origin, [...keyPath, i]));
  if (isJsonMap(v)) {
    const out: JsonMap = {};
    for (const k of Object.keys(v))
      setKey(out, k, renderStrict(v[k] ?? null, context, origin, [...keyPath, k]));
    return out;
  }
  return v;
}

/** Renders what it can; keys in `skip` (at the top level) are copied as they are. */
function renderLenient(
  v: JsonValue,
  context: JsonMap,
  origin: LocalsOrigin,
  skip: readonly string[] = [],
): JsonValue {
  if (typeof v === "string") {
    if (!v.includes("{{")) return v;
    const ref = plainRef(v, context);
    if (ref !== undefined) return ref;
    try {
      return renderOrFail(v, context, origin);
    } catch (e) {
      if (isDiagnosticError(e)) return v;
      throw e;
    }
  }
  if (Array.isArray(v)) {
    let changed = false;
    const out = v.map((x) => {
      const r = renderLenient(x, context, origin);
      changed ||= r !== x;
      return r;
    });
    return changed ? out : v;
  }
  if (isJsonMap(v)) {
    let changed = false;
    const out: JsonMap = {};
    for (const k of Object.keys(v)) {
      const x = v[k] ?? null;
      const r = skip.includes(k) ? x : renderLenient(x, context, origin);
      changed ||= r !== x;
      setKey(out, k, r);
    }
    return changed ? out : v;
  }
  return v;
}

function siteOf(origin: LocalsOrigin, keyPath: readonly (string | number)[]): ErrorSite {
  const { line, col } = positionOf(origin.text, keyPath);
  return {
    location: { file: origin.file, line, col },
    keyPath: keyPath.join("."),
    importChain: origin.importChain,
    codeFrame: codeFrame(origin.text, line, col),
  };
}
