/**
 * The Spacelift model: what exists in Spacelift and with which settings, decided from the atmos
 * configuration. Constructs translate these typed objects into resources and decide nothing.
 */
import type { Diagnostic } from "../config-engine/diagnostics";
import type { JsonMap, ResolvedComponent } from "../config-engine/types";
import type { AdminStackVars } from "./admin-stack-config";
import type { Implementation } from "./integration-config";
import type { PreviewEnvironmentsConfig } from "./preview-types";
import type { HookKey } from "./spacelift-settings";
import type { StateBackendConfig } from "./state-backend-config";
import type { WorkerPoolConfig } from "./worker-pool-types";

/** What runs in a Spacelift stack: an HCL component through atmos, or one of this app's components. */
export type StackKind = "component" | Implementation;

/** A stack environment variable. Values come from YAML, which is committed: never secrets. */
export interface EnvironmentVariable {
  readonly name: string;
  readonly value: string;
}

/** The VCS provider block of a stack (exactly one kind, when not the account default GitHub app). */
export interface VcsSettings {
  readonly provider:
    | "azure_devops"
    | "bitbucket_cloud"
    | "bitbucket_datacenter"
    | "github_enterprise"
    | "gitlab"
    | "showcase"
    | "raw_git";
  /** `namespace` (or `project` for Azure DevOps). */
  readonly namespace: string;
  /** The VCS integration id; without it Spacelift uses the account's default integration. */
  readonly id?: string;
  /** raw_git only. */
  readonly url?: string;
}

/** One Spacelift stack. */
export interface StackModel {
  /** The stack's name and this app's key for it (labels, construct ids, logical ids). */
  readonly id: string;
  /** The Spacelift stack id: equal to `id` unless the stack was renamed (`previousNames[0]`). */
  readonly slug: string;
  readonly kind: StackKind;
  readonly atmosComponent: string;
  /** Logical atmos stack name (describe naming). */
  readonly atmosStack: string;
  /** Stack prefix on atmos's Spacelift path (the value of ATMOS_STACK). */
  readonly stackPrefix: string;
  /** Terraform folder of the component. */
  readonly component: string;
  readonly stackFile: string;
  /** The admin stack that creates this stack; the root admin stack creates itself. */
  readonly managerId: string;
  readonly description?: string;
  readonly repository: string;
  readonly branch: string;
  readonly projectRoot: string;
  /** Final labels, atmos's order, de-duplicated. */
  readonly labels: readonly string[];
  /** `root` or a space declared in a spaces component (or listed as external). */
  readonly spaceName: string;
  readonly workerPoolName?: string;
  /** Policy names attached explicitly, sorted. */
  readonly policyNames: readonly string[];
  /** Context ids; the attachment priority is the list index. */
  readonly contextAttachments: readonly string[];
  readonly hooks: Readonly<Partial<Record<HookKey, readonly string[]>>>;
  readonly runnerImage?: string;
  readonly terraformVersion?: string;
  readonly terraformWorkflowTool: "TERRAFORM_FOSS" | "OPEN_TOFU" | "CUSTOM";
  readonly terraformWorkspace?: string;
  readonly terraformSmartSanitization: boolean;
  readonly autodeploy: boolean;
  readonly autoretry: boolean;
  readonly localPreviewEnabled: boolean;
  readonly manageState: boolean;
  readonly protectFromDeletion: boolean;
  readonly additionalProjectGlobs: readonly string[];
  readonly enableSensitiveOutputsUpload?: boolean;
  readonly vcs?: VcsSettings;
  readonly environment: readonly EnvironmentVariable[];
  /** Component vars mounted as `spacelift.auto.tfvars.json` (HCL components only). */
  readonly mountedVars?: JsonMap;
  readonly awsRole?: {
    readonly roleArn: string;
    readonly externalId?: string;
    readonly generateCredentialsInWorker: boolean;
  };
  /**
   * A reusable AWS integration attached to the stack (`spacelift_aws_integration_attachment`).
   * Exactly one of `name` (looked up at plan time, with a precondition) and `id`.
   */
  readonly awsIntegration?: {
    readonly name?: string;
    readonly id?: string;
    /** Used for read (plan) runs. */
    readonly read: boolean;
    /** Used for write (apply) runs. */
    readonly write: boolean;
  };
  readonly driftDetection?: {
    readonly reconcile: boolean;
    readonly schedule: readonly string[];
    readonly timezone: string;
    readonly ignoreState: boolean;
  };
  readonly webhook?: {
    readonly endpoint: string;
    /** Terraform variable whose value (TF_VAR_<name>) is the secret; never a literal. */
    readonly secretVariable?: string;
  };
  readonly spaceliftRun?: { readonly commitSha?: string };
  /** The destructor always exists; `active` means removing the stack destroys its resources. */
  readonly destructorActive: boolean;
  /** Stacks this one depends on (Spacelift stack ids), sorted. */
  readonly dependsOn: readonly string[];
  /** Whether dependencies become `spacelift_stack_dependency` resources (else `depends-on:` labels only). */
  readonly stackDependencyResources: boolean;
  /** Spaces where this stack gets the built-in "Space admin" role (replaces `administrative`). */
  readonly spaceAdminIn: readonly string[];
  /**
   * Former ids of this stack, oldest first (YAML order): its resources are moved, not replaced, and
   * its Spacelift id (slug) stays the oldest name.
   */
  readonly previousNames: readonly string[];
  /**
   * A renamed stack whose `terraform_workspace` follows the new name (`move_state: true`): the
   * state must be moved by hand (diff: `STACK_STATE_MOVED`).
   * @default false - a renamed stack keeps the workspace it has in Spacelift (`ignore_changes`).
   */
  readonly moveStateOnRename?: boolean;
  readonly source: ResolvedComponent;
}

/**
 * A Spacelift stack atmos's stack processor produces (workspace enabled, not abstract, enabled)
 * that no admin stack creates: the legacy layout (no admin stack at all) or an orphan no admin
 * stack's context_filters select. Listed by `describe spacelift` with no manager, never
 * synthesized, and absent from `SpaceliftModel.stacks` (so diff, graph, runbooks and constructs
 * only ever see stacks this app creates).
 */
export interface UnmanagedStackModel {
  /** The stack name atmos derives (the key of atmos's `describe stacks` Spacelift map). */
  readonly id: string;
  readonly kind: StackKind;
  /** atmos's labels, as its processor writes them (imports, deps, settings labels, depends-on, folders). */
  readonly labels: readonly string[];
  /** Spacelift stacks this one depends on, sorted. */
  readonly dependsOn: readonly string[];
  /** `settings.spacelift.space_name` (or its pattern), when the stack sets one. */
  readonly spaceName?: string;
  /** `settings.spacelift.worker_pool_name`, when set. */
  readonly workerPoolName?: string;
  /** `settings.spacelift.policies`, sorted (no admin-stack attachments apply). */
  readonly policyNames: readonly string[];
  readonly source: ResolvedComponent;
}

/** An admin stack: the root one or a tenant one. */
export interface AdminStackModel {
  readonly id: string;
  readonly isRoot: boolean;
  readonly vars: AdminStackVars;
  /** Ids of the stacks it creates (for the root, including itself), sorted. */
  readonly managedStackIds: readonly string[];
}

/** A Spacelift space declared by a spaces component. */
export interface SpaceModel {
  readonly name: string;
  /** Parent space name (`root` for top-level spaces). */
  readonly parentName: string;
  readonly description?: string;
  readonly inheritEntities: boolean;
  readonly labels: readonly string[];
  /** Id of the spaces stack that creates it. */
  readonly definedBy: string;
}

/** Spacelift policy types (provider v1.53.5). */
export const POLICY_TYPES = [
  "ACCESS",
  "APPROVAL",
  "GIT_PUSH",
  "INITIALIZATION",
  "INTENT",
  "LOGIN",
  "PLAN",
  "TASK",
  "TRIGGER",
  "NOTIFICATION",
] as const;

/** A Spacelift policy type. */
export type PolicyType = (typeof POLICY_TYPES)[number];

/** Where a policy body comes from. */
export type PolicyBody =
  | { readonly kind: "inline"; readonly text: string }
  | { readonly kind: "file"; readonly path: string; readonly text: string }
  | { readonly kind: "url"; readonly url: string };

/** A Spacelift policy declared by a spaces component. */
export interface PolicyModel {
  readonly name: string;
  readonly type: PolicyType;
  readonly engineType: "REGO_V0" | "REGO_V1";
  readonly description?: string;
  /** Space labels ∪ policy labels, sorted. */
  readonly labels: readonly string[];
  readonly spaceName: string;
  readonly body: PolicyBody;
  readonly definedBy: string;
}

/** A worker pool created by a worker-pool component. */
export interface WorkerPoolModel {
  readonly name: string;
  /** Id of the worker-pool stack that creates it. */
  readonly definedBy: string;
  readonly spaceName: string;
}

/**
 * An instance of a component this app implements: one cdktf stack named by its Spacelift stack
 * id, whether or not a Spacelift stack runs it (a state backend is deployed by hand).
 */
export interface AppComponentModel {
  /** The cdktf stack name: the Spacelift stack id (derived even when the workspace is disabled). */
  readonly id: string;
  readonly implementation: Implementation;
  readonly source: ResolvedComponent;
  /** Set when a Spacelift stack runs this instance. */
  readonly spaceliftStack?: StackModel;
  /** The parsed vars of a worker-pool instance. */
  readonly workerPool?: WorkerPoolConfig;
  /** The parsed vars of a state-backend instance. */
  readonly stateBackend?: StateBackendConfig;
  /** The services and environments of a preview-environments manager instance. */
  readonly previewEnvironments?: PreviewEnvironmentsConfig;
}

/** Everything the constructs need. */
export interface SpaceliftModel {
  /** Every Spacelift stack this app creates (each has a manager), sorted by id. */
  readonly stacks: readonly StackModel[];
  /**
   * Spacelift stacks atmos produces that no admin stack creates (legacy layout, orphans), sorted by
   * id. Only `describe spacelift` lists them; nothing is synthesized for them.
   */
  readonly unmanagedStacks: readonly UnmanagedStackModel[];
  readonly adminStacks: readonly AdminStackModel[];
  readonly rootAdminStackId?: string;
  readonly spaces: readonly SpaceModel[];
  readonly policies: readonly PolicyModel[];
  readonly workerPools: readonly WorkerPoolModel[];
  /** Instances of app-implemented components, sorted by id. */
  readonly appComponents: readonly AppComponentModel[];
  /** Names that exist in Spacelift outside this config (looked up by name at plan time). */
  readonly external: {
    readonly policies: readonly string[];
    readonly workerPools: readonly string[];
    readonly spaces: readonly string[];
  };
  readonly warnings: readonly Diagnostic[];
  stack(id: string): StackModel | undefined;
}
