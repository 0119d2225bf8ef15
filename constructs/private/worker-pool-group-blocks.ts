/**
 * Pure mappings from the worker-pool config types to the AWS provider's launch template and
 * auto-scaling group blocks, shared by `WorkerPoolAsg`.
 */
import { Token } from "cdktf";
import type { AutoscalingGroupConfig } from "@cdktf/provider-aws/lib/autoscaling-group";
import type {
  LaunchTemplate,
  LaunchTemplateBlockDeviceMappings,
} from "@cdktf/provider-aws/lib/launch-template";
import type {
  BlockDeviceMapping,
  InstanceRefresh,
  LauncherConfig,
  MixedInstancesPolicy,
} from "../../model/worker-pool-config";

/** Group metrics published every minute (all of them, as Spacelift's module does). */
export const GROUP_METRICS = [
  "GroupDesiredCapacity",
  "GroupInServiceInstances",
  "GroupMaxSize",
  "GroupMinSize",
  "GroupPendingInstances",
  "GroupStandbyInstances",
  "GroupTerminatingInstances",
  "GroupTotalInstances",
];

/** A launch-template block device (the provider takes booleans as strings). */
export function blockDevice(m: BlockDeviceMapping): LaunchTemplateBlockDeviceMappings {
  return {
    deviceName: m.deviceName,
    ...(m.noDevice === true ? { noDevice: "" } : {}),
    ...(m.virtualName !== undefined ? { virtualName: m.virtualName } : {}),
    ...(m.ebs !== undefined
      ? {
          ebs: {
            deleteOnTermination: String(m.ebs.deleteOnTermination),
            encrypted: String(m.ebs.encrypted),
            volumeType: m.ebs.volumeType,
            ...(m.ebs.volumeSizeGiB !== undefined ? { volumeSize: m.ebs.volumeSizeGiB } : {}),
            ...(m.ebs.iops !== undefined ? { iops: m.ebs.iops } : {}),
            ...(m.ebs.throughputMiBps !== undefined ? { throughput: m.ebs.throughputMiBps } : {}),
            ...(m.ebs.kmsKeyId !== undefined ? { kmsKeyId: m.ebs.kmsKeyId } : {}),
            ...(m.ebs.snapshotId !== undefined ? { snapshotId: m.ebs.snapshotId } : {}),
          },
        }
      : {}),
  };
}

/** The group's launch template, directly or through the on-demand/spot mix. */
export function launchTemplateOrMix(
  template: LaunchTemplate,
  mix: MixedInstancesPolicy | undefined,
): Pick<AutoscalingGroupConfig, "launchTemplate" | "mixedInstancesPolicy"> {
  // The latest version (not "$Latest") so a template change is a group change and starts the refresh.
  const version = Token.asString(template.latestVersion);
  if (mix === undefined) return { launchTemplate: { id: template.id, version } };
  return {
    mixedInstancesPolicy: {
      instancesDistribution: {
        ...(mix.onDemandAllocationStrategy !== undefined
          ? { onDemandAllocationStrategy: mix.onDemandAllocationStrategy }
          : {}),
        ...(mix.onDemandBaseCapacity !== undefined ? { onDemandBaseCapacity: mix.onDemandBaseCapacity } : {}),
        ...(mix.onDemandPercentageAboveBaseCapacity !== undefined
          ? { onDemandPercentageAboveBaseCapacity: mix.onDemandPercentageAboveBaseCapacity }
          : {}),
        ...(mix.spotAllocationStrategy !== undefined
          ? { spotAllocationStrategy: mix.spotAllocationStrategy }
          : {}),
        ...(mix.spotInstancePools !== undefined ? { spotInstancePools: mix.spotInstancePools } : {}),
        ...(mix.spotMaxPrice !== undefined ? { spotMaxPrice: mix.spotMaxPrice } : {}),
      },
      launchTemplate: {
        launchTemplateSpecification: { launchTemplateId: template.id, version },
        override: mix.overrides.map((o) => ({
          instanceType: o.instanceType,
          ...(o.weightedCapacity !== undefined ? { weightedCapacity: String(o.weightedCapacity) } : {}),
        })),
      },
    },
  };
}

/** The group's `instance_refresh` block. */
export function refresh(r: InstanceRefresh): NonNullable<AutoscalingGroupConfig["instanceRefresh"]> {
  return {
    strategy: r.strategy,
    preferences: {
      ...(r.instanceWarmupSeconds !== undefined ? { instanceWarmup: String(r.instanceWarmupSeconds) } : {}),
      ...(r.minHealthyPercentage !== undefined ? { minHealthyPercentage: r.minHealthyPercentage } : {}),
      ...(r.maxHealthyPercentage !== undefined ? { maxHealthyPercentage: r.maxHealthyPercentage } : {}),
      ...(r.skipMatching !== undefined ? { skipMatching: r.skipMatching } : {}),
      ...(r.autoRollback !== undefined ? { autoRollback: r.autoRollback } : {}),
    },
    ...(r.triggers.length > 0 ? { triggers: [...r.triggers] } : {}),
  };
}

/** SSM parameters the boot script reads (GitHub .netrc, Infracost key), sorted. */
export function bootParameters(launcher: LauncherConfig): string[] {
  return [
    ...(launcher.githubNetrc !== undefined
      ? [launcher.githubNetrc.tokenSsmPath, launcher.githubNetrc.userSsmPath]
      : []),
    ...(launcher.infracost !== undefined ? [launcher.infracost.apiKeySsmPath] : []),
  ].sort();
}

/** Tags with sorted keys, so the synthesized JSON is stable. */
export function sortedTags(tags: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.keys(tags)
      .sort()
      .map((k) => [k, tags[k] ?? ""]),
  );
}
