import { App, DataTerraformRemoteStateS3, TerraformStack, Testing } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { SpaceliftProvider } from "../../.gen/providers/spacelift/provider";
import type { JsonMap } from "../../config-engine/types";
import { WorkerPool } from "../../constructs/worker-pool";
import { WorkerPoolAsg, type WorkerPoolAsgProps } from "../../constructs/worker-pool-asg";
import { parseWorkerPoolConfig, type WorkerPoolParseOptions } from "../../model/worker-pool-config";
import { expectValidAgainstSchemas } from "../helpers/schema";
import { describeWithTerraform, validateAndPlan } from "../helpers/terraform";

/** The AWS part with every optional feature on, explicit AMI and network (no AWS call at plan time). */
const ASG_PROPS: WorkerPoolAsgProps = {
  name: "acme-core-ue1-auto-spacelift-worker-pool",
  region: "us-east-1",
  workerPoolId: "01HZZZZZZZZZZZZZZZZZZZZZZZ",
  credentialsSecretArn:
    "arn:aws:secretsmanager:us-east-1:111111111111:secret:spacelift-worker-pool/p/credentials",
  secretsKmsKeyArn: "arn:aws:kms:us-east-1:111111111111:key/00000000-0000-0000-0000-000000000000",
  vpcId: "vpc-0123456789abcdef0",
  subnetIds: ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"],
  ami: { kind: "id", id: "ami-0123456789abcdef0" },
  instanceType: "t3.small",
  minSize: 1,
  maxSize: 3,
  desiredCapacity: 1,
  launcher: {
    agentsPerNode: 2,
    domainName: "spacelift.io",
    gpgVerification: true,
    awsConfigFile: "/etc/aws-config/aws-config-spacelift",
    awsProfile: "acme-identity",
    githubNetrc: { tokenSsmPath: "/github/token", userSsmPath: "/github/user" },
    infracost: { apiKeySsmPath: "/infracost/token", cliArgs: "--show-skipped", warnOnFailure: true },
  },
  runnerImage: "111111111111.dkr.ecr.us-east-1.amazonaws.com/infrastructure:latest",
  ecrRepositoryArns: ["arn:aws:ecr:us-east-1:111111111111:repository/infrastructure"],
  assumableRoleArns: ["arn:aws:iam::222222222222:role/spacelift"],
  mixedInstancesPolicy: {
    onDemandBaseCapacity: 1,
    onDemandPercentageAboveBaseCapacity: 0,
    spotAllocationStrategy: "capacity-optimized",
    spotMaxPrice: "0.05",
    overrides: [{ instanceType: "t3.small" }, { instanceType: "t3a.small", weightedCapacity: 1 }],
  },
  instanceRefresh: {
    strategy: "Rolling",
    minHealthyPercentage: 50,
    instanceWarmupSeconds: 120,
    triggers: ["tag"],
  },
  drain: {
    spaceliftApiEndpoint: "https://acme.app.spacelift.io",
    apiKeySecretArn:
      "arn:aws:secretsmanager:us-east-1:111111111111:secret:spacelift-worker-pool/p/drain-api-key",
    apiKeySecretKmsKeyArn: "arn:aws:kms:us-east-1:111111111111:key/00000000-0000-0000-0000-000000000000",
  },
  tags: { Team: "platform" },
};

function asgStack(props: (stack: TerraformStack) => WorkerPoolAsgProps = () => ASG_PROPS): string {
  const stack = new TerraformStack(Testing.app(), "worker-pool-aws");
  new AwsProvider(stack, "aws", { region: "us-east-1" });
  new WorkerPoolAsg(stack, "workers", props(stack));
  return Testing.synth(stack);
}

/** The same group fed from another stack's S3 state: every input is a token. */
function tokenInputs(stack: TerraformStack): WorkerPoolAsgProps {
  const state = new DataTerraformRemoteStateS3(stack, "vpc", {
    bucket: "acme-tfstate",
    key: "terraform.tfstate",
    region: "us-east-1",
    workspace: "core-ue1-auto",
    workspaceKeyPrefix: "vpc",
  });
  return {
    ...ASG_PROPS,
    vpcId: state.getString("vpc_id"),
    subnetIds: state.getList("private_subnet_ids"),
    runnerImage: state.getString("runner_image"),
    credentialsSecretArn: state.getString("secret_arn"),
    workerPoolId: state.getString("pool_id"),
  };
}

const VARS: JsonMap = {
  namespace: "acme",
  tenant: "core",
  environment: "ue1",
  stage: "auto",
  name: "spacelift-worker-pool",
  region: "us-east-1",
  spacelift_api_endpoint: "https://acme.app.spacelift.io",
  min_size: 1,
  max_size: 3,
  ecr_repo_name: "infrastructure",
  spacelift_worker_pool_csr_enabled: true,
  github_netrc_enabled: true,
  instance_refresh: { strategy: "Rolling", preferences: { min_healthy_percentage: 50 } },
};

const S3 = { backend: "s3", bucket: "acme-tfstate", key: "terraform.tfstate", region: "us-east-1" } as const;
const REMOTE: WorkerPoolParseOptions["remoteState"] = {
  vpc: { ...S3, workspace: "core-ue1-auto", workspaceKeyPrefix: "vpc" },
  ecr: { ...S3, workspace: "core-ue1-artifacts", workspaceKeyPrefix: "ecr" },
  accountMap: {
    ...S3,
    workspace: "core-gbl-root",
    workspaceKeyPrefix: "account-map",
    roleArn: "arn:aws:iam::1:role/r",
  },
};

/** The whole worker-pool stack as the app builds it: both providers, the pool and its workers. */
function poolStack(vars: JsonMap, remoteState?: WorkerPoolParseOptions["remoteState"]): TerraformStack {
  const { config } = parseWorkerPoolConfig(vars, {
    spaceNames: ["core"],
    ...(remoteState ? { remoteState } : {}),
  });
  const stack = new TerraformStack(new App(), "core-ue1-auto-spacelift-worker-pool");
  new AwsProvider(stack, "aws", { region: "us-east-1" });
  new SpaceliftProvider(stack, "spacelift", { apiKeyEndpoint: "https://acme.app.spacelift.io" });
  new WorkerPool(stack, "pool", { config, space: { id: "core-01HSPACE" } });
  return stack;
}

describe("worker pool stacks pass the schema validator", () => {
  it("the AWS part alone", () => {
    expect(expectValidAgainstSchemas(asgStack())).toEqual({ errors: [], warnings: [] });
  });

  it("the whole stack with remote-state sources, a CSR and the managed drain key", () => {
    expect(expectValidAgainstSchemas(poolStack(VARS, REMOTE))).toEqual({ errors: [], warnings: [] });
  });

  it("the whole stack with explicit sources and an existing drain key", () => {
    const vars: JsonMap = {
      ...VARS,
      vpc_id: "vpc-1",
      private_subnet_ids: ["subnet-1"],
      spacelift_runner_image: "public.ecr.aws/spacelift/runner-terraform:latest",
      worker_role_arns: ["arn:aws:iam::222222222222:role/spacelift"],
      spacelift_ami_id: "ami-1",
      drain_api_key_secret_arn: "arn:aws:secretsmanager:us-east-1:111111111111:secret:drain",
    };
    expect(expectValidAgainstSchemas(poolStack(vars))).toEqual({ errors: [], warnings: [] });
  });
});

describeWithTerraform(
  "the AWS part against real terraform and the offline hashicorp/aws 5.100.0 mirror",
  () => {
    it("validates and plans every resource for creation", () => {
      const result = validateAndPlan(asgStack());
      expect(result.validate.diagnostics).toEqual([]);
      expect(result.plan?.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(result.plan?.succeeded).toBe(true);
      const planned = (result.plan?.changes ?? []).map((c) => c.replace(/_[0-9A-F]{8}(?=[.:\]])/g, ""));
      expect(planned).toEqual([
        "aws_autoscaling_group.workers_group: create",
        "aws_autoscaling_lifecycle_hook.workers_drain-hook: create",
        "aws_autoscaling_policy.workers_scaling_scale-down: create",
        "aws_autoscaling_policy.workers_scaling_scale-up: create",
        "aws_cloudwatch_event_rule.workers_drain_rule: create",
        "aws_cloudwatch_event_target.workers_drain_target: create",
        "aws_cloudwatch_metric_alarm.workers_scaling_cpu-down: create",
        "aws_cloudwatch_metric_alarm.workers_scaling_cpu-up: create",
        "aws_iam_instance_profile.workers_instance-profile: create",
        "aws_iam_role.workers_drain_automation-role: create",
        "aws_iam_role.workers_drain_trigger-role: create",
        "aws_iam_role.workers_role: create",
        "aws_iam_role_policy.workers_drain_automation-policy: create",
        "aws_iam_role_policy.workers_drain_trigger-policy: create",
        "aws_iam_role_policy.workers_worker-policy: create",
        "aws_iam_role_policy_attachment.workers_ssm-core: create",
        "aws_launch_template.workers_launch-template: create",
        "aws_security_group.workers_security-group: create",
        "aws_ssm_document.workers_drain_runbook: create",
        "aws_vpc_security_group_egress_rule.workers_egress-ipv4: create",
        "aws_vpc_security_group_egress_rule.workers_egress-ipv6: create",
      ]);
    });

    it("validates the AWS part when every input is a token from another state", () => {
      const result = validateAndPlan(asgStack(tokenInputs), { plan: false });
      expect(result.validate.diagnostics).toEqual([]);
      expect(result.validate.valid).toBe(true);
    });
  },
);
