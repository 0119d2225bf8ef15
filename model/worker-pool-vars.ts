/**
 * The zod schema of the `spacelift/worker-pool` component's vars: every var of Cloud Posse's component
 * (accepted unchanged), the null-label context vars, and the few vars this app adds. Values keep their
 * snake_case names here; `worker-pool-config.ts` turns them into the typed, camelCase config.
 *
 * Terraform converts `"3"` to 3 and `"true"` to true for number/bool variables, so these schemas do too:
 * a config that worked with the HCL component keeps working.
 */
import { z } from "zod";

const NUMERIC = /^-?\d+(\.\d+)?$/;

/** A Terraform `number` var: a number, or a numeric string. */
const tfNumber = z.union([
  z.number(),
  z
    .string()
    .regex(NUMERIC, "expected a number")
    .transform((s) => Number(s)),
]);

/** A whole number (counts, seconds). */
const tfInt = tfNumber.pipe(z.number().int("expected a whole number"));

/** A Terraform `bool` var: a boolean, or `"true"`/`"false"`. */
const tfBool = z.union([z.boolean(), z.enum(["true", "false"]).transform((s) => s === "true")]);

/** A Terraform `string` var. Numbers and booleans are stringified, as Terraform does. */
const tfString = z.union([z.string(), z.number().transform(String), z.boolean().transform(String)]);

const stringList = z.array(tfString);

const instancesDistribution = z.strictObject({
  on_demand_allocation_strategy: tfString.nullish(),
  on_demand_base_capacity: tfInt.pipe(z.number().min(0)).nullish(),
  on_demand_percentage_above_base_capacity: tfInt.pipe(z.number().min(0).max(100)).nullish(),
  spot_allocation_strategy: tfString.nullish(),
  spot_instance_pools: tfInt.pipe(z.number().min(0)).nullish(),
  spot_max_price: tfString.nullish(),
});

const mixedInstancesPolicy = z.strictObject({
  instances_distribution: instancesDistribution.nullish(),
  override: z
    .array(
      z.strictObject({
        instance_type: tfString,
        weighted_capacity: tfNumber.nullish(),
      }),
    )
    .nullish(),
});

const ebs = z.strictObject({
  delete_on_termination: tfBool.nullish(),
  encrypted: tfBool.nullish(),
  iops: tfInt.nullish(),
  kms_key_id: tfString.nullish(),
  snapshot_id: tfString.nullish(),
  volume_size: tfInt.pipe(z.number().min(1)).nullish(),
  volume_type: tfString.nullish(),
  throughput: tfInt.nullish(),
});

const blockDeviceMapping = z.strictObject({
  device_name: tfString,
  no_device: tfBool.nullish(),
  virtual_name: tfString.nullish(),
  ebs: ebs.nullish(),
});

const instanceRefresh = z.strictObject({
  strategy: z.literal("Rolling", { error: 'the only instance refresh strategy is "Rolling"' }),
  preferences: z
    .strictObject({
      instance_warmup: tfInt.pipe(z.number().min(0)).nullish(),
      min_healthy_percentage: tfInt.pipe(z.number().min(0).max(100)).nullish(),
      max_healthy_percentage: tfInt.pipe(z.number().min(100).max(200)).nullish(),
      skip_matching: tfBool.nullish(),
      auto_rollback: tfBool.nullish(),
    })
    .nullish(),
  triggers: stringList.nullish(),
});

/** null-label (`cloudposse/label/null` 0.25) context vars every Cloud Posse component declares. */
const labelVars = {
  enabled: tfBool.nullish(),
  namespace: tfString.nullish(),
  tenant: tfString.nullish(),
  environment: tfString.nullish(),
  stage: tfString.nullish(),
  name: tfString.nullish(),
  delimiter: tfString.nullish(),
  attributes: stringList.nullish(),
  tags: z.record(z.string(), tfString).nullish(),
  additional_tag_map: z.record(z.string(), tfString).nullish(),
  label_order: stringList.nullish(),
  regex_replace_chars: tfString.nullish(),
  id_length_limit: tfInt.nullish(),
  label_key_case: z.enum(["lower", "title", "upper"]).nullish(),
  label_value_case: z.enum(["lower", "title", "upper", "none"]).nullish(),
  descriptor_formats: z.unknown().optional(),
  labels_as_tags: stringList.nullish(),
  context: z.unknown().optional(),
};

/** The vars of Cloud Posse's `spacelift/worker-pool` component (`aws-spacelift-worker-pool-asg`). */
const cloudPosseVars = {
  region: tfString.nullish(),
  mixed_instances_policy: mixedInstancesPolicy.nullish(),
  ebs_optimized: tfBool.nullish(),
  max_size: tfInt.pipe(z.number().min(0)).nullish(),
  min_size: tfInt.pipe(z.number().min(0)).nullish(),
  desired_capacity: tfInt.pipe(z.number().min(0)).nullish(),
  wait_for_capacity_timeout: tfString.nullish(),
  cpu_utilization_high_threshold_percent: tfNumber.pipe(z.number().min(0).max(100)).nullish(),
  cpu_utilization_low_threshold_percent: tfNumber.pipe(z.number().min(0).max(100)).nullish(),
  instance_lifetime: tfInt.nullish(),
  default_cooldown: tfInt.pipe(z.number().min(0)).nullish(),
  scale_down_cooldown_seconds: tfInt.pipe(z.number().min(0)).nullish(),
  health_check_type: z.enum(["EC2", "ELB"]).nullish(),
  health_check_grace_period: tfInt.pipe(z.number().min(0)).nullish(),
  termination_policies: stringList.nullish(),
  block_device_mappings: z.array(blockDeviceMapping).nullish(),
  account_map_environment_name: tfString.nullish(),
  account_map_stage_name: tfString.nullish(),
  account_map_tenant_name: tfString.nullish(),
  ecr_environment_name: tfString.nullish(),
  ecr_stage_name: tfString.nullish(),
  ecr_tenant_name: tfString.nullish(),
  ecr_region: tfString.nullish(),
  ecr_repo_name: tfString.nullish(),
  instance_type: tfString.nullish(),
  spacelift_runner_image: tfString.nullish(),
  spacelift_api_endpoint: tfString.nullish(),
  spacelift_ami_id: tfString.nullish(),
  custom_spacelift_ami: tfBool.nullish(),
  architecture: stringList.nullish(),
  spacelift_domain_name: tfString.nullish(),
  iam_attributes: stringList.nullish(),
  launch_template_version: tfString.nullish(),
  instance_refresh: instanceRefresh.nullish(),
  github_netrc_enabled: tfBool.nullish(),
  github_netrc_ssm_path_token: tfString.nullish(),
  github_netrc_ssm_path_user: tfString.nullish(),
  infracost_enabled: tfBool.nullish(),
  infracost_api_token_ssm_path: tfString.nullish(),
  infracost_cli_args: tfString.nullish(),
  infracost_warn_on_failure: tfBool.nullish(),
  aws_config_file: tfString.nullish(),
  aws_profile: tfString.nullish(),
  spacelift_agents_per_node: tfNumber.nullish(),
  spacelift_aws_account_id: tfString.nullish(),
  space_name: tfString.nullish(),
  spacelift_spaces_component_name: tfString.nullish(),
  spacelift_spaces_environment_name: tfString.nullish(),
  spacelift_spaces_stage_name: tfString.nullish(),
  spacelift_spaces_tenant_name: tfString.nullish(),
};

/** Vars this app adds (documented in docs/worker-pool.md, "Vars added by this app"). */
const appVars = {
  vpc_id: tfString.nullish(),
  private_subnet_ids: stringList.nullish(),
  worker_role_arns: stringList.nullish(),
  metadata_http_put_response_hop_limit: tfInt.pipe(z.number().min(1).max(64)).nullish(),
  associate_public_ip_address: tfBool.nullish(),
  spacelift_worker_pool_csr_enabled: tfBool.nullish(),
  drift_detection_run_limit: tfInt.pipe(z.number().min(0)).nullish(),
  secrets_kms_key_arn: tfString.nullish(),
  secrets_recovery_window_in_days: tfInt
    .refine((d) => d === 0 || (d >= 7 && d <= 30), { error: "must be 0 or 7..30 (AWS Secrets Manager)" })
    .nullish(),
  spacelift_launcher_gpg_verification: tfBool.nullish(),
  drain_enabled: tfBool.nullish(),
  drain_api_key_secret_arn: tfString.nullish(),
  drain_heartbeat_timeout: tfInt.pipe(z.number().min(30).max(7200)).nullish(),
  drain_timeout: tfInt.pipe(z.number().min(60)).nullish(),
};

/** Every var name the app accepts, for the "did you mean" of unknown-var errors. */
export const WORKER_POOL_VAR_NAMES: readonly string[] = Object.keys({
  ...labelVars,
  ...cloudPosseVars,
  ...appVars,
}).sort();

/** Schema of the whole vars map: unknown keys are errors. */
export const workerPoolVarsSchema = z.strictObject({ ...labelVars, ...cloudPosseVars, ...appVars });

/** The parsed vars map (snake_case, `null` and absent both meaning "not set"). */
export type WorkerPoolVars = z.output<typeof workerPoolVarsSchema>;

/** One parsed `block_device_mappings` entry. */
export type BlockDeviceMappingVar = z.output<typeof blockDeviceMapping>;

/** The parsed `mixed_instances_policy`. */
export type MixedInstancesPolicyVar = z.output<typeof mixedInstancesPolicy>;

/** The parsed `instance_refresh`. */
export type InstanceRefreshVar = z.output<typeof instanceRefresh>;
