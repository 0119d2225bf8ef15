/**
 * The JSON shape of `spacelift-atmos diff --format json` (schemaVersion 1). Every list is sorted
 * (stacks by id, changes by attribute or name) so two runs over the same trees print the same bytes.
 * Values of attributes are shown as the reviewer knows them: references to spaces, policies, worker
 * pools, roles and stacks are decoded to their names (`space_id: "plat"`, never
 * `${one(lookup(local.space_ids_by_name, "plat", []))}`).
 */

/** A JSON value as found in cdk.tf.json. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** How an entity changed between base and head. */
export type ChangeKind = "added" | "removed" | "changed";

/**
 * How a Spacelift stack changed. `renamed`: kept through `moved` blocks (same Spacelift stack, new
 * name). `replaced`: the Spacelift stack is deleted and a new one created (a ForceNew attribute
 * changed, or it moved to another admin stack, whose Terraform state is separate).
 */
export type StackChangeKind = ChangeKind | "renamed" | "replaced";

/** One attribute, before and after (absent = not set on that side). */
export interface AttributeChange {
  readonly attribute: string;
  readonly before?: Json;
  readonly after?: Json;
}

/** Members added to and removed from a set (labels, attached policies, dependencies). */
export interface SetChange {
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

/** One line of a list or text diff: kept (" "), added ("+"), removed ("-") or a hunk header ("@"). */
export interface DiffLine {
  readonly op: " " | "+" | "-" | "@";
  readonly text: string;
}

/** An ordered list (a hook) before and after, with its line diff. */
export interface ListChange {
  readonly name: string;
  readonly before: readonly string[];
  readonly after: readonly string[];
  readonly lines: readonly DiffLine[];
}

/** A keyed value (environment variable, component var by key path). */
export interface ValueChange {
  readonly key: string;
  readonly change: ChangeKind;
  readonly before?: Json;
  readonly after?: Json;
}

/** The destructor of a stack on one side. */
export interface DestructorState {
  /** `deactivated = false`: deleting the destructor runs `terraform destroy` on the stack first. */
  readonly active: boolean;
}

/** A resource attached to a stack that has no dedicated field (AWS role, drift detection, webhook, run…). */
export interface AttachedResourceChange {
  readonly type: string;
  /** The logical id without the stack id (`""` for one-per-stack resources). */
  readonly key: string;
  readonly change: ChangeKind;
  readonly attributes: readonly AttributeChange[];
}

/** One Spacelift stack that changed. */
export interface StackDiff {
  /** Stack id on the head side (base side when removed). */
  readonly id: string;
  readonly change: StackChangeKind;
  /** The id it had on the base side, when renamed or replaced under another id. */
  readonly previousId?: string;
  /** Why it is replaced (one sentence), when `change` is `replaced`. */
  readonly replacedBecause?: string;
  /** The cdktf stack (admin stack) that creates it, per side. */
  readonly adminStack: { readonly before?: string; readonly after?: string };
  /** The atmos component and stack (ATMOS_COMPONENT / ATMOS_STACK), from head, else base. */
  readonly atmosComponent?: string;
  readonly atmosStack?: string;
  /** `vars.stage` of the component, from head, else base. */
  readonly stage?: string;
  /** `spacelift_stack` attributes other than labels and hooks. */
  readonly attributes: readonly AttributeChange[];
  readonly labels: SetChange;
  readonly hooks: readonly ListChange[];
  readonly environment: readonly ValueChange[];
  /** Component vars of the mounted `spacelift.auto.tfvars.json`, by dotted key path. */
  readonly vars: readonly ValueChange[];
  /** Names of attached policies. */
  readonly policies: SetChange;
  /** Attached contexts (`<context id> (priority <n>)`). */
  readonly contexts: SetChange;
  /** Role attachments (`<role> in <space>`). */
  readonly roleAttachments: SetChange;
  /** Stack ids (slugs) this stack depends on. */
  readonly dependsOn: SetChange;
  readonly destructor: { readonly before?: DestructorState; readonly after?: DestructorState };
  readonly otherResources: readonly AttachedResourceChange[];
  /**
   * An added stack that an `import` block adopts (docs/adoption.md): the Spacelift stack exists
   * already and is taken over, not created. @default false
   */
  readonly imported?: boolean;
}

/** A policy that changed. */
export interface PolicyDiff {
  readonly name: string;
  readonly change: ChangeKind;
  readonly cdktfStack: { readonly before?: string; readonly after?: string };
  readonly attributes: readonly AttributeChange[];
  readonly labels: SetChange;
  /** Unified diff of the Rego body (3 lines of context), when it changed. */
  readonly body?: readonly DiffLine[];
}

/** A space, worker pool or any other named entity that changed. */
export interface EntityDiff {
  readonly name: string;
  readonly change: ChangeKind;
  readonly cdktfStack: { readonly before?: string; readonly after?: string };
  readonly attributes: readonly AttributeChange[];
  readonly labels: SetChange;
}

/** A resource that belongs to no stack, space, policy or worker pool (e.g. AWS resources). */
export interface ResourceDiff {
  /** `<cdktf stack>/<type>.<name>`. */
  readonly address: string;
  readonly change: ChangeKind;
  readonly attributes: readonly AttributeChange[];
}

/** Red flag codes, in the order the report lists them. */
export const RED_FLAG_CODES = [
  "STACK_DESTROYED",
  "STACK_REPLACED",
  "DESTRUCTOR_ACTIVATED",
  "DELETION_PROTECTION_REMOVED",
  "SPACE_CHANGED",
  "SOURCE_CHANGED",
  "ROLE_ATTACHMENT_ADDED",
  "POLICY_REMOVED_WHILE_ATTACHED",
  "SPACE_REMOVED_WHILE_USED",
  "WORKER_POOL_REMOVED_WHILE_USED",
  "STACK_STATE_MOVED",
  "REMOVED_BLOCK_DESTROYS",
] as const;

/** A red flag code. */
export type RedFlagCode = (typeof RED_FLAG_CODES)[number];

/** Something a reviewer must look at before approving, explained in one sentence. */
export interface RedFlag {
  readonly code: RedFlagCode;
  /** True for the destroy kind (categories `destroy` and `delete` of `--fail-on`). */
  readonly destroys: boolean;
  /** The stack, policy or space it is about. */
  readonly subject: string;
  readonly message: string;
}

/** Warning codes. */
export type DiffWarningCode =
  | "STACK_DELETED_RESOURCES_KEPT"
  | "PREVIEW_ENVIRONMENT_DESTROYED"
  | "PROTECTED_STACK_REMOVED"
  | "LOOKS_LIKE_RENAME"
  | "RENAME_ACROSS_ADMIN_STACKS"
  | "RENAME_KEEPS_WORKSPACE"
  | "SPACE_PARENT_CHANGED"
  | "CDKTF_STACK_REMOVED";

/** Worth a line in the report, not a red flag. */
export interface DiffWarning {
  readonly code: DiffWarningCode;
  readonly subject: string;
  readonly message: string;
  /** What to do, when there is something to do. */
  readonly hint?: string;
}

/** Counts per change kind. */
export type Counts<K extends string> = { readonly [P in K]: number };

/** The whole diff. */
export interface SpaceliftDiff {
  readonly schemaVersion: 1;
  /** What was compared (a git ref or a directory), as given. */
  readonly base: string;
  readonly head: string;
  readonly redFlags: readonly RedFlag[];
  readonly warnings: readonly DiffWarning[];
  readonly summary: {
    readonly stacks: Counts<StackChangeKind>;
    readonly policies: Counts<ChangeKind>;
    readonly spaces: Counts<ChangeKind>;
    readonly workerPools: Counts<ChangeKind>;
    readonly otherResources: Counts<ChangeKind>;
  };
  readonly stacks: readonly StackDiff[];
  readonly policies: readonly PolicyDiff[];
  readonly spaces: readonly EntityDiff[];
  readonly workerPools: readonly EntityDiff[];
  readonly otherResources: readonly ResourceDiff[];
  /** cdktf stacks (Terraform configurations with their own state) that appear or disappear. */
  readonly cdktfStacks: SetChange;
}
