/**
 * `describe affected` end to end: resolve both sides (sides.ts), run the per-component checks and
 * the policy-file check (policy-inputs.ts), deleted detection, admin stacks and dependents, and
 * return the items sorted by (stack, component, component type). Temporary checkouts are removed
 * before returning, error or not.
 */
import { DiagnosticError, isDiagnosticError, type Diagnostic } from "../config-engine/diagnostics";
import type { ResolvedStacks } from "../config-engine/types";
import {
  buildSpaceliftModel,
  readIntegrationConfig,
  type BuildModelOptions,
  type SpaceliftModel,
} from "../model";
import { openCatalog } from "../policies/catalog";
import { catalogDirIn } from "../policies/catalog-dir";
import { addAdminStacks } from "./admin-stacks";
import type { ChangedFiles } from "./changed-files";
import { checkHeadComponents } from "./checks";
import { Comparison } from "./comparison";
import { detectDeleted } from "./deleted";
import { withDependents } from "./dependents";
import { AffectedItems } from "./items";
import { checkPolicyInputs } from "./policy-inputs";
import { loadSides, type Side, type SideOptions } from "./sides";
import type { AffectedItem, AffectedOptions } from "./types";

/** Options of {@link describeAffected}. */
export interface DescribeAffectedOptions extends SideOptions, AffectedOptions {
  /**
   * How to build the Spacelift models (needed with `includeSpaceliftAdminStacks`).
   * @default - none; admin stacks cannot be included without it
   */
  readonly modelOptions?: BuildModelOptions;
}

/** The result: items plus warnings for the caller to print. */
export interface AffectedResult {
  readonly items: readonly AffectedItem[];
  readonly warnings: readonly Diagnostic[];
}

/** Compares `--base` with the working tree (or `--head`). Throws DiagnosticError on bad input. */
export function describeAffected(options: DescribeAffectedOptions): AffectedResult {
  const sides = loadSides(options);
  try {
    return findAffected({
      head: sides.head,
      base: sides.base,
      changed: sides.changed,
      options,
      ...(options.modelOptions ? { modelOptions: options.modelOptions } : {}),
      baseLabel: options.base,
      warnings: sides.warnings,
    });
  } finally {
    sides.dispose();
  }
}

/** Inputs of {@link findAffected}: two resolved sides and the files changed between them. */
export interface FindAffectedInputs {
  readonly head: Side;
  readonly base: Side;
  readonly changed: ChangedFiles;
  readonly options: AffectedOptions;
  /** @default - none (required with `includeSpaceliftAdminStacks`) */
  readonly modelOptions?: BuildModelOptions;
  /** How BASE is named in messages. @default "base" */
  readonly baseLabel?: string;
  /** Warnings gathered while loading the sides. @default [] */
  readonly warnings?: readonly Diagnostic[];
}

/** The checks over two already resolved sides (no git involved). */
export function findAffected(inputs: FindAffectedInputs): AffectedResult {
  const { options } = inputs;
  const cmp = new Comparison(inputs.head, inputs.base, inputs.changed, options);
  const items = new AffectedItems(options.includeSettings === true);
  checkHeadComponents(cmp, items);
  checkPolicyInputs(cmp, items);
  detectDeleted(cmp, items);
  if (options.includeSpaceliftAdminStacks === true) {
    if (!inputs.modelOptions) throw new Error("includeSpaceliftAdminStacks needs modelOptions");
    const build = (resolved: ResolvedStacks, label: string | undefined): SpaceliftModel =>
      buildModel(resolved, inputs.modelOptions!, label);
    addAdminStacks(cmp, items, {
      head: build(cmp.head.resolved, undefined),
      ...(cmp.base ? { base: build(cmp.base.resolved, inputs.baseLabel ?? "base") } : {}),
    });
  }
  const result = options.includeDependents === true ? withDependents(cmp, items.items()) : items.items();
  return {
    items: result,
    warnings: [...cmp.head.resolved.warnings, ...(inputs.warnings ?? []), ...cmp.warnings],
  };
}

/**
 * Builds a side's model with the side's own policy catalogue when its tree holds this app's project
 * (a BASE checkout may reference catalogue files HEAD removed); BASE errors say they come from
 * BASE (affected never drops admin stacks silently).
 */
function buildModel(
  resolved: ResolvedStacks,
  options: BuildModelOptions,
  baseLabel: string | undefined,
): SpaceliftModel {
  try {
    const integration = readIntegrationConfig(resolved.config);
    const dir = catalogDirIn(integration.repositoryRoot, integration.app.projectRoot);
    return buildSpaceliftModel(
      resolved,
      dir === undefined ? options : { ...options, catalog: openCatalog({ dir }) },
    );
  } catch (e) {
    if (!isDiagnosticError(e) || baseLabel === undefined) throw e;
    throw new DiagnosticError(
      e.diagnostics.map((d) => ({ ...d, message: `in --base '${baseLabel}': ${d.message}` })),
    );
  }
}
