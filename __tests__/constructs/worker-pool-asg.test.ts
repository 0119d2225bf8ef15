import { App, TerraformStack } from "cdktf";
import { AutoscalingGroup } from "@cdktf/provider-aws/lib/autoscaling-group";
import { AutoscalingLifecycleHook } from "@cdktf/provider-aws/lib/autoscaling-lifecycle-hook";
import { CloudwatchEventRule } from "@cdktf/provider-aws/lib/cloudwatch-event-rule";
import { CloudwatchEventTarget } from "@cdktf/provider-aws/lib/cloudwatch-event-target";
import { CloudwatchMetricAlarm } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm";
import { DataAwsAmi } from "@cdktf/provider-aws/lib/data-aws-ami";
import { LaunchTemplate } from "@cdktf/provider-aws/lib/launch-template";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { isDiagnosticError, type Diagnostic } from "../../config-engine/diagnostics";
import { WorkerPoolAsg, type WorkerPoolAsgProps } from "../../constructs/worker-pool-asg";
import { expectValidAgainstSchemas } from "../helpers/schema";
import { synthJson, synthScopeValidated, type SynthJson } from "../helpers/synth";

const SECRET_ARN =
  "arn:aws:secretsmanager:us-east-1:111111111111:secret:spacelift-worker-pool/pool/credentials";
const DRAIN_SECRET_ARN =
  "arn:aws:secretsmanager:us-east-1:111111111111:secret:spacelift-worker-pool/pool/drain";

/** Explicit AMI and network: what the offline plan needs too. */
const ASG_PROPS: WorkerPoolAsgProps = {
  name: "acme-core-ue1-auto-spacelift-worker-pool",
  region: "us-east-1",
  workerPoolId: "01HZZZZZZZZZZZZZZZZZZZZZZZ",
  credentialsSecretArn: SECRET_ARN,
  vpcId: "vpc-0123456789abcdef0",
  subnetIds: ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"],
  ami: { kind: "id", id: "ami-0123456789abcdef0" },
  instanceType: "t3.small",
  minSize: 1,
  maxSize: 3,
  launcher: {
    agentsPerNode: 2,
    domainName: "spacelift.io",
    gpgVerification: true,
    awsConfigFile: "/etc/aws-config/aws-config-spacelift",
    awsProfile: "acme-identity",
  },
  runnerImage: "111111111111.dkr.ecr.us-east-1.amazonaws.com/infrastructure:latest",
  ecrRepositoryArns: ["arn:aws:ecr:us-east-1:111111111111:repository/infrastructure"],
  assumableRoleArns: ["arn:aws:iam::222222222222:role/spacelift"],
  drain: { spaceliftApiEndpoint: "https://acme.app.spacelift.io", apiKeySecretArn: DRAIN_SECRET_ARN },
  tags: { Team: "platform" },
};

/** Synthesizes the auto-scaling group and checks the result against the provider schemas. */
function synthAsg(overrides: Partial<WorkerPoolAsgProps> = {}): string {
  const text = synthScopeValidated((scope) => {
    // The real stacks declare the provider (worker-pool-stack.ts); app validation requires it.
    new AwsProvider(scope, "aws", { region: "us-east-1" });
    new WorkerPoolAsg(scope, "workers", { ...ASG_PROPS, ...overrides });
  });
  expectValidAgainstSchemas(text);
  return text;
}

/** Synthesizes it in its own stack, checked against the provider schemas, and parses it. */
function stackOf(overrides: Partial<WorkerPoolAsgProps> = {}): SynthJson {
  const stack = new TerraformStack(new App(), "workers");
  new AwsProvider(stack, "aws", { region: "us-east-1" });
  new WorkerPoolAsg(stack, "workers", { ...ASG_PROPS, ...overrides });
  const json = synthJson(stack);
  expectValidAgainstSchemas(json);
  return json;
}

/** The only resource of `type` in the stack. */
function only(json: SynthJson, type: string): Record<string, unknown> {
  const all = Object.values(json.resource?.[type] ?? {});
  expect(all).toHaveLength(1);
  return all[0] as Record<string, unknown>;
}

interface Statement {
  Sid: string;
  Action: string[];
  Resource: string[] | string;
}

/** The inline policy statements of the role policy named `name`, by Sid. */
function statements(json: SynthJson, name: string): Record<string, Statement> {
  const policy = Object.values(json.resource?.["aws_iam_role_policy"] ?? {}).find((p) => p["name"] === name);
  const doc = JSON.parse(String(policy?.["policy"])) as { Statement: Statement[] };
  return Object.fromEntries(doc.Statement.map((s) => [s.Sid, s]));
}

function errorsOf(fn: () => unknown): readonly Diagnostic[] {
  try {
    fn();
  } catch (e) {
    if (isDiagnosticError(e)) return e.diagnostics;
    throw e;
  }
  throw new Error("expected a DiagnosticError");
}

describe("WorkerPoolAsg launch template", () => {
  it("requires IMDSv2 with hop limit 1", () => {
    expect(only(stackOf(), "aws_launch_template")["metadata_options"]).toMatchObject({
      http_tokens: "required",
      http_put_response_hop_limit: 1,
      http_endpoint: "enabled",
    });
  });

  it("gives the workers no public IP and only the egress security group", () => {
    expect(only(stackOf(), "aws_launch_template")["network_interfaces"]).toEqual([
      {
        associate_public_ip_address: "false",
        delete_on_termination: "true",
        device_index: 0,
        security_groups: [expect.stringMatching(/^\$\{aws_security_group\.[\w-]+\.id\}$/)],
      },
    ]);
  });

  it("encrypts a gp3 root volume by default", () => {
    expect(only(stackOf(), "aws_launch_template")["block_device_mappings"]).toEqual([
      {
        device_name: "/dev/xvda",
        ebs: { delete_on_termination: "true", encrypted: "true", volume_size: 40, volume_type: "gp3" },
      },
    ]);
  });

  it("turns on detailed monitoring", () => {
    expect(synthAsg()).toHaveResourceWithProperties(LaunchTemplate, { monitoring: { enabled: true } });
  });

  it("uses the explicit AMI without a lookup", () => {
    const synth = synthAsg();
    expect(synth).toHaveResourceWithProperties(LaunchTemplate, { image_id: "ami-0123456789abcdef0" });
    expect(synth).not.toHaveDataSource(DataAwsAmi);
  });

  it("looks up Spacelift's AMI by owner, name pattern and architecture otherwise", () => {
    expect(synthAsg({ ami: undefined })).toHaveDataSourceWithProperties(DataAwsAmi, {
      most_recent: true,
      owners: ["643313122712"],
      filter: [
        { name: "name", values: ["spacelift-*"] },
        { name: "architecture", values: ["x86_64"] },
        { name: "root-device-type", values: ["ebs"] },
        { name: "virtualization-type", values: ["hvm"] },
      ],
    });
  });

  it("passes the boot script through a local, base64-encoded, with the secret ARN and no secret", () => {
    const json = stackOf();
    expect(only(json, "aws_launch_template")["user_data"]).toMatch(/^\$\{base64encode\(local\.[\w-]+\)\}$/);
    const script = String(Object.values(json.locals ?? {})[0]);
    expect(script).toContain(SECRET_ARN);
    expect(script).toContain("systemctl enable --now spacelift@1.service spacelift@2.service");
  });
});

describe("WorkerPoolAsg group", () => {
  it("runs in the private subnets with min and max size", () => {
    expect(synthAsg()).toHaveResourceWithProperties(AutoscalingGroup, {
      vpc_zone_identifier: ASG_PROPS.subnetIds,
      min_size: 1,
      max_size: 3,
    });
  });

  it("leaves desired capacity to the scaler", () => {
    const group = only(stackOf(), "aws_autoscaling_group");
    expect(group["lifecycle"]).toEqual({ ignore_changes: ["desired_capacity"] });
    expect(group["desired_capacity"]).toBeUndefined();
  });

  it("uses the template's latest version so a template change starts the refresh", () => {
    expect(only(stackOf(), "aws_autoscaling_group")["launch_template"]).toEqual({
      id: expect.stringMatching(/^\$\{aws_launch_template\.[\w-]+\.id\}$/),
      version: expect.stringMatching(/^\$\{aws_launch_template\.[\w-]+\.latest_version\}$/),
    });
  });

  it("replaces instances after max_instance_lifetime", () => {
    expect(synthAsg()).toHaveResourceWithProperties(AutoscalingGroup, { max_instance_lifetime: 1209600 });
  });

  it("mixes on-demand and spot instances with the spot price and overrides", () => {
    const group = only(
      stackOf({
        mixedInstancesPolicy: {
          onDemandBaseCapacity: 1,
          onDemandPercentageAboveBaseCapacity: 0,
          spotMaxPrice: "0.05",
          overrides: [{ instanceType: "t3.small" }, { instanceType: "t3a.small", weightedCapacity: 2 }],
        },
      }),
      "aws_autoscaling_group",
    );
    expect(group["launch_template"]).toBeUndefined();
    expect(group["mixed_instances_policy"]).toMatchObject({
      instances_distribution: {
        on_demand_base_capacity: 1,
        on_demand_percentage_above_base_capacity: 0,
        spot_max_price: "0.05",
      },
      launch_template: {
        override: [{ instance_type: "t3.small" }, { instance_type: "t3a.small", weighted_capacity: "2" }],
      },
    });
  });

  it("refreshes instances with the configured preferences", () => {
    expect(
      synthAsg({
        instanceRefresh: {
          strategy: "Rolling",
          minHealthyPercentage: 50,
          instanceWarmupSeconds: 60,
          triggers: [],
        },
      }),
    ).toHaveResourceWithProperties(AutoscalingGroup, {
      instance_refresh: {
        strategy: "Rolling",
        preferences: { min_healthy_percentage: 50, instance_warmup: "60" },
      },
    });
  });

  it("propagates the tags to instances", () => {
    expect(synthAsg()).toHaveResourceWithProperties(AutoscalingGroup, {
      tag: [{ key: "Team", value: "platform", propagate_at_launch: true }],
    });
  });
});

describe("WorkerPoolAsg drain", () => {
  it("holds terminating instances with a lifecycle hook", () => {
    expect(synthAsg()).toHaveResourceWithProperties(AutoscalingLifecycleHook, {
      name: "spacelift-drain",
      lifecycle_transition: "autoscaling:EC2_INSTANCE_TERMINATING",
      heartbeat_timeout: 300,
      default_result: "CONTINUE",
    });
  });

  it("starts the drain runbook for the group's terminating instances", () => {
    const json = stackOf();
    expect(JSON.parse(String(only(json, "aws_cloudwatch_event_rule")["event_pattern"]))).toEqual({
      source: ["aws.autoscaling"],
      "detail-type": ["EC2 Instance-terminate Lifecycle Action"],
      detail: { AutoScalingGroupName: [ASG_PROPS.name], LifecycleHookName: ["spacelift-drain"] },
    });
    expect(only(json, "aws_cloudwatch_event_target")["arn"]).toMatch(
      /^\$\{replace\(aws_ssm_document\.[\w-]+\.arn, "document\/", "automation-definition\/"\)\}:\$DEFAULT$/,
    );
  });

  it("sizes the runbook loop from the drain timeout", () => {
    const runbook = only(
      stackOf({ drain: { ...ASG_PROPS.drain!, timeoutSeconds: 3600 } }),
      "aws_ssm_document",
    );
    expect(runbook).toMatchObject({ document_type: "Automation", document_format: "JSON" });
    const content = JSON.parse(String(runbook["content"])) as {
      mainSteps: { inputs: { MaxIterations?: number } }[];
    };
    expect(content.mainSteps[0]?.inputs.MaxIterations).toBe(7);
  });

  it("destroys the group before the runbook and its trigger", () => {
    const dependsOn = only(stackOf(), "aws_autoscaling_group")["depends_on"] as string[];
    expect(dependsOn.map((d) => d.split(".")[0]).sort()).toEqual([
      "aws_cloudwatch_event_rule",
      "aws_cloudwatch_event_target",
      "aws_iam_role_policy",
      "aws_iam_role_policy",
      "aws_ssm_document",
    ]);
  });

  it("lets the runbook complete lifecycle actions of this group only and read the drain key", () => {
    const s = statements(stackOf(), "drain");
    expect(s["HoldAndCompleteLifecycleAction"]?.Resource).toEqual([
      expect.stringMatching(
        /:autoScalingGroup:\*:autoScalingGroupName\/acme-core-ue1-auto-spacelift-worker-pool$/,
      ),
    ]);
    expect(s["ReadDrainApiKey"]?.Resource).toEqual([DRAIN_SECRET_ARN]);
  });

  it("creates no hook, runbook or rule without drain props", () => {
    const synth = synthAsg({ drain: undefined });
    expect(synth).not.toHaveResource(AutoscalingLifecycleHook);
    expect(synth).not.toHaveResource(CloudwatchEventRule);
    expect(synth).not.toHaveResource(CloudwatchEventTarget);
  });
});

describe("WorkerPoolAsg IAM and network", () => {
  it("lets the workers read this pool's credentials secret and nothing else from Secrets Manager", () => {
    const s = statements(stackOf(), "spacelift-worker");
    expect(s["ReadPoolCredentials"]).toMatchObject({
      Action: ["secretsmanager:GetSecretValue"],
      Resource: [SECRET_ARN],
    });
    const secretStatements = Object.values(s).filter((x) =>
      x.Action.some((a) => a.startsWith("secretsmanager:")),
    );
    expect(secretStatements).toHaveLength(1);
  });

  it("lets the workers pull from the runner image's repository only", () => {
    expect(statements(stackOf(), "spacelift-worker")["PullRunnerImage"]?.Resource).toEqual(
      ASG_PROPS.ecrRepositoryArns,
    );
  });

  it("lets the workers assume the configured roles", () => {
    expect(statements(stackOf(), "spacelift-worker")["AssumeWorkerRoles"]).toMatchObject({
      Action: ["sts:AssumeRole", "sts:SetSourceIdentity", "sts:TagSession"],
      Resource: ASG_PROPS.assumableRoleArns,
    });
  });

  it("grants no assume-role permission when no role is configured", () => {
    expect(
      statements(stackOf({ assumableRoleArns: [] }), "spacelift-worker")["AssumeWorkerRoles"],
    ).toBeUndefined();
  });

  it("grants the SSM parameters read at boot only when GitHub or Infracost is enabled", () => {
    expect(statements(stackOf(), "spacelift-worker")["ReadBootParameters"]).toBeUndefined();
    const s = statements(
      stackOf({
        launcher: {
          ...ASG_PROPS.launcher,
          githubNetrc: { tokenSsmPath: "/github/token", userSsmPath: "/github/user" },
        },
      }),
      "spacelift-worker",
    );
    expect(s["ReadBootParameters"]?.Resource).toEqual([
      expect.stringMatching(/:ssm:us-east-1:\*:parameter\/github\/token$/),
      expect.stringMatching(/:ssm:us-east-1:\*:parameter\/github\/user$/),
    ]);
  });

  it("attaches SSM core for Session Manager", () => {
    expect(String(only(stackOf(), "aws_iam_role_policy_attachment")["policy_arn"])).toMatch(
      /^arn:\$\{data\.aws_partition\.[\w-]+\.partition\}:iam::aws:policy\/AmazonSSMManagedInstanceCore$/,
    );
  });

  it("has a security group without ingress, with all egress", () => {
    const json = stackOf();
    expect(only(json, "aws_security_group")["ingress"]).toBeUndefined();
    expect(
      Object.values(json.resource?.["aws_vpc_security_group_egress_rule"] ?? {}).map((r) => r["ip_protocol"]),
    ).toEqual(["-1", "-1"]);
    expect(json.resource?.["aws_vpc_security_group_ingress_rule"]).toBeUndefined();
    expect(synthAsg()).toHaveResourceWithProperties(SecurityGroup, { vpc_id: ASG_PROPS.vpcId });
  });

  it("scales on the group's average CPU", () => {
    const synth = synthAsg({ cpuHighThresholdPercent: 70, cpuLowThresholdPercent: 20 });
    expect(synth).toHaveResourceWithProperties(CloudwatchMetricAlarm, {
      metric_name: "CPUUtilization",
      comparison_operator: "GreaterThanOrEqualToThreshold",
      threshold: 70,
    });
    expect(synth).toHaveResourceWithProperties(CloudwatchMetricAlarm, {
      comparison_operator: "LessThanOrEqualToThreshold",
      threshold: 20,
    });
  });
});

describe("WorkerPoolAsg bad input", () => {
  it("fails when minSize is greater than maxSize", () => {
    expect(errorsOf(() => synthAsg({ minSize: 4, maxSize: 2 }))).toEqual([
      expect.objectContaining({
        code: "WORKER_POOL_INVALID_PROP",
        message: expect.stringMatching(/^\[.*workers\] minSize \(4\)/),
      }),
    ]);
  });

  it("fails when agentsPerNode is below 1", () => {
    expect(errorsOf(() => synthAsg({ launcher: { ...ASG_PROPS.launcher, agentsPerNode: 0 } }))).toEqual([
      expect.objectContaining({ message: expect.stringContaining("launcher.agentsPerNode") }),
    ]);
  });

  it("fails when a spot price is set on an on-demand-only mix", () => {
    const mix = { spotMaxPrice: "0.05", overrides: [{ instanceType: "t3.small" }] };
    expect(errorsOf(() => synthAsg({ mixedInstancesPolicy: mix }))).toEqual([
      expect.objectContaining({ message: expect.stringContaining("spotMaxPrice") }),
    ]);
  });

  it("fails when a derived IAM role name exceeds 64 characters", () => {
    expect(errorsOf(() => synthAsg({ iamName: "x".repeat(60) }))).toEqual([
      expect.objectContaining({
        code: "WORKER_POOL_NAME_TOO_LONG",
        message: expect.stringContaining("drain IAM role"),
      }),
    ]);
  });

  it("fails when the hop limit is 0", () => {
    expect(errorsOf(() => synthAsg({ metadataHopLimit: 0 }))).toEqual([
      expect.objectContaining({ message: expect.stringContaining("metadataHopLimit") }),
    ]);
  });
});
