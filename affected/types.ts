/**
 * Public types of `describe affected`: what changed between two git refs, one item per atmos
 * component instance (atmos's `Affected` shape, camelCase here; `output.ts` writes atmos's JSON).
 */
import type { JsonMap } from "../config-engine/types";

/**
 * Why an item is affected. The per-component checks give `stack.metadata`, `component.module`,
 * `component`, `stack.<section>`, `stack.settings`, `file`, `folder`; a spaces instance whose
 * declared policy files changed gets `policy`; deleted detection gives
 * `deleted` / `deleted.stack`; admin stacks get `spacelift.admin_stack` (this app's ownership) or
 * `stack.settings.spacelift.admin_stack_selector` (atmos's selector).
 */
export type AffectedReason = string;

/** Reasons with a fixed spelling (the `stack.<section>` family is open-ended). */
export const Reasons = {
  metadata: "stack.metadata",
  module: "component.module",
  component: "component",
  settings: "stack.settings",
  file: "file",
  folder: "folder",
  /** A policy file a spaces instance declares changed (this project's addition, policy-inputs.ts). */
  policy: "policy",
  deleted: "deleted",
  deletedStack: "deleted.stack",
  adminStack: "spacelift.admin_stack",
  adminStackSelector: "stack.settings.spacelift.admin_stack_selector",
} as const;

/** The naming context atmos copies from `vars` into deleted items and dependents. */
export interface ContextFields {
  readonly namespace?: string;
  readonly tenant?: string;
  readonly environment?: string;
  readonly stage?: string;
}

/** A component that depends on an affected one (`--include-dependents`), with its own dependents. */
export interface Dependent extends ContextFields {
  readonly component: string;
  readonly componentType: "terraform";
  readonly componentPath: string;
  readonly stack: string;
  readonly stackSlug: string;
  readonly spaceliftStack?: string;
  readonly dependents: readonly Dependent[];
  readonly includedInDependents: boolean;
  /** Only with `--include-settings`. */
  readonly settings?: JsonMap;
}

/** One affected component instance. */
export interface AffectedItem extends ContextFields {
  readonly component: string;
  readonly componentType: "terraform";
  /** `<base_path as configured>/<components.terraform.base_path>/<folder>`. */
  readonly componentPath: string;
  readonly stack: string;
  /** `<stack>-<component with / → ->`. */
  readonly stackSlug: string;
  /** The Spacelift stack id, only for workspace-enabled components. */
  readonly spaceliftStack?: string;
  /** The first reason found, in the order of the checks. */
  readonly affected: AffectedReason;
  /** Every distinct reason, in the order found. */
  readonly affectedAll: readonly AffectedReason[];
  /** The declared dependency file that changed (reason `file`). */
  readonly file?: string;
  /** The declared dependency folder with a change (reason `folder`). */
  readonly folder?: string;
  readonly dependents: readonly Dependent[];
  readonly includedInDependents: boolean;
  /** Only with `--include-settings`. */
  readonly settings?: JsonMap;
  readonly deleted?: true;
  /** `component`: the stack still exists; `stack`: the whole stack is gone. */
  readonly deletionType?: "component" | "stack";
}

/** Options of the affected computation (the CLI flags). */
export interface AffectedOptions {
  /** Add the admin stacks that manage affected Spacelift stacks. @default false */
  readonly includeSpaceliftAdminStacks?: boolean;
  /** Fill `dependents` (reverse `dependencies.components` / `settings.depends_on`). @default false */
  readonly includeDependents?: boolean;
  /** Add each item's `settings`. @default false */
  readonly includeSettings?: boolean;
  /** Skip components with `metadata.locked: true`. @default false */
  readonly excludeLocked?: boolean;
  /** Only this logical stack. @default - every stack */
  readonly stack?: string;
}
