/**
 * The model of preview environments: everything the manager stack creates, decided here so the
 * constructs only translate it into resources.
 */
import type { EnvironmentVariable } from "./types";

/** The pull request that owns an environment. */
export interface PreviewPullRequest {
  readonly owner: string;
  readonly repository: string;
  readonly number: number;
}

/** One preview environment: a Spacelift stack and what it needs. */
export interface PreviewEnvironmentModel {
  /** The environment id (7 hex characters). */
  readonly id: string;
  /** The Spacelift stack id (slug), equal to its name: `<service>-preview-<id>`. */
  readonly stackId: string;
  readonly service: string;
  /** The environment file (display path). */
  readonly file: string;
  readonly pullRequest: PreviewPullRequest;
  /** The artifact version (`TF_VAR_code_version`). */
  readonly codeVersion: string;
  /** When the environment file was first written (UTC, `YYYY-MM-DDTHH:MM:SSZ`). */
  readonly createdAt: string;
  /** Unix timestamp (seconds) of the scheduled deletion: `created_at` + the service's TTL. */
  readonly deleteAt: number;
  readonly description: string;
  readonly repository: string;
  readonly branch: string;
  readonly projectRoot: string;
  readonly runnerImage?: string;
  readonly terraformVersion?: string;
  readonly terraformWorkflowTool: "TERRAFORM_FOSS" | "OPEN_TOFU" | "CUSTOM";
  readonly manageState: boolean;
  readonly spaceName: string;
  readonly workerPoolName?: string;
  /** Final labels, sorted. */
  readonly labels: readonly string[];
  /** `TF_VAR_environment`, `TF_VAR_code_version`, then the template's variables, by name. */
  readonly environment: readonly EnvironmentVariable[];
  readonly awsRole?: {
    readonly roleArn: string;
    readonly externalId?: string;
    readonly generateCredentialsInWorker: boolean;
  };
  /** Policies attached by name, sorted. */
  readonly policyNames: readonly string[];
}

/** One service directory a manager owns. */
export interface PreviewServiceModel {
  readonly name: string;
  /** The service template (display path). */
  readonly templateFile: string;
  readonly ttlHours: number;
  readonly spaceName: string;
  /** Its environments, sorted by stack id. */
  readonly environments: readonly PreviewEnvironmentModel[];
}

/** What one `spacelift/preview-environments` instance (the manager stack) creates. */
export interface PreviewEnvironmentsConfig {
  /** The manager's Spacelift stack id (the `preview-environment-managed-by:` label value). */
  readonly managerId: string;
  /** Its services, sorted by name. */
  readonly services: readonly PreviewServiceModel[];
}
