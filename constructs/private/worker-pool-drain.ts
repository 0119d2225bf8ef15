/**
 * The drain machinery of a worker pool, minus the lifecycle hook itself (which `WorkerPoolAsg` attaches
 * after the group exists): the SSM Automation runbook, its role, and the EventBridge rule that starts it
 * for each terminating instance of the group. No Lambda, no package, no download: everything is inline
 * in the synthesized configuration.
 */
import { Fn, type ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { CloudwatchEventRule } from "@cdktf/provider-aws/lib/cloudwatch-event-rule";
import { CloudwatchEventTarget } from "@cdktf/provider-aws/lib/cloudwatch-event-target";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy";
import { SsmDocument } from "@cdktf/provider-aws/lib/ssm-document";
import { drainAutomationPolicy, drainTriggerPolicy, trustPolicy } from "./worker-pool-iam";
import { DRAIN_WINDOW_SECONDS } from "../../model/worker-pool-checks";
import { DRAIN_HOOK_NAME, drainRunbook } from "./worker-pool-drain-runbook";

/** How often a busy worker is polled (and the lifecycle action heartbeat recorded). */
export const DRAIN_POLL_SECONDS = 30;

/** Props of {@link WorkerPoolDrain}. */
export interface WorkerPoolDrainProps {
  /** Base name of the runbook and rule (the pool's name). */
  readonly name: string;
  /** Base name of the two IAM roles (the pool's IAM name). */
  readonly iamName: string;
  readonly partition: string;
  readonly region: string;
  /** Name of the group whose terminating instances are drained; a literal, so the rule outlives the group. */
  readonly autoScalingGroupName: string;
  readonly workerPoolId: string;
  readonly spaceliftApiEndpoint: string;
  /** Secret holding `SPACELIFT_API_KEY_ID` and `SPACELIFT_API_KEY_SECRET`. */
  readonly apiKeySecretArn: string;
  /** @default - the AWS-managed Secrets Manager key */
  readonly apiKeySecretKmsKeyArn?: string;
  /** Longest wait for in-flight runs. */
  readonly timeoutSeconds: number;
  readonly tags: Readonly<Record<string, string>>;
}

/** Runbook + EventBridge trigger draining the pool's terminating instances. */
export class WorkerPoolDrain extends Construct {
  /** Name of the lifecycle hook the runbook completes. */
  readonly hookName = DRAIN_HOOK_NAME;
  /** The resources the group must depend on, so they are destroyed after it. */
  readonly dependables: readonly ITerraformDependable[];

  constructor(scope: Construct, id: string, props: WorkerPoolDrainProps) {
    super(scope, id);
    const tags = { ...props.tags };

    const automationRole = new IamRole(this, "automation-role", {
      name: `${props.iamName}-drain`,
      description: `Drains the Spacelift workers of ${props.autoScalingGroupName} before termination`,
      assumeRolePolicy: trustPolicy("ssm.amazonaws.com"),
      tags,
    });
    const automationPolicy = new IamRolePolicy(this, "automation-policy", {
      name: "drain",
      role: automationRole.id,
      policy: drainAutomationPolicy({
        partition: props.partition,
        region: props.region,
        autoScalingGroupName: props.autoScalingGroupName,
        apiKeySecretArn: props.apiKeySecretArn,
        ...(props.apiKeySecretKmsKeyArn !== undefined
          ? { apiKeySecretKmsKeyArn: props.apiKeySecretKmsKeyArn }
          : {}),
      }),
    });

    const runbook = new SsmDocument(this, "runbook", {
      name: `${props.name}-drain`,
      documentType: "Automation",
      documentFormat: "JSON",
      content: drainRunbook({
        automationRoleArn: automationRole.arn,
        workerPoolId: props.workerPoolId,
        spaceliftApiEndpoint: props.spaceliftApiEndpoint,
        apiKeySecretArn: props.apiKeySecretArn,
        iterations: Math.ceil(props.timeoutSeconds / DRAIN_WINDOW_SECONDS),
        windowSeconds: DRAIN_WINDOW_SECONDS,
        pollSeconds: DRAIN_POLL_SECONDS,
      }),
      tags,
    });
    // The document ARN names `document/<name>`; EventBridge and IAM address the runbook as an automation definition.
    const definitionArn = Fn.replace(runbook.arn, "document/", "automation-definition/");

    const triggerRole = new IamRole(this, "trigger-role", {
      name: `${props.iamName}-drain-trigger`,
      description: `Starts the drain runbook of ${props.autoScalingGroupName}`,
      assumeRolePolicy: trustPolicy("events.amazonaws.com"),
      tags,
    });
    const triggerPolicy = new IamRolePolicy(this, "trigger-policy", {
      name: "start-drain",
      role: triggerRole.id,
      policy: drainTriggerPolicy(definitionArn, automationRole.arn),
    });

    const rule = new CloudwatchEventRule(this, "rule", {
      name: `${props.name}-drain`,
      description: `Drain terminating Spacelift workers of ${props.autoScalingGroupName}`,
      eventPattern: JSON.stringify({
        source: ["aws.autoscaling"],
        "detail-type": ["EC2 Instance-terminate Lifecycle Action"],
        detail: {
          AutoScalingGroupName: [props.autoScalingGroupName],
          LifecycleHookName: [DRAIN_HOOK_NAME],
        },
      }),
      tags,
    });
    const target = new CloudwatchEventTarget(this, "target", {
      rule: rule.name,
      targetId: "drain",
      arn: `${definitionArn}:$DEFAULT`,
      roleArn: triggerRole.arn,
      inputTransformer: {
        inputPaths: {
          instance: "$.detail.EC2InstanceId",
          group: "$.detail.AutoScalingGroupName",
          hook: "$.detail.LifecycleHookName",
          token: "$.detail.LifecycleActionToken",
        },
        // Unquoted placeholders insert the values as JSON strings.
        inputTemplate:
          '{"InstanceId":[<instance>],"AutoScalingGroupName":[<group>],"LifecycleHookName":[<hook>],"LifecycleActionToken":[<token>]}',
      },
    });
    this.dependables = [automationPolicy, runbook, triggerPolicy, rule, target];
  }
}
