/**
 * What every check of one run shares: both sides, the changed files, the options, the warning
 * list, and cached lookups (components by (stack, component), repository-relative paths).
 */
import * as path from "node:path";
import type { Diagnostic } from "../config-engine/diagnostics";
import type { AtmosConfig, ResolvedComponent, ResolvedStacks } from "../config-engine/types";
import type { ChangedFiles } from "./changed-files";
import { itemKey } from "./items";
import { relativeInside, type Side } from "./sides";
import type { AffectedOptions } from "./types";

/** A side that has configuration (HEAD always does). */
export interface ResolvedSide {
  readonly root: string;
  readonly config: AtmosConfig;
  readonly resolved: ResolvedStacks;
}

/** Shared state of one `describe affected` run. */
export class Comparison {
  readonly head: ResolvedSide;
  /** Undefined when BASE counts as empty. */
  readonly base?: ResolvedSide;
  readonly warnings: Diagnostic[] = [];
  private readonly headIndex: ReadonlyMap<string, ResolvedComponent>;
  private readonly baseIndex: ReadonlyMap<string, ResolvedComponent>;
  private readonly relCache = new Map<string, string | undefined>();

  constructor(
    head: Side,
    base: Side,
    readonly changed: ChangedFiles,
    readonly options: AffectedOptions,
  ) {
    if (!head.config || !head.resolved) throw new Error("the HEAD side must be resolved");
    this.head = { root: head.root, config: head.config, resolved: head.resolved };
    if (base.config && base.resolved)
      this.base = { root: base.root, config: base.config, resolved: base.resolved };
    this.headIndex = indexComponents(this.head.resolved);
    this.baseIndex = this.base ? indexComponents(this.base.resolved) : new Map();
  }

  /** The HEAD component of (logical stack, atmos component); stack file names are not accepted. */
  headComponent(stack: string, component: string): ResolvedComponent | undefined {
    return this.headIndex.get(itemKey(stack, component));
  }

  /** The BASE component of (logical stack, atmos component). */
  baseComponent(stack: string, component: string): ResolvedComponent | undefined {
    return this.baseIndex.get(itemKey(stack, component));
  }

  /** Whether the `--stack` filter keeps `stack`. */
  inScope(stack: string): boolean {
    return this.options.stack === undefined || this.options.stack === stack;
  }

  /** Whether the per-component checks skip `c` (abstract, disabled, or locked with `--exclude-locked`). */
  skips(c: ResolvedComponent): boolean {
    return c.abstract || !c.enabled || (this.options.excludeLocked === true && c.locked);
  }

  /** `abs` (a path in the HEAD tree) relative to the repository root with `/`, or undefined when outside. */
  headRelative(abs: string): string | undefined {
    if (this.relCache.has(abs)) return this.relCache.get(abs);
    const rel = relativeInside(this.head.root, abs)?.split(path.sep).join("/");
    this.relCache.set(abs, rel);
    return rel;
  }
}

function indexComponents(resolved: ResolvedStacks): Map<string, ResolvedComponent> {
  return new Map(resolved.components.map((c) => [itemKey(c.atmosStack, c.atmosComponent), c]));
}
