/**
 * Accumulates affected items the way atmos's `appendToAffected` does: the first hit for a
 * (component, stack) creates the item with `affected = reason`; later hits append to
 * `affected_all`. Unlike atmos, a reason is listed once even when several checks give it (an
 * admin stack managing five affected stacks gets `spacelift.admin_stack` once, not five times).
 */
import * as path from "node:path";
import type { AtmosConfig, JsonValue, ResolvedComponent } from "../config-engine/types";
import { componentSlug, deriveStackName } from "../model/stack-names";
import type { AffectedItem, AffectedReason, ContextFields } from "./types";

/** An item under construction. */
interface Draft {
  readonly base: Omit<AffectedItem, "affected" | "affectedAll" | "dependents" | "includedInDependents">;
  readonly reasons: AffectedReason[];
  file?: string;
  folder?: string;
}

/** Extra fields of one hit. */
export interface HitDetails {
  readonly file?: string;
  readonly folder?: string;
  /** Set on deleted items. */
  readonly deletionType?: "component" | "stack";
}

/** The affected items of one run, keyed by (stack, component). */
export class AffectedItems {
  private readonly drafts = new Map<string, Draft>();

  constructor(private readonly includeSettings: boolean) {}

  /** Records that `c` (resolved on the side whose atmos.yaml is `config`) is affected for `reason`. */
  add(c: ResolvedComponent, config: AtmosConfig, reason: AffectedReason, details: HitDetails = {}): void {
    const key = itemKey(c.atmosStack, c.atmosComponent);
    let draft = this.drafts.get(key);
    if (!draft) {
      draft = { base: this.describe(c, config, details.deletionType), reasons: [] };
      this.drafts.set(key, draft);
    }
    if (!draft.reasons.includes(reason)) draft.reasons.push(reason);
    if (details.file !== undefined) draft.file ??= details.file;
    if (details.folder !== undefined) draft.folder ??= details.folder;
  }

  has(stack: string, component: string): boolean {
    return this.drafts.has(itemKey(stack, component));
  }

  /** The reasons recorded so far for (stack, component). */
  reasonsOf(stack: string, component: string): readonly AffectedReason[] {
    return this.drafts.get(itemKey(stack, component))?.reasons ?? [];
  }

  /** Every item, sorted by (stack, component, component type), without dependents. */
  items(): AffectedItem[] {
    return [...this.drafts.values()]
      .map((d): AffectedItem => ({
        ...d.base,
        affected: d.reasons[0]!,
        affectedAll: [...d.reasons],
        ...(d.file !== undefined ? { file: d.file } : {}),
        ...(d.folder !== undefined ? { folder: d.folder } : {}),
        dependents: [],
        includedInDependents: false,
      }))
      .sort(compareItems);
  }

  private describe(
    c: ResolvedComponent,
    config: AtmosConfig,
    deletionType?: "component" | "stack",
  ): Draft["base"] {
    const spaceliftStack = spaceliftStackOf(c);
    return {
      component: c.atmosComponent,
      componentType: "terraform",
      componentPath: componentPathOf(c, config),
      ...(deletionType !== undefined ? contextFields(c) : {}),
      stack: c.atmosStack,
      stackSlug: stackSlug(c.atmosStack, c.atmosComponent),
      ...(spaceliftStack !== undefined ? { spaceliftStack } : {}),
      ...(this.includeSettings ? { settings: c.settings } : {}),
      ...(deletionType !== undefined ? { deleted: true as const, deletionType } : {}),
    };
  }
}

/** atmos's `stack_slug`: `<stack>-<component with / → ->`. */
export function stackSlug(stack: string, component: string): string {
  return `${stack}-${component.replaceAll("/", "-")}`;
}

/** atmos's `component_path`: relative when `base_path` is. */
export function componentPathOf(c: ResolvedComponent, config: AtmosConfig): string {
  const base = config.basePathAsConfigured === "" ? "." : config.basePathAsConfigured.replaceAll("\\", "/");
  return path.posix.join(base, c.componentPath);
}

/**
 * The Spacelift stack id, only for components with `settings.spacelift.workspace_enabled: true`
 * (atmos's rule), named exactly as this app names the stacks it creates.
 */
export function spaceliftStackOf(c: ResolvedComponent): string | undefined {
  const spacelift = c.settings["spacelift"];
  const enabled =
    spacelift !== null &&
    typeof spacelift === "object" &&
    !Array.isArray(spacelift) &&
    spacelift["workspace_enabled"] === true;
  return enabled ? componentSlug(c, deriveStackName(c).name) : undefined;
}

/** atmos's `GetContextFromVars` subset copied into deleted items and dependents (strings only). */
export function contextFields(c: ResolvedComponent): ContextFields {
  const pick = (v: JsonValue | undefined): string | undefined =>
    typeof v === "string" && v !== "" ? v : undefined;
  const out: { -readonly [K in keyof ContextFields]: string } = {};
  for (const k of ["namespace", "tenant", "environment", "stage"] as const) {
    const v = pick(c.vars[k]);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/** Map key of (stack, component). */
export function itemKey(stack: string, component: string): string {
  return `${stack}\u0000${component}`;
}

/** The output order: stack, then component, then component type (atmos's own order is random). */
export function compareItems(
  a: { stack: string; component: string; componentType: string },
  b: { stack: string; component: string; componentType: string },
): number {
  return cmp(a.stack, b.stack) || cmp(a.component, b.component) || cmp(a.componentType, b.componentType);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
