/**
 * What a break-glass runbook and the deployment-role inventory say, as data. Renderers turn these
 * into Markdown, plain text or JSON; nothing here knows about output formats.
 */
import type { StackKind } from "../model";

/**
 * What a break-glass target is: a kind of model stack, or a preview environment (a Spacelift stack
 * that a preview-environments manager declares in an environment file, not an atmos component).
 */
export type TargetKind = StackKind | "preview-environment";

/** Where the repository keeps this app and the atmos config, repository-relative (`""` = the root). */
export interface RepositoryLayout {
  /** Directory holding atmos.yaml (`integrations.spacelift_atmos` → `configDirInRepo`). */
  readonly configDirInRepo: string;
  /** atmos base path (`basePathInRepo`). */
  readonly basePathInRepo: string;
  /** Directory of this app's package.json (`integrations.spacelift_atmos.app.project_root`). */
  readonly appProjectRoot: string;
}

/** How a stack's Terraform state is kept, as the runbook needs to know it. */
export type StateLocation =
  /** `manage_state: true`: the state exists only in Spacelift. */
  | { readonly kind: "spacelift" }
  /** No backend and not Spacelift-managed: a local file that does not outlive a run. */
  | { readonly kind: "none" }
  /**
   * Not Spacelift-managed, and the backend is declared by the stack's Terraform code (a preview
   * environment's root module), which this configuration does not describe.
   */
  | { readonly kind: "root-module"; readonly repository: string; readonly projectRoot: string }
  | S3StateLocation
  /** Another atmos backend type; only its type is reported (its settings may hold credentials). */
  | { readonly kind: "other"; readonly backendType: string };

/** A state object in S3, with what Terraform needs to reach and lock it. */
export interface S3StateLocation {
  readonly kind: "s3";
  readonly bucket: string;
  /** The object key of this stack's state (workspace path included). */
  readonly key: string;
  /** @default - the region of the operator's AWS configuration */
  readonly region?: string;
  readonly encrypt: boolean;
  /** @default - the bucket's default encryption */
  readonly kmsKeyId?: string;
  /** Empty when nothing locks the state. */
  readonly locks: readonly StateLock[];
  /** Role the backend assumes for state access (`assume_role.role_arn`, or the legacy `role_arn`). */
  readonly roleArn?: string;
  /** AWS profile the backend names (must exist on the operator's machine). */
  readonly profile?: string;
}

/** One state-locking mechanism of an S3 backend. */
export type StateLock =
  | { readonly kind: "s3-lockfile"; readonly key: string }
  | { readonly kind: "dynamodb"; readonly table: string };

/** Which APIs a stack's resources live behind, by kind: decides what works while Spacelift is down. */
export interface StackApis {
  /** Its resources are AWS resources: it needs a deployment role. */
  readonly aws: boolean;
  /** Its resources are Spacelift resources: plan and apply need the Spacelift API. */
  readonly spacelift: boolean;
}

/** The role a runbook assumes, and where it comes from. */
export interface RunbookRole {
  readonly arn: string;
  /** Only with the stack's own role (a break-glass role has its own trust policy). */
  readonly externalId?: string;
  /** `stack`: the stack's Spacelift AWS integration; `override`: `--role-arn`. */
  readonly source: "stack" | "override";
}

/** One step of a runbook: prose, then shell commands to run in order. */
export interface RunbookStep {
  readonly title: string;
  /** Sentences; inline code is written in backticks. */
  readonly notes: readonly string[];
  /** Shell lines (bash or zsh), run from where the previous step left off. */
  readonly commands: readonly string[];
}

/** Everything an operator needs to run one stack without Spacelift. */
export interface Runbook {
  readonly stackId: string;
  readonly kind: TargetKind;
  /** False for app components deployed by hand (a state backend). */
  readonly runBySpacelift: boolean;
  /** The admin stack that creates it. @default - none (not run by Spacelift) */
  readonly managerId?: string;
  /** Logical atmos stack name (what `atmos … -s` takes). */
  readonly atmosStack: string;
  readonly atmosComponent: string;
  /**
   * Terraform folder of the component; for a preview environment, the root module's directory in
   * its repository (`.` for the repository root).
   */
  readonly componentFolder: string;
  /** Stack manifest, relative to the stacks base path, without extension. */
  readonly stackFile: string;
  /** @default - not run by Spacelift */
  readonly repository?: string;
  /** @default - not run by Spacelift */
  readonly branch?: string;
  /** For a preview environment: where it is declared. @default - not a preview environment */
  readonly preview?: RunbookPreview;
  readonly apis: StackApis;
  /** False when the state exists only in Spacelift: nothing can be run without it. */
  readonly runnable: boolean;
  /** @default - no role assumed (the stack needs AWS only for its state) */
  readonly role?: RunbookRole;
  /** The stack's own Spacelift role when `--role-arn` replaces it. @default - none */
  readonly spaceliftRoleArn?: string;
  readonly state: StateLocation;
  /** Terraform workspace the commands select (`default` for app stacks). */
  readonly workspace: string;
  /** `terraform` or `tofu`. */
  readonly binary: string;
  /** Version the Spacelift stack pins. @default - not pinned */
  readonly terraformVersion?: string;
  /** Facts an operator must know before starting (also printed at the top). */
  readonly warnings: readonly string[];
  readonly steps: readonly RunbookStep[];
}

/** Where a preview environment is declared, and what it runs with. */
export interface RunbookPreview {
  readonly service: string;
  /** The environment file (display path, under the atmos base path). */
  readonly file: string;
  /** The service template (display path). */
  readonly templateFile: string;
  /** Unix timestamp (seconds) at which Spacelift deletes the stack with its resources. */
  readonly deleteAt: number;
}

/** Output formats of a runbook. */
export const RUNBOOK_FORMATS = ["markdown", "text", "json"] as const;
/** An output format of a runbook. */
export type RunbookFormat = (typeof RUNBOOK_FORMATS)[number];

/** Output formats of the inventory. */
export const INVENTORY_FORMATS = ["markdown", "json"] as const;
/** An output format of the inventory. */
export type InventoryFormat = (typeof INVENTORY_FORMATS)[number];
