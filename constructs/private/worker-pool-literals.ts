/**
 * The worker pool's structured settings with every string from YAML as a Terraform literal
 * (see literal.ts). Numbers, booleans and enums pass unchanged.
 */
import type { AmiSource, BlockDeviceMapping, MixedInstancesPolicy } from "../../model/worker-pool-types";
import { tfLiteral, tfLiterals } from "./literal";

/** The AMI source with its strings from YAML as Terraform literals. */
export function amiLiteral(ami: AmiSource): AmiSource {
  if (ami.kind === "id") return { kind: "id", id: tfLiteral(ami.id) };
  return {
    kind: "lookup",
    owners: tfLiterals(ami.owners),
    namePattern: tfLiteral(ami.namePattern),
    ...(ami.nameRegex !== undefined ? { nameRegex: tfLiteral(ami.nameRegex) } : {}),
    architectures: tfLiterals(ami.architectures),
  };
}

/** A block device mapping with its strings from YAML as Terraform literals. */
export function blockDeviceLiteral(m: BlockDeviceMapping): BlockDeviceMapping {
  const ebs = m.ebs;
  return {
    ...m,
    deviceName: tfLiteral(m.deviceName),
    ...(m.virtualName !== undefined ? { virtualName: tfLiteral(m.virtualName) } : {}),
    ...(ebs !== undefined
      ? {
          ebs: {
            ...ebs,
            volumeType: tfLiteral(ebs.volumeType),
            ...(ebs.kmsKeyId !== undefined ? { kmsKeyId: tfLiteral(ebs.kmsKeyId) } : {}),
            ...(ebs.snapshotId !== undefined ? { snapshotId: tfLiteral(ebs.snapshotId) } : {}),
          },
        }
      : {}),
  };
}

/** A mixed-instances policy with its strings from YAML as Terraform literals. */
export function mixLiteral(p: MixedInstancesPolicy): MixedInstancesPolicy {
  return {
    ...p,
    ...(p.onDemandAllocationStrategy !== undefined
      ? { onDemandAllocationStrategy: tfLiteral(p.onDemandAllocationStrategy) }
      : {}),
    ...(p.spotAllocationStrategy !== undefined
      ? { spotAllocationStrategy: tfLiteral(p.spotAllocationStrategy) }
      : {}),
    ...(p.spotMaxPrice !== undefined ? { spotMaxPrice: tfLiteral(p.spotMaxPrice) } : {}),
    overrides: p.overrides.map((o) => ({ ...o, instanceType: tfLiteral(o.instanceType) })),
  };
}
