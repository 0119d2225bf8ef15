/**
 * The typed worker-pool configuration the `WorkerPool` construct consumes: what the
 * `spacelift/worker-pool` component's vars mean once parsed, defaulted and checked
 * (see `parseWorkerPoolConfig` in `worker-pool-config.ts`, and docs/worker-pool.md for the mapping).
 */

/** Where a Terraform S3 state lives; the model fills it from the atmos backend of the component. */
export interface RemoteStateLookup {
  readonly backend: "s3";
  readonly bucket: string;
  readonly key: string;
  readonly region: string;
  /** Terraform workspace of the component in that stack. @default - the `default` workspace */
  readonly workspace?: string;
  /** `workspace_key_prefix` of the backend. @default - Terraform's `env:` */
  readonly workspaceKeyPrefix?: string;
  /** Role to assume to read the state. @default - the ambient credentials */
  readonly roleArn?: string;
}

/** The VPC and private subnets of the workers. */
export type WorkerNetwork =
  | { readonly kind: "explicit"; readonly vpcId: string; readonly privateSubnetIds: readonly string[] }
  | {
      readonly kind: "remote-state";
      readonly lookup: RemoteStateLookup;
      /** Output holding the VPC id. Cloud Posse's `vpc` component: `vpc_id`. */
      readonly vpcIdOutput: string;
      /** Output holding the private subnet ids. Cloud Posse's `vpc` component: `private_subnet_ids`. */
      readonly privateSubnetIdsOutput: string;
    };

/** The IAM roles the workers may assume. */
export type AssumableRoles =
  | { readonly kind: "explicit"; readonly roleArns: readonly string[] }
  | {
      /** Cloud Posse: the identity account's `spacelift` team role, from `account-map`'s outputs. */
      readonly kind: "account-map";
      readonly lookup: RemoteStateLookup;
      readonly roleName: string;
    }
  | { readonly kind: "none" };

/** Which AMI the launch template uses. */
export type AmiSource =
  | { readonly kind: "id"; readonly id: string }
  | {
      readonly kind: "lookup";
      readonly owners: readonly string[];
      /** `name` filter, e.g. `spacelift-*`. */
      readonly namePattern: string;
      /** Stricter `name_regex` (Spacelift's published names only). @default - none */
      readonly nameRegex?: string;
      readonly architectures: readonly string[];
    };

/** One EBS block device; `encrypted` and `volumeType` always set (safer defaults applied). */
export interface EbsVolume {
  readonly deleteOnTermination: boolean;
  readonly encrypted: boolean;
  readonly volumeType: string;
  readonly volumeSizeGiB?: number;
  readonly iops?: number;
  readonly throughputMiBps?: number;
  readonly kmsKeyId?: string;
  readonly snapshotId?: string;
}

/** One `block_device_mappings` entry. */
export interface BlockDeviceMapping {
  readonly deviceName: string;
  readonly noDevice?: boolean;
  readonly virtualName?: string;
  readonly ebs?: EbsVolume;
}

/** `mixed_instances_policy`: the only way to run spot workers. */
export interface MixedInstancesPolicy {
  readonly onDemandAllocationStrategy?: string;
  readonly onDemandBaseCapacity?: number;
  readonly onDemandPercentageAboveBaseCapacity?: number;
  readonly spotAllocationStrategy?: string;
  readonly spotInstancePools?: number;
  /** Maximum spot price per hour (USD, as a string, as AWS takes it). @default - the on-demand price */
  readonly spotMaxPrice?: string;
  /** Instance types the ASG may launch; never empty (defaults to `instance_type`). */
  readonly overrides: readonly { readonly instanceType: string; readonly weightedCapacity?: number }[];
}

/** `instance_refresh`. */
export interface InstanceRefresh {
  readonly strategy: "Rolling";
  readonly instanceWarmupSeconds?: number;
  readonly minHealthyPercentage?: number;
  readonly maxHealthyPercentage?: number;
  readonly skipMatching?: boolean;
  readonly autoRollback?: boolean;
  readonly triggers: readonly string[];
}

/** What the boot script sets up for the Spacelift launcher. */
export interface LauncherConfig {
  /** `spacelift_agents_per_node`: systemd units `spacelift@1..N` (Spacelift bills per agent). */
  readonly agentsPerNode: number;
  /** `downloads.<domain>` serves the launcher. */
  readonly domainName: string;
  /** Verify the GPG signature of the launcher's `_SHA256SUMS` (the checksum is always verified). */
  readonly gpgVerification: boolean;
  readonly awsConfigFile: string;
  readonly awsProfile: string;
  /** `github_netrc_enabled`: SSM parameter names of the GitHub token and user. */
  readonly githubNetrc?: { readonly tokenSsmPath: string; readonly userSsmPath: string };
  /** `infracost_enabled`. */
  readonly infracost?: {
    readonly apiKeySsmPath: string;
    readonly cliArgs: string;
    readonly warnOnFailure: boolean;
  };
}

/** The drain of a terminating worker (lifecycle hook + automation calling Spacelift's `workerDrainSet`). */
export type DrainConfig =
  | { readonly enabled: false }
  | {
      readonly enabled: true;
      /**
       * The Spacelift API key the drain uses: `managed` creates one (space admin of the pool's space)
       * and keeps it in its own secret; `secret` reads an existing Secrets Manager secret holding
       * `SPACELIFT_API_KEY_ID` and `SPACELIFT_API_KEY_SECRET`.
       */
      readonly apiKey: { readonly kind: "managed" } | { readonly kind: "secret"; readonly secretArn: string };
      /** Lifecycle-hook heartbeat timeout; the drain records a heartbeat while runs are in flight. */
      readonly heartbeatTimeoutSeconds: number;
      /** Longest wait for in-flight runs before the instance terminates anyway. */
      readonly timeoutSeconds: number;
    };

/** The worker pool, fully parsed and defaulted. */
export interface WorkerPoolConfig {
  /** null-label `enabled`: false means the component creates nothing. */
  readonly enabled: boolean;
  /** `module.this.id`: name of the Spacelift pool and of the AWS resources. */
  readonly name: string;
  /** The IAM label's id (`name` plus `iam_attributes`): name of the instance role and profile. */
  readonly iamName: string;
  readonly description: string;
  readonly region: string;
  readonly tags: Readonly<Record<string, string>>;
  /** `space_name`, known to exist (the caller maps it to the space id). */
  readonly spaceName: string;
  readonly spaceliftApiEndpoint: string;
  /**
   * The pool's CSR is the operator's (sensitive variable `spacelift_worker_pool_csr`, base64) and the
   * launcher's key the matching `spacelift_worker_pool_private_key`; otherwise the provider generates both.
   */
  readonly userCsr: boolean;
  readonly driftDetectionRunLimit?: number;
  /** KMS key of the secrets this app creates. @default - the account's `aws/secretsmanager` key */
  readonly secretsKmsKeyArn?: string;
  /**
   * Days a deleted Secrets Manager secret of the pool stays recoverable (0 = deleted at once, or
   * 7..30). @default 7
   */
  readonly secretsRecoveryWindowInDays: number;
  readonly instanceType: string;
  readonly ebsOptimized: boolean;
  readonly ami: AmiSource;
  readonly blockDeviceMappings: readonly BlockDeviceMapping[];
  readonly metadataHopLimit: number;
  readonly associatePublicIpAddress: boolean;
  readonly minSize: number;
  readonly maxSize: number;
  /** Only used when the group is created; the scaler owns it afterwards. */
  readonly desiredCapacity?: number;
  readonly waitForCapacityTimeout: string;
  readonly defaultCooldownSeconds: number;
  readonly scaleDownCooldownSeconds: number;
  readonly cpuHighThresholdPercent: number;
  readonly cpuLowThresholdPercent: number;
  readonly healthCheckType: "EC2" | "ELB";
  readonly healthCheckGracePeriodSeconds: number;
  readonly terminationPolicies: readonly string[];
  /** 0 disables; otherwise 86400..31536000. */
  readonly maxInstanceLifetimeSeconds: number;
  readonly mixedInstancesPolicy?: MixedInstancesPolicy;
  readonly instanceRefresh?: InstanceRefresh;
  readonly launcher: LauncherConfig;
  readonly network: WorkerNetwork;
  /** `spacelift_runner_image`, pre-pulled at boot. @default - the `ecr` repository's URL */
  readonly runnerImage?: string;
  /** Cloud Posse's `ecr` remote state: the repository named `ecr_repo_name`. */
  readonly ecrRemoteState?: { readonly lookup: RemoteStateLookup; readonly repoName: string };
  /** ECR repositories the workers may pull from, known at synth time (from an ECR `spacelift_runner_image`). */
  readonly ecrRepositoryArns: readonly string[];
  readonly assumableRoles: AssumableRoles;
  readonly drain: DrainConfig;
}
