/**
 * The AWS side of a Spacelift worker pool: launch template, auto-scaling group, CPU scaling, the drain
 * of terminating instances, the instance role and profile, and an egress-only security group. It takes
 * the pool id and the credentials secret's ARN as strings (tokens allowed), so it synthesizes and plans
 * with the AWS provider alone.
 */
import { Fn, TerraformLocal } from "cdktf";
import { Construct } from "constructs";
import { AutoscalingGroup } from "@cdktf/provider-aws/lib/autoscaling-group";
import { AutoscalingLifecycleHook } from "@cdktf/provider-aws/lib/autoscaling-lifecycle-hook";
import { DataAwsAmi } from "@cdktf/provider-aws/lib/data-aws-ami";
import { DataAwsPartition } from "@cdktf/provider-aws/lib/data-aws-partition";
import { IamInstanceProfile } from "@cdktf/provider-aws/lib/iam-instance-profile";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy";
import { IamRolePolicyAttachment } from "@cdktf/provider-aws/lib/iam-role-policy-attachment";
import { LaunchTemplate } from "@cdktf/provider-aws/lib/launch-template";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { VpcSecurityGroupEgressRule } from "@cdktf/provider-aws/lib/vpc-security-group-egress-rule";
import type {
  AmiSource,
  BlockDeviceMapping,
  InstanceRefresh,
  LauncherConfig,
  MixedInstancesPolicy,
} from "../model/worker-pool-config";
import { DEFAULT_AMI_LOOKUP, DEFAULT_ROOT_VOLUME } from "../model/worker-pool-build";
import { WorkerPoolDrain } from "./private/worker-pool-drain";
import { checkWorkerPoolAsgProps } from "./private/worker-pool-asg-checks";
import { workerPolicy, trustPolicy } from "./private/worker-pool-iam";
import {
  blockDevice,
  bootParameters,
  GROUP_METRICS,
  launchTemplateOrMix,
  refresh,
  sortedTags,
} from "./private/worker-pool-group-blocks";
import { WorkerPoolCpuScaling } from "./private/worker-pool-scaling";
import { renderWorkerUserData } from "./private/worker-pool-user-data";

/** How terminating instances are drained (see docs/worker-pool.md, "Drain"). */
export interface WorkerPoolAsgDrainProps {
  /** Spacelift API endpoint, e.g. `https://acme.app.spacelift.io`. */
  readonly spaceliftApiEndpoint: string;
  /** Secret holding `SPACELIFT_API_KEY_ID` and `SPACELIFT_API_KEY_SECRET` (a key allowed to drain the pool's workers). */
  readonly apiKeySecretArn: string;
  /** KMS key of that secret. @default - the AWS-managed Secrets Manager key */
  readonly apiKeySecretKmsKeyArn?: string;
  /** Lifecycle-hook heartbeat timeout in seconds. @default 300 */
  readonly heartbeatTimeoutSeconds?: number;
  /** Longest wait for in-flight runs, in seconds. @default 7200 */
  readonly timeoutSeconds?: number;
}

/** Props of {@link WorkerPoolAsg}. */
export interface WorkerPoolAsgProps {
  /** Name of the group, launch template, security group, runbook and alarms (the pool's name). */
  readonly name: string;
  /** Name of the instance role and profile. @default - `name` */
  readonly iamName?: string;
  readonly region: string;
  /** Spacelift worker pool id (token allowed). */
  readonly workerPoolId: string;
  /** Secret holding `SPACELIFT_TOKEN` and `SPACELIFT_POOL_PRIVATE_KEY`, read by the instances at boot. */
  readonly credentialsSecretArn: string;
  /** KMS key of the credentials secret. @default - the AWS-managed Secrets Manager key */
  readonly secretsKmsKeyArn?: string;
  readonly vpcId: string;
  /** Private subnets of the group (a list token allowed). */
  readonly subnetIds: string[];
  /** @default - the most recent Spacelift x86_64 AMI */
  readonly ami?: AmiSource;
  readonly instanceType: string;
  /** @default false */
  readonly ebsOptimized?: boolean;
  /** @default - one encrypted 40 GiB gp3 root volume on `/dev/xvda` */
  readonly blockDeviceMappings?: readonly BlockDeviceMapping[];
  /** IMDSv2 hop limit; 1 keeps run containers away from the instance credentials. @default 1 */
  readonly metadataHopLimit?: number;
  /** @default false */
  readonly associatePublicIpAddress?: boolean;
  readonly minSize: number;
  readonly maxSize: number;
  /** Capacity at creation only: later changes are ignored, the scaler owns it. @default - `minSize` */
  readonly desiredCapacity?: number;
  /** @default "10m" */
  readonly waitForCapacityTimeout?: string;
  /** Cooldown of the group and of scaling up. @default 300 */
  readonly defaultCooldownSeconds?: number;
  /** @default 300 */
  readonly scaleDownCooldownSeconds?: number;
  /** @default 10 */
  readonly cpuHighThresholdPercent?: number;
  /** @default 5 */
  readonly cpuLowThresholdPercent?: number;
  /** @default "EC2" */
  readonly healthCheckType?: "EC2" | "ELB";
  /** @default 300 */
  readonly healthCheckGracePeriodSeconds?: number;
  /** @default ["OldestLaunchTemplate", "OldestInstance"] */
  readonly terminationPolicies?: readonly string[];
  /** 0 disables. @default 1209600 (14 days) */
  readonly maxInstanceLifetimeSeconds?: number;
  /** @default - on-demand instances of `instanceType` only */
  readonly mixedInstancesPolicy?: MixedInstancesPolicy;
  /** @default - no refresh: new launch template versions apply to new instances only */
  readonly instanceRefresh?: InstanceRefresh;
  readonly launcher: LauncherConfig;
  /** Image pre-pulled at boot (token allowed). */
  readonly runnerImage: string;
  /** ECR repositories the workers may pull from. @default [] */
  readonly ecrRepositoryArns?: readonly string[];
  /** Roles the workers may assume. @default [] */
  readonly assumableRoleArns?: readonly string[];
  /** @default - no drain: scale-in and refreshes may kill in-flight runs */
  readonly drain?: WorkerPoolAsgDrainProps;
  /** @default {} */
  readonly tags?: Readonly<Record<string, string>>;
}

/** Private Spacelift workers in an auto-scaling group. */
export class WorkerPoolAsg extends Construct {
  readonly autoScalingGroup: AutoscalingGroup;
  readonly launchTemplate: LaunchTemplate;
  readonly role: IamRole;
  readonly securityGroup: SecurityGroup;
  /** The rendered boot script (tokens unresolved). */
  readonly userData: string;

  constructor(scope: Construct, id: string, props: WorkerPoolAsgProps) {
    super(scope, id);
    const iamName = props.iamName ?? props.name;
    const tags = sortedTags(props.tags ?? {});
    const ami = props.ami ?? DEFAULT_AMI_LOOKUP;
    this.userData = renderWorkerUserData({
      region: props.region,
      credentialsSecretArn: props.credentialsSecretArn,
      runnerImage: props.runnerImage,
      launcher: props.launcher,
    });
    checkWorkerPoolAsgProps(this, props, iamName, this.userData);

    const partition = new DataAwsPartition(this, "partition").partition;

    this.role = new IamRole(this, "role", {
      name: iamName,
      description: `Spacelift workers of ${props.name}`,
      assumeRolePolicy: trustPolicy("ec2.amazonaws.com"),
      tags,
    });
    new IamRolePolicy(this, "worker-policy", {
      name: "spacelift-worker",
      role: this.role.id,
      policy: workerPolicy({
        partition,
        region: props.region,
        credentialsSecretArn: props.credentialsSecretArn,
        ...(props.secretsKmsKeyArn !== undefined ? { secretsKmsKeyArn: props.secretsKmsKeyArn } : {}),
        ecrRepositoryArns: props.ecrRepositoryArns ?? [],
        assumableRoleArns: props.assumableRoleArns ?? [],
        ssmParameterNames: bootParameters(props.launcher),
      }),
    });
    new IamRolePolicyAttachment(this, "ssm-core", {
      role: this.role.name,
      policyArn: `arn:${partition}:iam::aws:policy/AmazonSSMManagedInstanceCore`,
    });
    const profile = new IamInstanceProfile(this, "instance-profile", {
      name: iamName,
      role: this.role.name,
      tags,
    });

    this.securityGroup = new SecurityGroup(this, "security-group", {
      name: props.name,
      description: "Spacelift workers: egress only, no ingress",
      vpcId: props.vpcId,
      revokeRulesOnDelete: true,
      tags,
    });
    for (const [family, cidr] of [
      ["ipv4", { cidrIpv4: "0.0.0.0/0" }],
      ["ipv6", { cidrIpv6: "::/0" }],
    ] as const) {
      new VpcSecurityGroupEgressRule(this, `egress-${family}`, {
        securityGroupId: this.securityGroup.id,
        ipProtocol: "-1",
        description: "Spacelift, git, registries and provider APIs",
        ...cidr,
        tags,
      });
    }

    this.launchTemplate = new LaunchTemplate(this, "launch-template", {
      name: props.name,
      description: `Spacelift workers of ${props.name}`,
      imageId: ami.kind === "id" ? ami.id : amiLookup(this, ami),
      instanceType: props.instanceType,
      ebsOptimized: String(props.ebsOptimized ?? false),
      iamInstanceProfile: { arn: profile.arn },
      metadataOptions: {
        httpEndpoint: "enabled",
        httpTokens: "required",
        httpPutResponseHopLimit: props.metadataHopLimit ?? 1,
        instanceMetadataTags: "disabled",
      },
      monitoring: { enabled: true },
      networkInterfaces: [
        {
          deviceIndex: 0,
          associatePublicIpAddress: String(props.associatePublicIpAddress ?? false),
          deleteOnTermination: "true",
          securityGroups: [this.securityGroup.id],
        },
      ],
      blockDeviceMappings: (props.blockDeviceMappings ?? [DEFAULT_ROOT_VOLUME]).map(blockDevice),
      // Through a local: its JSON string is a Terraform template, so the secret ARN token interpolates.
      userData: Fn.base64encode(new TerraformLocal(this, "user-data", this.userData).asString),
      updateDefaultVersion: true,
      tagSpecifications: ["instance", "volume", "network-interface"].map((resourceType) => ({
        resourceType,
        tags,
      })),
      tags,
    });

    const drain =
      props.drain !== undefined
        ? new WorkerPoolDrain(this, "drain", {
            name: props.name,
            iamName,
            partition,
            region: props.region,
            autoScalingGroupName: props.name,
            workerPoolId: props.workerPoolId,
            spaceliftApiEndpoint: props.drain.spaceliftApiEndpoint,
            apiKeySecretArn: props.drain.apiKeySecretArn,
            ...(props.drain.apiKeySecretKmsKeyArn !== undefined
              ? { apiKeySecretKmsKeyArn: props.drain.apiKeySecretKmsKeyArn }
              : {}),
            timeoutSeconds: props.drain.timeoutSeconds ?? 7200,
            tags,
          })
        : undefined;

    this.autoScalingGroup = new AutoscalingGroup(this, "group", {
      name: props.name,
      minSize: props.minSize,
      maxSize: props.maxSize,
      ...(props.desiredCapacity !== undefined ? { desiredCapacity: props.desiredCapacity } : {}),
      vpcZoneIdentifier: props.subnetIds,
      ...launchTemplateOrMix(this.launchTemplate, props.mixedInstancesPolicy),
      defaultCooldown: props.defaultCooldownSeconds ?? 300,
      healthCheckType: props.healthCheckType ?? "EC2",
      healthCheckGracePeriod: props.healthCheckGracePeriodSeconds ?? 300,
      terminationPolicies: [...(props.terminationPolicies ?? ["OldestLaunchTemplate", "OldestInstance"])],
      waitForCapacityTimeout: props.waitForCapacityTimeout ?? "10m",
      maxInstanceLifetime: props.maxInstanceLifetimeSeconds ?? 1209600,
      metricsGranularity: "1Minute",
      enabledMetrics: GROUP_METRICS,
      ...(props.instanceRefresh !== undefined ? { instanceRefresh: refresh(props.instanceRefresh) } : {}),
      tag: Object.entries(tags).map(([key, value]) => ({ key, value, propagateAtLaunch: true })),
      lifecycle: { ignoreChanges: ["desired_capacity"] },
      // The drain's runbook and trigger must outlive the group, so they are destroyed after it.
      ...(drain !== undefined ? { dependsOn: [...drain.dependables] } : {}),
    });

    if (drain !== undefined && props.drain !== undefined) {
      new AutoscalingLifecycleHook(this, "drain-hook", {
        name: drain.hookName,
        autoscalingGroupName: this.autoScalingGroup.name,
        lifecycleTransition: "autoscaling:EC2_INSTANCE_TERMINATING",
        heartbeatTimeout: props.drain.heartbeatTimeoutSeconds ?? 300,
        defaultResult: "CONTINUE",
      });
    }

    new WorkerPoolCpuScaling(this, "scaling", {
      autoScalingGroupName: this.autoScalingGroup.name,
      name: props.name,
      highThresholdPercent: props.cpuHighThresholdPercent ?? 10,
      lowThresholdPercent: props.cpuLowThresholdPercent ?? 5,
      scaleUpCooldownSeconds: props.defaultCooldownSeconds ?? 300,
      scaleDownCooldownSeconds: props.scaleDownCooldownSeconds ?? 300,
      tags,
    });
  }
}

function amiLookup(scope: Construct, ami: Extract<AmiSource, { kind: "lookup" }>): string {
  return new DataAwsAmi(scope, "ami", {
    mostRecent: true,
    owners: [...ami.owners],
    ...(ami.nameRegex !== undefined ? { nameRegex: ami.nameRegex } : {}),
    filter: [
      { name: "name", values: [ami.namePattern] },
      { name: "architecture", values: [...ami.architectures] },
      { name: "root-device-type", values: ["ebs"] },
      { name: "virtualization-type", values: ["hvm"] },
    ],
  }).id;
}
