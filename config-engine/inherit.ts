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
import type { JsonMap } from "./types";

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

/** Resolves the bases of one component. */
export function resolveInheritance(input: InheritanceInput): Inheritance {
  const { component, components } = input;
  const chain: string[] = [];
  const mergeOrder: string[] = [];
  const layers: JsonMap[] = [];
  const own = getMap(components, component) ?? {};

  const visit = (c: string, b: string, onPath: readonly string[], via: "component" | "inherits"): void => {
    if (via === "component" && b === c) return;
    if (onPath.includes(b)) {
      fail(EngineErrors.inheritsCycle([...onPath.slice(onPath.indexOf(b)), b], input.stackFile, input.siteOf(c, ["metadata", "inherits"])));
    }
    const section = getKey(components, b);
    if (section === undefined) {
      if (via === "inherits") {
        fail(EngineErrors.inheritsTargetMissing(c, b, input.stackFile, input.siteOf(c, ["metadata", "inherits"])));
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
  if (typeof pointer === "string") visit(component, pointer, [component], "component");
  for (const b of inheritsOf(own)) visit(component, b, [component], "inherits");

  return { chain, mergeOrder, layers, legacyFolder: typeof pointer === "string" ? legacyFolder(components, component, pointer) : undefined };
}

function inheritsOf(section: JsonMap): string[] {
  const inherits = getKey(getMap(section, "metadata") ?? {}, "inherits");
  return Array.isArray(inherits) ? inherits.filter((x): x is string => typeof x === "string") : [];
}

/** Follows `component:` pointers while they name YAML-defined components. */
function legacyFolder(components: JsonMap, self: string, pointer: string): string | undefined {
  if (pointer === self || getKey(components, pointer) === undefined) return undefined;
  let cur = pointer;
  const seen = new Set([self, cur]);
  for (;;) {
    const next = getKey(getMap(components, cur) ?? {}, "component");
    if (typeof next !== "string" || seen.has(next) || getKey(components, next) === undefined) return cur;
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
