/**
 * Component inheritance (atmos `ProcessBaseComponentConfig`): the legacy top-level `component:`
 * pointer and `metadata.inherits`, visited depth-first:
 *
 *   visit(C, B): B's own `component:` base first (unless B is abstract), then each of B's
 *   `metadata.inherits` in order, then B's raw section; B goes to the front of the chain.
 *
 * So later `inherits` entries win and diamonds re-apply shared ancestors (D, A, D, B).
 * Unlike atmos, which silently stops at a component inheriting itself, any `metadata.inherits`
 * cycle is an error.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Diagnostic } from "./diagnostics";
import { EngineErrors, fail, type ErrorSite } from "./errors";
import { getKey, getMap, isJsonMap } from "./json-value";
import type { JsonMap, JsonValue } from "./types";

/** What inheritance contributes to one component. */
export interface Inheritance {
  /** Base components, nearest first (the `inheritance` output). */
  readonly chain: readonly string[];
  /** Names of the bases whose raw sections merge under the component, in merge order (may repeat). */
  readonly mergeOrder: readonly string[];
  /** Raw sections of `mergeOrder`, same order. */
  readonly layers: readonly JsonMap[];
  /** Folder implied by the legacy `component:` pointer (deepest YAML-defined component on its chain). */
  readonly legacyFolder?: string;
}

/** Inputs of {@link resolveInheritance}. */
export interface InheritanceInput {
  readonly component: string;
  /** The stack's merged `components.terraform`. */
  readonly components: JsonMap;
  /** Stack file name for messages. */
  readonly stackFile: string;
  readonly terraformBasePath: string;
  /** Site of a key path under `components.terraform.<component>` (for error locations). */
  readonly siteOf: (component: string, keyPath: readonly (string | number)[]) => ErrorSite;
  readonly warnings: Diagnostic[];
}

interface Memo {
  readonly component: string;
  /** Every name looked up in the stack's components, with what it resolved to. */
  readonly lookups: readonly (readonly [string, JsonValue | undefined])[];
  readonly result: Inheritance;
}

const memo = new WeakMap<JsonMap, Memo>();

/**
 * Resolves the bases of one component. The result only depends on the sections reached by name,
 * so it is shared between stacks whose lookups resolve to the same (imported, cached) objects.
 */
export function resolveInheritance(input: InheritanceInput): Inheritance {
  const own = getKey(input.components, input.component);
  const key = isJsonMap(own) ? own : undefined;
  const hit = key ? memo.get(key) : undefined;
  if (
    hit &&
    hit.component === input.component &&
    hit.lookups.every(([n, v]) => getKey(input.components, n) === v)
  ) {
    return hit.result;
  }
  const lookups: (readonly [string, JsonValue | undefined])[] = [];
  const result = resolveUncached(input, (n) => {
    const v = getKey(input.components, n);
    lookups.push([n, v]);
    return v;
  });
  if (key) memo.set(key, { component: input.component, lookups, result });
  return result;
}

function resolveUncached(
  input: InheritanceInput,
  lookup: (name: string) => JsonValue | undefined,
): Inheritance {
  const { component } = input;
  const chain: string[] = [];
  const mergeOrder: string[] = [];
  const layers: JsonMap[] = [];
  const ownValue = lookup(component);
  const own = isJsonMap(ownValue) ? ownValue : {};

  const visit = (c: string, b: string, onPath: readonly string[], via: "component" | "inherits"): void => {
    if (via === "component" && b === c) return;
    if (onPath.includes(b)) {
      fail(
        EngineErrors.inheritsCycle(
          [...onPath.slice(onPath.indexOf(b)), b],
          input.stackFile,
          input.siteOf(c, ["metadata", "inherits"]),
        ),
      );
    }
    const section = lookup(b);
    if (section === undefined) {
      if (via === "inherits") {
        fail(
          EngineErrors.inheritsTargetMissing(
            c,
            b,
            input.stackFile,
            input.siteOf(c, ["metadata", "inherits"]),
          ),
        );
      }
      checkFolder(input, c, b);
      return;
    }
    const base = isJsonMap(section) ? section : {};
    const baseMetadata = getMap(base, "metadata");
    const pointer = getKey(base, "component");
    if (getKey(baseMetadata ?? {}, "type") !== "abstract" && typeof pointer === "string") {
      visit(b, pointer, [...onPath, b], "component");
    }
    for (const i of inheritsOf(base)) visit(c, i, [...onPath, b], "inherits");
    mergeOrder.push(b);
    layers.push(base);
    if (!chain.includes(b)) chain.unshift(b);
  };

  const pointer = getKey(own, "component");
  const inherits = inheritsOf(own);
  if (typeof pointer !== "string" && inherits.length === 0) return NO_INHERITANCE;
  if (typeof pointer === "string") visit(component, pointer, [component], "component");
  for (const b of inherits) visit(component, b, [component], "inherits");

  return {
    chain,
    mergeOrder,
    layers,
    legacyFolder: typeof pointer === "string" ? legacyFolder(lookup, component, pointer) : undefined,
  };
}

const NO_INHERITANCE: Inheritance = Object.freeze({ chain: [], mergeOrder: [], layers: [] });

function inheritsOf(section: JsonMap): string[] {
  const inherits = getKey(getMap(section, "metadata") ?? {}, "inherits");
  return Array.isArray(inherits) ? inherits.filter((x): x is string => typeof x === "string") : [];
}

/** Follows `component:` pointers while they name YAML-defined components. */
function legacyFolder(
  lookup: (name: string) => JsonValue | undefined,
  self: string,
  pointer: string,
): string | undefined {
  if (pointer === self || lookup(pointer) === undefined) return undefined;
  let cur = pointer;
  const seen = new Set([self, cur]);
  for (;;) {
    const section = lookup(cur);
    const next = isJsonMap(section) ? getKey(section, "component") : undefined;
    if (typeof next !== "string" || seen.has(next) || lookup(next) === undefined) return cur;
    seen.add(next);
    cur = next;
  }
}

function checkFolder(input: InheritanceInput, c: string, b: string): void {
  if (!fs.existsSync(input.terraformBasePath)) return;
  const folder = path.join(input.terraformBasePath, b);
  if (!fs.existsSync(folder)) {
    input.warnings.push(EngineErrors.componentFolderMissing(c, b, folder, input.siteOf(c, ["component"])));
  }
}
