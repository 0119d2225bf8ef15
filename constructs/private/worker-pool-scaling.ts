/**
 * CPU-driven scaling of the worker group, as Cloud Posse's component does it: +1 instance when the
 * group's average CPU stays at or above the high threshold for two 5-minute periods, −1 when it stays
 * at or below the low one. Scale-in is safe because every terminating instance is drained first.
 */
import { Construct } from "constructs";
import { AutoscalingPolicy } from "@cdktf/provider-aws/lib/autoscaling-policy";
import { CloudwatchMetricAlarm } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm";

/** Props of {@link WorkerPoolCpuScaling}. */
export interface WorkerPoolCpuScalingProps {
  readonly autoScalingGroupName: string;
  /** Prefix of the policy and alarm names (the pool's name). */
  readonly name: string;
  readonly highThresholdPercent: number;
  readonly lowThresholdPercent: number;
  readonly scaleUpCooldownSeconds: number;
  readonly scaleDownCooldownSeconds: number;
  readonly tags: Readonly<Record<string, string>>;
}

/** Two simple-scaling policies and the CPU alarms that trigger them. */
export class WorkerPoolCpuScaling extends Construct {
  constructor(scope: Construct, id: string, props: WorkerPoolCpuScalingProps) {
    super(scope, id);
    const directions = [
      {
        id: "up",
        adjustment: 1,
        cooldown: props.scaleUpCooldownSeconds,
        comparison: "GreaterThanOrEqualToThreshold",
        threshold: props.highThresholdPercent,
        description: "Scale up when the workers' average CPU is high",
      },
      {
        id: "down",
        adjustment: -1,
        cooldown: props.scaleDownCooldownSeconds,
        comparison: "LessThanOrEqualToThreshold",
        threshold: props.lowThresholdPercent,
        description: "Scale down when the workers' average CPU is low",
      },
    ] as const;
    for (const d of directions) {
      const policy = new AutoscalingPolicy(this, `scale-${d.id}`, {
        name: `${props.name}-scale-${d.id}`,
        autoscalingGroupName: props.autoScalingGroupName,
        policyType: "SimpleScaling",
        adjustmentType: "ChangeInCapacity",
        scalingAdjustment: d.adjustment,
        cooldown: d.cooldown,
      });
      new CloudwatchMetricAlarm(this, `cpu-${d.id}`, {
        alarmName: `${props.name}-cpu-utilization-${d.id === "up" ? "high" : "low"}`,
        alarmDescription: d.description,
        namespace: "AWS/EC2",
        metricName: "CPUUtilization",
        statistic: "Average",
        period: 300,
        evaluationPeriods: 2,
        comparisonOperator: d.comparison,
        threshold: d.threshold,
        dimensions: { AutoScalingGroupName: props.autoScalingGroupName },
        alarmActions: [policy.arn],
        tags: { ...props.tags },
      });
    }
  }
}
