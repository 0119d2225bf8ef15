/**
 * Turns the schema-checked vars into the typed {@link WorkerPoolConfig}: applies the defaults (Cloud
 * Posse's, or this app's safer ones where they differ), resolves names, and runs the cross-var checks
 * of `worker-pool-checks.ts`.
 */
import type { ReportFn, WorkerPoolParseOptions } from "./worker-pool-config";
import { checkWorkerPoolVars } from "./worker-pool-checks";
import type { JsonMap } from "../config-engine/types";
import { didYouMean } from "./did-you-mean";
import { nullLabelId } from "./null-label";
import { WORKER_POOL_CODES } from "./worker-pool-errors";
import { labelTags } from "./worker-pool-label";
import type {
  AmiSource,
  AssumableRoles,
  BlockDeviceMapping,
  DrainConfig,
  InstanceRefresh,
  LauncherConfig,
  MixedInstancesPolicy,
  WorkerNetwork,
  WorkerPoolConfig,
} from "./worker-pool-types";
import type { BlockDeviceMappingVar, WorkerPoolVars } from "./worker-pool-vars";

/** Spacelift's AWS account publishing the worker AMIs (Cloud Posse's `spacelift_aws_account_id`). */
export const SPACELIFT_AMI_OWNER = "643313122712";

/** Spacelift's latest x86_64 worker AMI; its names are `spacelift-<unix time>-<arch>`. */
export const DEFAULT_AMI_LOOKUP: Extract<AmiSource, { kind: "lookup" }> = {
  kind: "lookup",
  owners: [SPACELIFT_AMI_OWNER],
  namePattern: "spacelift-*",
  nameRegex: "^spacelift-\\d{10}-(x86_64|arm64)$",
  architectures: ["x86_64"],
};

/** The root volume this app adds when `block_device_mappings` is empty: encrypted gp3. */
export const DEFAULT_ROOT_VOLUME: BlockDeviceMapping = {
  deviceName: "/dev/xvda",
  ebs: { deleteOnTermination: true, encrypted: true, volumeType: "gp3", volumeSizeGiB: 40 },
};

/** Builds the config, or returns undefined after reporting why it cannot. */
export function buildWorkerPoolConfig(
  vars: WorkerPoolVars,
  raw: JsonMap,
  options: WorkerPoolParseOptions,
  report: ReportFn,
): WorkerPoolConfig | undefined {
  checkWorkerPoolVars(vars, report);

  const region = required(vars.region, "region", report);
  const endpoint = required(vars.spacelift_api_endpoint, "spacelift_api_endpoint", report);
  const minSize = required(vars.min_size, "min_size", report);
  const maxSize = required(vars.max_size, "max_size", report);

  // The model names pools with the same function, so `worker_pool_name` references match this name.
  const name = nullLabelId(raw);
  if (name === "") {
    report(
      "error",
      WORKER_POOL_CODES.missingVar,
      ["name"],
      "the worker pool has no name: `namespace`, `tenant`, `environment`, `stage`, `name` and `attributes` are all empty",
      "set `name` (Cloud Posse stacks usually set it in the component's catalog entry)",
    );
  }
  const spaceName = resolveSpace(vars.space_name ?? "root", options.spaceNames, report);
  const network = resolveNetwork(vars, options, report);
  const runnerImage = emptyToUndefined(vars.spacelift_runner_image);
  const ecrRemoteState = resolveEcr(vars, options, runnerImage, report);
  const assumableRoles = resolveAssumableRoles(vars, options, report);

  if (
    region === undefined ||
    endpoint === undefined ||
    minSize === undefined ||
    maxSize === undefined ||
    name === "" ||
    spaceName === undefined ||
    network === undefined ||
    (runnerImage === undefined && ecrRemoteState === undefined)
  ) {
    return undefined;
  }
  const instanceType = vars.instance_type ?? "r5n.large";
  return {
    enabled: vars.enabled ?? true,
    name,
    iamName: nullLabelId({
      ...raw,
      attributes: [...(vars.attributes ?? []), ...(vars.iam_attributes ?? [])],
    }),
    description: `Deployed to ${region} within '${[vars.tenant, vars.stage].filter((v) => v).join("-")}' AWS account`,
    region,
    tags: labelTags(name, vars, vars.tags ?? {}),
    spaceName,
    spaceliftApiEndpoint: endpoint.replace(/\/+$/, ""),
    userCsr: vars.spacelift_worker_pool_csr_enabled ?? false,
    ...optional("driftDetectionRunLimit", vars.drift_detection_run_limit ?? undefined),
    ...optional("secretsKmsKeyArn", emptyToUndefined(vars.secrets_kms_key_arn)),
    secretsRecoveryWindowInDays: vars.secrets_recovery_window_in_days ?? 7,
    instanceType,
    ebsOptimized: vars.ebs_optimized ?? false,
    ami: amiSource(vars),
    blockDeviceMappings: blockDevices(vars.block_device_mappings ?? []),
    metadataHopLimit: vars.metadata_http_put_response_hop_limit ?? 1,
    associatePublicIpAddress: vars.associate_public_ip_address ?? false,
    minSize,
    maxSize,
    ...optional("desiredCapacity", vars.desired_capacity ?? undefined),
    waitForCapacityTimeout: vars.wait_for_capacity_timeout ?? "10m",
    defaultCooldownSeconds: vars.default_cooldown ?? 300,
    scaleDownCooldownSeconds: vars.scale_down_cooldown_seconds ?? 300,
    cpuHighThresholdPercent: vars.cpu_utilization_high_threshold_percent ?? 10,
    cpuLowThresholdPercent: vars.cpu_utilization_low_threshold_percent ?? 5,
    healthCheckType: vars.health_check_type ?? "EC2",
    healthCheckGracePeriodSeconds: vars.health_check_grace_period ?? 300,
    terminationPolicies: vars.termination_policies ?? ["OldestLaunchTemplate", "OldestInstance"],
    maxInstanceLifetimeSeconds: vars.instance_lifetime ?? 1209600,
    ...optional("mixedInstancesPolicy", mixedInstances(vars, instanceType)),
    ...optional("instanceRefresh", instanceRefresh(vars)),
    launcher: launcher(vars),
    network,
    ...optional("runnerImage", runnerImage),
    ...optional("ecrRemoteState", ecrRemoteState),
    ecrRepositoryArns: runnerImage !== undefined ? ecrRepositoryArnsOf(runnerImage) : [],
    assumableRoles,
    drain: drain(vars),
  };
}

function resolveSpace(spaceName: string, known: readonly string[], report: ReportFn): string | undefined {
  const names = [...new Set(["root", ...known])].sort();
  if (names.includes(spaceName)) return spaceName;
  const suggestion = didYouMean(spaceName, names);
  report(
    "error",
    WORKER_POOL_CODES.unknownSpace,
    ["space_name"],
    `\`space_name\` names no known space: "${spaceName}"`,
    suggestion !== undefined
      ? `did you mean "${suggestion}"? (space names are case-sensitive)`
      : `known spaces: ${names.join(", ")}`,
  );
  return undefined;
}

function resolveNetwork(
  vars: WorkerPoolVars,
  options: WorkerPoolParseOptions,
  report: ReportFn,
): WorkerNetwork | undefined {
  const vpcId = emptyToUndefined(vars.vpc_id);
  const subnets = vars.private_subnet_ids ?? undefined;
  if (vpcId !== undefined && subnets !== undefined && subnets.length > 0) {
    return { kind: "explicit", vpcId, privateSubnetIds: subnets };
  }
  if (vpcId !== undefined || subnets !== undefined) {
    const missing = vpcId === undefined ? "vpc_id" : "private_subnet_ids";
    report(
      "error",
      WORKER_POOL_CODES.missingVar,
      [missing],
      `\`vpc_id\` and \`private_subnet_ids\` go together: \`${missing}\` is missing or empty`,
      "set both, or neither to read them from the `vpc` component's remote state",
    );
    return undefined;
  }
  if (options.remoteState?.vpc !== undefined) {
    return {
      kind: "remote-state",
      lookup: options.remoteState.vpc,
      vpcIdOutput: "vpc_id",
      privateSubnetIdsOutput: "private_subnet_ids",
    };
  }
  report(
    "error",
    WORKER_POOL_CODES.networkMissing,
    [],
    "the workers' network is unknown: no `vpc_id`/`private_subnet_ids` and no `vpc` component in this stack",
    "set `vpc_id` and `private_subnet_ids`, or deploy Cloud Posse's `vpc` component in the same stack",
  );
  return undefined;
}

function resolveEcr(
  vars: WorkerPoolVars,
  options: WorkerPoolParseOptions,
  runnerImage: string | undefined,
  report: ReportFn,
): WorkerPoolConfig["ecrRemoteState"] {
  const repoName = emptyToUndefined(vars.ecr_repo_name);
  const lookup = options.remoteState?.ecr;
  if (repoName !== undefined && lookup !== undefined) return { lookup, repoName };
  if (runnerImage !== undefined) return undefined;
  report(
    "error",
    WORKER_POOL_CODES.runnerImageMissing,
    repoName === undefined ? ["ecr_repo_name"] : ["spacelift_runner_image"],
    repoName === undefined
      ? "no runner image: `spacelift_runner_image` and `ecr_repo_name` are both empty"
      : `no runner image: \`spacelift_runner_image\` is empty and no \`ecr\` component state was found for \`ecr_repo_name\` "${repoName}"`,
    "set `spacelift_runner_image`, or `ecr_repo_name` with `ecr_tenant_name`/`ecr_environment_name`/`ecr_stage_name` naming the stack of the `ecr` component",
  );
  return undefined;
}

function resolveAssumableRoles(
  vars: WorkerPoolVars,
  options: WorkerPoolParseOptions,
  report: ReportFn,
): AssumableRoles {
  if (vars.worker_role_arns !== undefined && vars.worker_role_arns !== null) {
    return { kind: "explicit", roleArns: [...vars.worker_role_arns].sort() };
  }
  if (options.remoteState?.accountMap !== undefined) {
    return { kind: "account-map", lookup: options.remoteState.accountMap, roleName: "spacelift" };
  }
  report(
    "warning",
    WORKER_POOL_CODES.noAssumableRole,
    ["worker_role_arns"],
    "the workers may assume no IAM role: no `worker_role_arns` and no `account-map` component state",
    "runs then need Spacelift AWS integrations; set `worker_role_arns` to keep Cloud Posse's identity-role model",
  );
  return { kind: "none" };
}

function amiSource(vars: WorkerPoolVars): AmiSource {
  const id = emptyToUndefined(vars.spacelift_ami_id);
  if (id !== undefined) return { kind: "id", id };
  const owner = vars.spacelift_aws_account_id ?? SPACELIFT_AMI_OWNER;
  const architectures = vars.architecture ?? DEFAULT_AMI_LOOKUP.architectures;
  if (vars.custom_spacelift_ami !== true) return { ...DEFAULT_AMI_LOOKUP, owners: [owner], architectures };
  // Custom images keep Cloud Posse's looser `spacelift-*` filter: their names need not follow Spacelift's.
  return { kind: "lookup", owners: ["self"], namePattern: DEFAULT_AMI_LOOKUP.namePattern, architectures };
}

function blockDevices(mappings: readonly BlockDeviceMappingVar[]): readonly BlockDeviceMapping[] {
  if (mappings.length === 0) return [DEFAULT_ROOT_VOLUME];
  return mappings.map((m) => ({
    deviceName: m.device_name,
    ...optional("noDevice", m.no_device ?? undefined),
    ...optional("virtualName", emptyToUndefined(m.virtual_name)),
    ...(m.ebs !== undefined && m.ebs !== null
      ? {
          ebs: {
            deleteOnTermination: m.ebs.delete_on_termination ?? true,
            encrypted: m.ebs.encrypted ?? true,
            volumeType: m.ebs.volume_type ?? "gp3",
            ...optional("volumeSizeGiB", m.ebs.volume_size ?? undefined),
            ...optional("iops", m.ebs.iops ?? undefined),
            ...optional("throughputMiBps", m.ebs.throughput ?? undefined),
            ...optional("kmsKeyId", emptyToUndefined(m.ebs.kms_key_id)),
            ...optional("snapshotId", emptyToUndefined(m.ebs.snapshot_id)),
          },
        }
      : {}),
  }));
}

function mixedInstances(vars: WorkerPoolVars, instanceType: string): MixedInstancesPolicy | undefined {
  const policy = vars.mixed_instances_policy;
  if (policy === undefined || policy === null) return undefined;
  const d = policy.instances_distribution ?? {};
  const overrides = (policy.override ?? []).map((o) => ({
    instanceType: o.instance_type,
    ...optional("weightedCapacity", o.weighted_capacity ?? undefined),
  }));
  return {
    ...optional("onDemandAllocationStrategy", d.on_demand_allocation_strategy ?? undefined),
    ...optional("onDemandBaseCapacity", d.on_demand_base_capacity ?? undefined),
    ...optional(
      "onDemandPercentageAboveBaseCapacity",
      d.on_demand_percentage_above_base_capacity ?? undefined,
    ),
    ...optional("spotAllocationStrategy", d.spot_allocation_strategy ?? undefined),
    ...optional("spotInstancePools", d.spot_instance_pools ?? undefined),
    ...optional("spotMaxPrice", emptyToUndefined(d.spot_max_price)),
    overrides: overrides.length > 0 ? overrides : [{ instanceType }],
  };
}

function instanceRefresh(vars: WorkerPoolVars): InstanceRefresh | undefined {
  const refresh = vars.instance_refresh;
  if (refresh === undefined || refresh === null) return undefined;
  const p = refresh.preferences ?? {};
  return {
    strategy: refresh.strategy,
    ...optional("instanceWarmupSeconds", p.instance_warmup ?? undefined),
    ...optional("minHealthyPercentage", p.min_healthy_percentage ?? undefined),
    ...optional("maxHealthyPercentage", p.max_healthy_percentage ?? undefined),
    ...optional("skipMatching", p.skip_matching ?? undefined),
    ...optional("autoRollback", p.auto_rollback ?? undefined),
    triggers: [...(refresh.triggers ?? [])].sort(),
  };
}

function launcher(vars: WorkerPoolVars): LauncherConfig {
  return {
    agentsPerNode: vars.spacelift_agents_per_node ?? 1,
    domainName: vars.spacelift_domain_name ?? "spacelift.io",
    gpgVerification: vars.spacelift_launcher_gpg_verification ?? true,
    awsConfigFile: vars.aws_config_file ?? "/etc/aws-config/aws-config-spacelift",
    awsProfile: emptyToUndefined(vars.aws_profile) ?? `${vars.namespace ?? ""}-identity`,
    ...(vars.github_netrc_enabled === true
      ? {
          githubNetrc: {
            tokenSsmPath: vars.github_netrc_ssm_path_token ?? "/github/token",
            userSsmPath: vars.github_netrc_ssm_path_user ?? "/github/user",
          },
        }
      : {}),
    ...(vars.infracost_enabled === true
      ? {
          infracost: {
            apiKeySsmPath: vars.infracost_api_token_ssm_path ?? "/infracost/token",
            cliArgs: vars.infracost_cli_args ?? "",
            warnOnFailure: vars.infracost_warn_on_failure ?? true,
          },
        }
      : {}),
  };
}

function drain(vars: WorkerPoolVars): DrainConfig {
  if (vars.drain_enabled === false) return { enabled: false };
  const secretArn = emptyToUndefined(vars.drain_api_key_secret_arn);
  return {
    enabled: true,
    apiKey: secretArn !== undefined ? { kind: "secret", secretArn } : { kind: "managed" },
    heartbeatTimeoutSeconds: vars.drain_heartbeat_timeout ?? 300,
    timeoutSeconds: vars.drain_timeout ?? 7200,
  };
}

/**
 * The ECR repository ARN of an image URI such as `111111111111.dkr.ecr.us-east-1.amazonaws.com/infra:tag`
 * (none for other registries).
 */
export function ecrRepositoryArnsOf(image: string): readonly string[] {
  const match = /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?\/([^:@]+)/.exec(image);
  if (match === null) return [];
  const [, account, region, china, repository] = match;
  const partition = china !== undefined ? "aws-cn" : region?.startsWith("us-gov-") ? "aws-us-gov" : "aws";
  return [`arn:${partition}:ecr:${region}:${account}:repository/${repository}`];
}

function required<T>(value: T | null | undefined, name: string, report: ReportFn): T | undefined {
  if (value !== undefined && value !== null && value !== "") return value;
  report(
    "error",
    WORKER_POOL_CODES.missingVar,
    [name],
    `\`${name}\` is required`,
    "Cloud Posse's component requires it too",
  );
  return undefined;
}

function emptyToUndefined(value: string | null | undefined): string | undefined {
  return value === null || value === undefined || value === "" ? undefined : value;
}

/** `{ [key]: value }` when value is defined, else `{}` (keeps optional fields absent, not undefined). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}
