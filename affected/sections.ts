/**
 * The component sections `describe affected` compares (check `stack.<section>`) and the
 * comparison itself: strict deep equality (type-sensitive, `null` ≠ absent, key order ignored),
 * memoised per pair of section objects because the engine shares section objects between
 * components resolved from the same inputs.
 */
import { componentOutput } from "../config-engine/describe";
import type { JsonMap, JsonValue, ResolvedComponent } from "../config-engine/types";

/** Reads one section of a component. */
type SectionReader = (c: ResolvedComponent) => JsonValue;

/** Every section the engine exposes, by atmos name. */
const READERS: Readonly<Record<string, SectionReader>> = {
  vars: (c) => c.vars,
  env: (c) => c.env,
  providers: (c) => c.providers,
  generate: (c) => c.generate,
  backend: (c) => c.backend,
  backend_type: (c) => c.backendType,
  remote_state_backend: (c) => c.remoteStateBackend,
  remote_state_backend_type: (c) => c.remoteStateBackendType,
  command: (c) => c.command,
  dependencies: (c) => c.dependencies,
  hooks: (c) => c.hooks,
  overrides: (c) => c.overrides,
  metadata: (c) => c.metadata,
  settings: (c) => c.settings,
};

/**
 * atmos HEAD's list (`componentSectionChecks`), in its order: the first section that differs is
 * the headline `affected` reason. `required_providers`, `required_version`, `auth`, `source` and
 * `provision` are read from the component's describe output (absent there, they are skipped, as
 * atmos skips a section a component does not have).
 */
export const DEFAULT_SECTIONS: readonly string[] = [
  "vars",
  "env",
  "providers",
  "required_providers",
  "required_version",
  "generate",
  "backend",
  "backend_type",
  "remote_state_backend",
  "remote_state_backend_type",
  "auth",
  "command",
  "dependencies",
  "source",
  "provision",
];

/** The describe-stacks map of a component, computed once per component object. */
const outputs = new WeakMap<ResolvedComponent, JsonMap>();

function describedSection(name: string): SectionReader {
  return (c) => {
    let out = outputs.get(c);
    if (!out) outputs.set(c, (out = componentOutput(c)));
    return Object.prototype.hasOwnProperty.call(out, name) ? (out[name] as JsonValue) : ABSENT;
  };
}

/**
 * Marks a section the component does not have. Compared by identity: an absent section on HEAD is
 * not checked, as in atmos.
 */
export const ABSENT: JsonValue = Object.freeze({ __absent__: true });

/** Names accepted in `describe.affected.sections`. */
export const COMPARABLE_SECTIONS: readonly string[] = [
  ...new Set([...Object.keys(READERS), ...DEFAULT_SECTIONS]),
].sort();

/** A section to compare: its atmos name and how to read it. */
export interface ComparedSection {
  readonly name: string;
  readonly read: SectionReader;
}

/**
 * The sections to compare: `describe.affected.sections` when set (it replaces the list, as in
 * atmos), else {@link DEFAULT_SECTIONS}. Names this engine does not process are returned apart.
 */
export function sectionsToCompare(configured: readonly string[] | undefined): {
  readonly sections: readonly ComparedSection[];
  readonly unsupported: readonly string[];
} {
  const names = configured ?? DEFAULT_SECTIONS;
  const sections: ComparedSection[] = [];
  const unsupported: string[] = [];
  for (const name of names) {
    const read = Object.prototype.hasOwnProperty.call(READERS, name)
      ? READERS[name]
      : DEFAULT_SECTIONS.includes(name)
        ? describedSection(name)
        : undefined;
    if (read) sections.push({ name, read });
    else unsupported.push(name);
  }
  return { sections, unsupported };
}

/** True for a value that says something: a non-empty map, list or string, or any other scalar. */
export function isNonEmpty(v: JsonValue): boolean {
  if (v === null) return false;
  if (typeof v === "string") return v !== "";
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === "object") return Object.keys(v).length > 0;
  return true;
}

/** Strict deep equality with a memo per (HEAD object, BASE object) pair. */
export class SectionComparer {
  private readonly memo = new WeakMap<object, WeakMap<object, boolean>>();

  equal(a: JsonValue, b: JsonValue): boolean {
    if (a === b) return true;
    if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
    let inner = this.memo.get(a);
    const hit = inner?.get(b);
    if (hit !== undefined) return hit;
    const result = deepEqual(a, b);
    if (!inner) this.memo.set(a, (inner = new WeakMap()));
    inner.set(b, result);
    return result;
  }
}

function deepEqual(a: JsonValue, b: JsonValue): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i]!, b[i]!)) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k) || !deepEqual(a[k]!, b[k]!)) return false;
  }
  return true;
}
