import { isDiagnosticError, type Diagnostic } from "../../config-engine/diagnostics";
import type { JsonMap } from "../../config-engine/types";
import {
  parseWorkerPoolConfig,
  type RemoteStateLookup,
  type WorkerPoolParseOptions,
} from "../../model/worker-pool-config";

/** Cloud Posse's README example for `spacelift/worker-pool`, plus the context its stacks set. */
const README_VARS: JsonMap = {
  enabled: true,
  namespace: "acme",
  tenant: "core",
  environment: "ue1",
  stage: "auto",
  name: "spacelift-worker-pool",
  region: "us-east-1",
  spacelift_api_endpoint: "https://acme.app.spacelift.io",
  spacelift_spaces_tenant_name: "acme",
  spacelift_spaces_environment_name: "gbl",
  spacelift_spaces_stage_name: "root",
  account_map_tenant_name: "core",
  ecr_environment_name: "ue1",
  ecr_repo_name: "infrastructure",
  ecr_stage_name: "artifacts",
  ecr_tenant_name: "core",
  cpu_utilization_high_threshold_percent: 10,
  cpu_utilization_low_threshold_percent: 5,
  default_cooldown: 300,
  desired_capacity: null,
  health_check_grace_period: 300,
  health_check_type: "EC2",
  infracost_enabled: true,
  instance_type: "t3.small",
  max_size: 3,
  min_size: 1,
  scale_down_cooldown_seconds: 2700,
  wait_for_capacity_timeout: "5m",
  spacelift_agents_per_node: 1,
  iam_attributes: ["admin"],
  block_device_mappings: [
    {
      device_name: "/dev/xvda",
      no_device: null,
      virtual_name: null,
      ebs: {
        delete_on_termination: null,
        encrypted: false,
        iops: null,
        kms_key_id: null,
        snapshot_id: null,
        volume_size: 100,
        volume_type: "gp2",
      },
    },
  ],
};

const S3: RemoteStateLookup = {
  backend: "s3",
  bucket: "acme-tfstate",
  key: "terraform.tfstate",
  region: "us-east-1",
};

const OPTIONS: WorkerPoolParseOptions = {
  spaceNames: ["core", "plat"],
  remoteState: {
    vpc: { ...S3, workspace: "core-ue1-auto", workspaceKeyPrefix: "vpc" },
    ecr: { ...S3, workspace: "core-ue1-artifacts", workspaceKeyPrefix: "ecr" },
    accountMap: { ...S3, workspace: "core-gbl-root", workspaceKeyPrefix: "account-map" },
  },
};

/** Minimal valid vars without remote state. */
const MINIMAL: JsonMap = {
  name: "pool",
  region: "us-east-1",
  spacelift_api_endpoint: "https://acme.app.spacelift.io",
  min_size: 1,
  max_size: 3,
  vpc_id: "vpc-1",
  private_subnet_ids: ["subnet-a", "subnet-b"],
  spacelift_runner_image: "public.ecr.aws/spacelift/runner-terraform:latest",
  worker_role_arns: ["arn:aws:iam::222222222222:role/spacelift"],
};

function parse(vars: JsonMap, options: WorkerPoolParseOptions = { spaceNames: [] }) {
  return parseWorkerPoolConfig(vars, options);
}

/** The diagnostics of the DiagnosticError `fn` throws (fails the test when it does not throw one). */
function errorsOf(fn: () => unknown): readonly Diagnostic[] {
  try {
    fn();
  } catch (e) {
    if (isDiagnosticError(e)) return e.diagnostics;
    throw e;
  }
  throw new Error("expected a DiagnosticError");
}

function codesOf(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => d.code);
}

describe("parseWorkerPoolConfig: Cloud Posse's vars", () => {
  it("names the pool with the null-label id of the context vars", () => {
    expect(parse(README_VARS, OPTIONS).config.name).toBe("acme-core-ue1-auto-spacelift-worker-pool");
  });

  it("names the IAM role with iam_attributes appended to the id", () => {
    expect(parse(README_VARS, OPTIONS).config.iamName).toBe("acme-core-ue1-auto-spacelift-worker-pool-admin");
  });

  it("describes the pool like Cloud Posse's component", () => {
    expect(parse(README_VARS, OPTIONS).config.description).toBe(
      "Deployed to us-east-1 within 'core-auto' AWS account",
    );
  });

  it("tags resources with the label tags and lets user tags win", () => {
    const { config } = parse({ ...README_VARS, tags: { Team: "platform", Stage: "override" } }, OPTIONS);
    expect(config.tags).toEqual({
      Environment: "ue1",
      Name: "acme-core-ue1-auto-spacelift-worker-pool",
      Namespace: "acme",
      Stage: "override",
      Team: "platform",
      Tenant: "core",
    });
  });

  it("keeps sizes, cooldowns, thresholds and health checks", () => {
    const { config } = parse(README_VARS, OPTIONS);
    expect(config).toMatchObject({
      instanceType: "t3.small",
      minSize: 1,
      maxSize: 3,
      waitForCapacityTimeout: "5m",
      defaultCooldownSeconds: 300,
      scaleDownCooldownSeconds: 2700,
      cpuHighThresholdPercent: 10,
      cpuLowThresholdPercent: 5,
      healthCheckType: "EC2",
      healthCheckGracePeriodSeconds: 300,
    });
    expect(config.desiredCapacity).toBeUndefined();
  });

  it("converts numeric and boolean strings as Terraform does", () => {
    const { config } = parse({ ...MINIMAL, min_size: "2", max_size: "4", ebs_optimized: "true" });
    expect(config).toMatchObject({ minSize: 2, maxSize: 4, ebsOptimized: true });
  });

  it("applies Cloud Posse's defaults to unset vars", () => {
    const { config } = parse(MINIMAL);
    expect(config).toMatchObject({
      instanceType: "r5n.large",
      maxInstanceLifetimeSeconds: 1209600,
      spaceName: "root",
      launcher: {
        agentsPerNode: 1,
        domainName: "spacelift.io",
        awsConfigFile: "/etc/aws-config/aws-config-spacelift",
      },
    });
  });

  it("defaults aws_profile to <namespace>-identity", () => {
    expect(parse(README_VARS, OPTIONS).config.launcher.awsProfile).toBe("acme-identity");
  });

  it("enables Infracost with its SSM path and CLI settings", () => {
    expect(parse(README_VARS, OPTIONS).config.launcher.infracost).toEqual({
      apiKeySsmPath: "/infracost/token",
      cliArgs: "",
      warnOnFailure: true,
    });
  });

  it("enables the GitHub .netrc with its SSM paths", () => {
    const { config } = parse({
      ...MINIMAL,
      github_netrc_enabled: true,
      github_netrc_ssm_path_user: "/gh/user",
    });
    expect(config.launcher.githubNetrc).toEqual({ tokenSsmPath: "/github/token", userSsmPath: "/gh/user" });
  });

  it("maps mixed_instances_policy and defaults the overrides to instance_type", () => {
    const { config } = parse({
      ...MINIMAL,
      instance_type: "m6i.large",
      mixed_instances_policy: {
        instances_distribution: {
          on_demand_allocation_strategy: "prioritized",
          on_demand_base_capacity: 1,
          on_demand_percentage_above_base_capacity: 25,
          spot_allocation_strategy: "capacity-optimized",
          spot_instance_pools: null,
          spot_max_price: "0.05",
        },
        override: null,
      },
    });
    expect(config.mixedInstancesPolicy).toEqual({
      onDemandAllocationStrategy: "prioritized",
      onDemandBaseCapacity: 1,
      onDemandPercentageAboveBaseCapacity: 25,
      spotAllocationStrategy: "capacity-optimized",
      spotMaxPrice: "0.05",
      overrides: [{ instanceType: "m6i.large" }],
    });
  });

  it("maps instance_refresh", () => {
    const { config } = parse({
      ...MINIMAL,
      instance_refresh: {
        strategy: "Rolling",
        preferences: {
          instance_warmup: 60,
          min_healthy_percentage: 50,
          skip_matching: true,
          auto_rollback: null,
        },
        triggers: ["tag"],
      },
    });
    expect(config.instanceRefresh).toEqual({
      strategy: "Rolling",
      instanceWarmupSeconds: 60,
      minHealthyPercentage: 50,
      skipMatching: true,
      triggers: ["tag"],
    });
  });
});

describe("parseWorkerPoolConfig: safer defaults", () => {
  it("adds an encrypted gp3 root volume when block_device_mappings is empty", () => {
    expect(parse(MINIMAL).config.blockDeviceMappings).toEqual([
      {
        deviceName: "/dev/xvda",
        ebs: { deleteOnTermination: true, encrypted: true, volumeType: "gp3", volumeSizeGiB: 40 },
      },
    ]);
  });

  it("encrypts a mapping that leaves encrypted null, as gp3", () => {
    const { config } = parse({
      ...MINIMAL,
      block_device_mappings: [{ device_name: "/dev/xvda", ebs: { encrypted: null, volume_size: 100 } }],
    });
    expect(config.blockDeviceMappings[0]?.ebs).toMatchObject({ encrypted: true, volumeType: "gp3" });
  });

  it("requires IMDSv2 with hop limit 1 and no public IP by default", () => {
    expect(parse(MINIMAL).config).toMatchObject({ metadataHopLimit: 1, associatePublicIpAddress: false });
  });

  it("drains terminating workers with a managed API key by default", () => {
    expect(parse(MINIMAL).config.drain).toEqual({
      enabled: true,
      apiKey: { kind: "managed" },
      heartbeatTimeoutSeconds: 300,
      timeoutSeconds: 7200,
    });
  });

  it("uses an existing API key secret when drain_api_key_secret_arn is set", () => {
    const arn = "arn:aws:secretsmanager:us-east-1:111111111111:secret:drain";
    expect(parse({ ...MINIMAL, drain_api_key_secret_arn: arn }).config.drain).toMatchObject({
      apiKey: { kind: "secret", secretArn: arn },
    });
  });

  it("returns no warning for a config without weaker settings", () => {
    expect(parse(MINIMAL).warnings).toEqual([]);
  });
});

describe("parseWorkerPoolConfig: warnings for weaker settings", () => {
  it.each([
    ["metadata_http_put_response_hop_limit", { metadata_http_put_response_hop_limit: 2 }],
    ["associate_public_ip_address", { associate_public_ip_address: true }],
    ["spacelift_launcher_gpg_verification", { spacelift_launcher_gpg_verification: false }],
    ["drain_enabled", { drain_enabled: false }],
  ])("warns when %s asks for the weaker setting", (key, vars) => {
    const { warnings } = parse({ ...MINIMAL, ...vars });
    expect(warnings).toEqual([
      expect.objectContaining({
        code: "WORKER_POOL_WEAKER_SETTING",
        severity: "warning",
        keyPath: `vars.${key}`,
      }),
    ]);
  });

  it("warns about an unencrypted gp2 volume and keeps what the config asks", () => {
    const { config, warnings } = parse(README_VARS, OPTIONS);
    expect(warnings.map((w) => w.keyPath)).toEqual([
      "vars.block_device_mappings[0].ebs.encrypted",
      "vars.block_device_mappings[0].ebs.volume_type",
    ]);
    expect(config.blockDeviceMappings[0]?.ebs).toMatchObject({ encrypted: false, volumeType: "gp2" });
  });

  it("warns that launch_template_version has no effect", () => {
    const { warnings } = parse({ ...MINIMAL, launch_template_version: "$Latest" });
    expect(warnings).toEqual([expect.objectContaining({ code: "WORKER_POOL_IGNORED_VAR" })]);
  });

  it("warns when the workers may assume no role", () => {
    const { warnings } = parse({ ...MINIMAL, worker_role_arns: null });
    expect(warnings).toEqual([expect.objectContaining({ code: "WORKER_POOL_NO_ASSUMABLE_ROLE" })]);
  });
});

describe("parseWorkerPoolConfig: sources", () => {
  it("uses explicit vpc_id and private_subnet_ids", () => {
    expect(parse(MINIMAL).config.network).toEqual({
      kind: "explicit",
      vpcId: "vpc-1",
      privateSubnetIds: ["subnet-a", "subnet-b"],
    });
  });

  it("reads the network from the vpc component's state when no ids are set", () => {
    expect(parse(README_VARS, OPTIONS).config.network).toEqual({
      kind: "remote-state",
      lookup: OPTIONS.remoteState?.vpc,
      vpcIdOutput: "vpc_id",
      privateSubnetIdsOutput: "private_subnet_ids",
    });
  });

  it("takes the runner image from the ecr component's state named by ecr_repo_name", () => {
    const { config } = parse(README_VARS, OPTIONS);
    expect(config.runnerImage).toBeUndefined();
    expect(config.ecrRemoteState).toEqual({ lookup: OPTIONS.remoteState?.ecr, repoName: "infrastructure" });
  });

  it("derives the ECR repository ARN of an explicit ECR runner image", () => {
    const { config } = parse({
      ...MINIMAL,
      spacelift_runner_image: "111111111111.dkr.ecr.us-gov-west-1.amazonaws.com/infra/runner:1.2",
    });
    expect(config.ecrRepositoryArns).toEqual([
      "arn:aws-us-gov:ecr:us-gov-west-1:111111111111:repository/infra/runner",
    ]);
  });

  it("grants no ECR repository for a non-ECR runner image", () => {
    expect(parse(MINIMAL).config.ecrRepositoryArns).toEqual([]);
  });

  it("lets the workers assume the identity account's spacelift role from account-map", () => {
    expect(parse(README_VARS, OPTIONS).config.assumableRoles).toEqual({
      kind: "account-map",
      lookup: OPTIONS.remoteState?.accountMap,
      roleName: "spacelift",
    });
  });

  it("looks the Spacelift AMI up by owner, name and architecture", () => {
    expect(parse({ ...MINIMAL, architecture: ["arm64"] }).config.ami).toEqual({
      kind: "lookup",
      owners: ["643313122712"],
      namePattern: "spacelift-*",
      nameRegex: "^spacelift-\\d{10}-(x86_64|arm64)$",
      architectures: ["arm64"],
    });
  });

  it("looks a custom AMI up in the account itself", () => {
    expect(parse({ ...MINIMAL, custom_spacelift_ami: true }).config.ami).toMatchObject({ owners: ["self"] });
  });

  it("lets the provider generate the pool key unless spacelift_worker_pool_csr_enabled is true", () => {
    expect(parse(MINIMAL).config.userCsr).toBe(false);
    expect(parse({ ...MINIMAL, spacelift_worker_pool_csr_enabled: true }).config.userCsr).toBe(true);
  });

  it("fails on a CSR written into YAML, pointing at the variable-based switch", () => {
    expect(errorsOf(() => parse({ ...MINIMAL, spacelift_worker_pool_csr: "LS0t" }))).toEqual([
      expect.objectContaining({
        code: "WORKER_POOL_UNKNOWN_VAR",
        hint: "did you mean `spacelift_worker_pool_csr_enabled`?",
      }),
    ]);
  });

  it("uses spacelift_ami_id as is", () => {
    expect(parse({ ...MINIMAL, spacelift_ami_id: "ami-1" }).config.ami).toEqual({ kind: "id", id: "ami-1" });
  });

  it("accepts a known space name", () => {
    expect(parse({ ...MINIMAL, space_name: "plat" }, OPTIONS).config.spaceName).toBe("plat");
  });
});

describe("parseWorkerPoolConfig: bad input", () => {
  it("fails when region is not an AWS region name (it reaches IAM policies and the provider)", () => {
    expect(errorsOf(() => parse({ ...MINIMAL, region: '${file("/etc/hostname")}' }))).toEqual([
      expect.objectContaining({ code: "WORKER_POOL_INVALID_VAR", keyPath: "vars.region" }),
    ]);
  });

  it("fails when secrets_recovery_window_in_days is neither 0 nor 7..30", () => {
    expect(errorsOf(() => parse({ ...MINIMAL, secrets_recovery_window_in_days: 3 }))).toEqual([
      expect.objectContaining({
        code: "WORKER_POOL_INVALID_VAR",
        keyPath: "vars.secrets_recovery_window_in_days",
      }),
    ]);
  });

  it("fails when min_size is greater than max_size", () => {
    expect(errorsOf(() => parse({ ...MINIMAL, min_size: 5, max_size: 2 }))).toEqual([
      expect.objectContaining({
        code: "WORKER_POOL_INVALID_CAPACITY",
        keyPath: "vars.min_size",
        message: "`min_size` (5) is greater than `max_size` (2)",
      }),
    ]);
  });

  it("fails when desired_capacity is outside min_size..max_size", () => {
    expect(codesOf(errorsOf(() => parse({ ...MINIMAL, desired_capacity: 9 })))).toEqual([
      "WORKER_POOL_INVALID_CAPACITY",
    ]);
  });

  it.each([0, -1, 1.5])("fails when spacelift_agents_per_node is %p", (agents) => {
    expect(errorsOf(() => parse({ ...MINIMAL, spacelift_agents_per_node: agents }))).toEqual([
      expect.objectContaining({ code: "WORKER_POOL_INVALID_VAR", keyPath: "vars.spacelift_agents_per_node" }),
    ]);
  });

  it("fails when a spot price is set on an on-demand-only policy", () => {
    const vars = {
      ...MINIMAL,
      mixed_instances_policy: { instances_distribution: { spot_max_price: "0.1" } },
    };
    expect(errorsOf(() => parse(vars))).toEqual([
      expect.objectContaining({
        code: "WORKER_POOL_SPOT_PRICE_ON_DEMAND_ONLY",
        keyPath: "vars.mixed_instances_policy.instances_distribution.spot_max_price",
      }),
    ]);
  });

  it("fails when the on-demand base capacity covers max_size and a spot price is set", () => {
    const vars = {
      ...MINIMAL,
      mixed_instances_policy: {
        instances_distribution: {
          on_demand_base_capacity: 3,
          on_demand_percentage_above_base_capacity: 0,
          spot_max_price: "0.1",
        },
      },
    };
    expect(codesOf(errorsOf(() => parse(vars)))).toEqual(["WORKER_POOL_SPOT_PRICE_ON_DEMAND_ONLY"]);
  });

  it("accepts a spot price when the policy launches spot instances", () => {
    const vars = {
      ...MINIMAL,
      mixed_instances_policy: {
        instances_distribution: { on_demand_percentage_above_base_capacity: 0, spot_max_price: "0.1" },
      },
    };
    expect(parse(vars).config.mixedInstancesPolicy?.spotMaxPrice).toBe("0.1");
  });

  it("fails when space_name names no known space, suggesting the closest", () => {
    expect(errorsOf(() => parse({ ...MINIMAL, space_name: "Core" }, OPTIONS))).toEqual([
      expect.objectContaining({
        code: "WORKER_POOL_UNKNOWN_SPACE",
        keyPath: "vars.space_name",
        hint: expect.stringContaining('did you mean "core"?'),
      }),
    ]);
  });

  it("warns on an unknown var, suggesting the closest, and builds the pool from the rest", () => {
    const result = parse({ ...MINIMAL, instnce_type: "t3.small" });
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: "WORKER_POOL_UNKNOWN_VAR",
          severity: "warning",
          keyPath: "vars.instnce_type",
          hint: "did you mean `instance_type`?",
        }),
      ]),
    );
  });

  it("warns on the variables of a fork of Cloud Posse's component, never aborts", () => {
    const result = parse({
      ...MINIMAL,
      vpc_id: "vpc-1",
      vpc_private_subnet_ids: ["subnet-1"],
      ecr_repo_arn: "arn:aws:ecr:us-east-1:111111111111:repository/runner",
    });
    expect(result.warnings.filter((w) => w.code === "WORKER_POOL_UNKNOWN_VAR").map((w) => w.keyPath)).toEqual(
      ["vars.ecr_repo_arn", "vars.vpc_private_subnet_ids"],
    );
  });

  it("fails on an unknown nested key, suggesting the closest sibling", () => {
    const vars = {
      ...MINIMAL,
      instance_refresh: { strategy: "Rolling", preferences: { min_healty_percentage: 50 } },
    };
    expect(errorsOf(() => parse(vars))).toEqual([
      expect.objectContaining({
        keyPath: "vars.instance_refresh.preferences.min_healty_percentage",
        hint: "did you mean `instance_refresh.preferences.min_healthy_percentage`?",
      }),
    ]);
  });

  it("fails on a wrong type with the value received", () => {
    expect(errorsOf(() => parse({ ...MINIMAL, max_size: "three" }))).toEqual([
      expect.objectContaining({
        code: "WORKER_POOL_INVALID_VAR",
        keyPath: "vars.max_size",
        message: expect.stringContaining('got "three"'),
      }),
    ]);
  });

  it.each(["region", "spacelift_api_endpoint", "min_size", "max_size"])("fails when %s is missing", (key) => {
    const vars: JsonMap = { ...MINIMAL };
    delete vars[key];
    expect(errorsOf(() => parse(vars))).toEqual([
      expect.objectContaining({ code: "WORKER_POOL_MISSING_VAR", keyPath: `vars.${key}` }),
    ]);
  });

  it("fails when every label is empty", () => {
    expect(codesOf(errorsOf(() => parse({ ...MINIMAL, name: "" })))).toEqual(["WORKER_POOL_MISSING_VAR"]);
  });

  it("fails when vpc_id is set without private_subnet_ids", () => {
    expect(errorsOf(() => parse({ ...MINIMAL, private_subnet_ids: null }))).toEqual([
      expect.objectContaining({ code: "WORKER_POOL_MISSING_VAR", keyPath: "vars.private_subnet_ids" }),
    ]);
  });

  it("fails when the network is unknown", () => {
    expect(codesOf(errorsOf(() => parse({ ...MINIMAL, vpc_id: null, private_subnet_ids: null })))).toEqual([
      "WORKER_POOL_NETWORK_MISSING",
    ]);
  });

  it("fails when there is no runner image and no ecr state", () => {
    expect(errorsOf(() => parse({ ...MINIMAL, spacelift_runner_image: "", ecr_repo_name: "infra" }))).toEqual(
      [
        expect.objectContaining({
          code: "WORKER_POOL_RUNNER_IMAGE_MISSING",
          keyPath: "vars.spacelift_runner_image",
        }),
      ],
    );
  });

  it("fails when the low CPU threshold is not below the high one", () => {
    const vars = {
      ...MINIMAL,
      cpu_utilization_high_threshold_percent: 50,
      cpu_utilization_low_threshold_percent: 50,
    };
    expect(codesOf(errorsOf(() => parse(vars)))).toEqual(["WORKER_POOL_INVALID_VAR"]);
  });

  it("fails when instance_lifetime is out of AWS's range", () => {
    expect(errorsOf(() => parse({ ...MINIMAL, instance_lifetime: 3600 }))).toEqual([
      expect.objectContaining({ keyPath: "vars.instance_lifetime" }),
    ]);
  });

  it("fails when spacelift_api_endpoint is not an https URL", () => {
    expect(errorsOf(() => parse({ ...MINIMAL, spacelift_api_endpoint: "acme.app.spacelift.io" }))).toEqual([
      expect.objectContaining({ keyPath: "vars.spacelift_api_endpoint" }),
    ]);
  });

  it("fails when drain_timeout exceeds what the lifecycle hook can hold", () => {
    expect(errorsOf(() => parse({ ...MINIMAL, drain_heartbeat_timeout: 60, drain_timeout: 7200 }))).toEqual([
      expect.objectContaining({ keyPath: "vars.drain_timeout" }),
    ]);
  });

  it("reports every cross-var error at once", () => {
    const vars = { ...MINIMAL, min_size: 4, spacelift_agents_per_node: 0, space_name: "nope" };
    expect(codesOf(errorsOf(() => parse(vars))).sort()).toEqual([
      "WORKER_POOL_INVALID_CAPACITY",
      "WORKER_POOL_INVALID_VAR",
      "WORKER_POOL_UNKNOWN_SPACE",
    ]);
  });

  it("puts the file location of the offending value on the error", () => {
    const location = { file: "stacks/orgs/acme/core/ue1/auto.yaml", line: 12, col: 7 };
    const diagnostics = errorsOf(() =>
      parseWorkerPoolConfig(
        { ...MINIMAL, min_size: 5 },
        {
          spaceNames: [],
          keyPath: "components.terraform.spacelift/worker-pool.vars",
          sourceOf: (path) => (path.join(".") === "min_size" ? location : undefined),
        },
      ),
    );
    expect(diagnostics).toEqual([
      expect.objectContaining({
        location,
        keyPath: "components.terraform.spacelift/worker-pool.vars.min_size",
      }),
    ]);
  });
});
