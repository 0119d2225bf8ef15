/**
 * The hardened Terraform state backend (the `tfstate-backend` component): versioned, KMS-encrypted,
 * TLS-only S3 bucket replicated to a second region, S3 lock files (DynamoDB optional), optional
 * Object Lock, and the root-only MFA delete command as an output. See docs/state-backend.md.
 */
import { DataAwsCallerIdentity } from "@cdktf/provider-aws/lib/data-aws-caller-identity";
import { DataAwsIamPolicyDocument } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { DynamodbTable } from "@cdktf/provider-aws/lib/dynamodb-table";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy";
import type { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { S3BucketReplicationConfigurationA } from "@cdktf/provider-aws/lib/s3-bucket-replication-configuration";
import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import type { StateBackendConfig } from "../model/state-backend-config";
import { StateBucket } from "./private/state-backend-bucket";
import { assertProps, stateBackendChecks } from "./private/state-backend-checks";
import {
  addStateBackendOutputs,
  mfaDeleteCommand,
  type S3BackendSettings,
} from "./private/state-backend-outputs";
import { replicationPolicyStatements, replicationTrustStatements } from "./private/state-backend-policies";

export { MFA_CODE_PLACEHOLDER, type S3BackendSettings } from "./private/state-backend-outputs";

const STATE_BACKEND_SYMBOL = Symbol.for("spacelift-atmos.StateBackend");

/**
 * Props of {@link StateBackend}: the settings parsed from the component's vars
 * (`parseStateBackendConfig`) plus the two AWS providers. The caller's stack creates the providers
 * (credentials, assumed role and default tags are stack concerns); each must set `region` explicitly
 * and to the matching region, because key policies and the backend settings name it.
 */
export interface StateBackendProps extends StateBackendConfig {
  /** AWS provider of the primary region (`region`). */
  readonly provider: AwsProvider;
  /** AWS provider of the replica region (`replicaRegion`), usually an aliased second provider. */
  readonly replicaProvider: AwsProvider;
}

/** Terraform state backend hardened for disaster continuity; at most one per stack (its outputs have fixed names). */
export class StateBackend extends Construct {
  /** True when `x` is a {@link StateBackend} (from any copy of this module). */
  static isStateBackend(x: unknown): x is StateBackend {
    return typeof x === "object" && x !== null && STATE_BACKEND_SYMBOL in x;
  }

  /** The primary region's key and bucket. */
  readonly primary: StateBucket;
  /** The replica region's key and bucket. */
  readonly replica: StateBucket;
  readonly replicationRole: IamRole;
  /** The DynamoDB lock table, when enabled. */
  readonly lockTable?: DynamodbTable;
  /** Settings of Terraform's `s3` backend for stacks that keep state here (e.g. cdktf `S3Backend` + `use_lockfile`). */
  readonly backendSettings: S3BackendSettings;
  /** Same for the replica, to read state while the primary region is down. */
  readonly replicaBackendSettings: S3BackendSettings;
  /** The root-only MFA delete commands (primary, replica), when `mfaDelete` is true. */
  readonly mfaDeleteCommands?: { readonly primary: string; readonly replica: string };

  constructor(scope: Construct, id: string, props: StateBackendProps) {
    super(scope, id);
    Object.defineProperty(this, STATE_BACKEND_SYMBOL, { value: true });
    const replicaBucketName = props.replicaBucketName ?? `${props.bucketName}-replica`;
    const partition = props.partition ?? "aws";
    const kmsDeletionWindowInDays = props.kmsDeletionWindowInDays ?? 30;
    const mfaDelete = props.mfaDelete ?? true;
    const noncurrentDays = mfaDelete ? undefined : (props.noncurrentVersionExpirationDays ?? 90);
    const useLockfile = props.useLockfile ?? true;
    const replicationRoleName = props.replicationRoleName ?? `${props.bucketName}-replication`;
    const tags = props.tags ?? {};
    const principals = [...props.allowedPrincipalArns].sort();

    assertProps(
      this.node.path,
      stateBackendChecks(
        props,
        { replicaBucketName, partition, replicationRoleName, mfaDelete, useLockfile },
        () =>
          TerraformStack.of(this)
            .node.findAll()
            .some((c) => c !== this && StateBackend.isStateBackend(c)),
      ),
    );

    const accountId =
      props.accountId ?? new DataAwsCallerIdentity(this, "caller", { provider: props.provider }).accountId;
    const accountRootArn = `arn:${partition}:iam::${accountId}:root`;

    const trust = new DataAwsIamPolicyDocument(this, "replication-trust", {
      provider: props.provider,
      statement: replicationTrustStatements(),
    });
    this.replicationRole = new IamRole(this, "replication-role", {
      provider: props.provider,
      name: replicationRoleName,
      description: `S3 replication of s3://${props.bucketName} to s3://${replicaBucketName}`,
      assumeRolePolicy: trust.json,
      ...(props.permissionsBoundaryArn !== undefined && {
        permissionsBoundary: props.permissionsBoundaryArn,
      }),
      tags,
    });

    const common = {
      partition,
      accountRootArn,
      statePrincipalArns: principals,
      replicationRoleArn: `arn:${partition}:iam::${accountId}:role/${replicationRoleName}`,
      replicationRole: this.replicationRole,
      kmsDeletionWindowInDays,
      noncurrentVersionExpirationDays: noncurrentDays,
      objectLock: props.objectLock,
      tags,
    };
    this.primary = new StateBucket(this, "primary", {
      ...common,
      provider: props.provider,
      bucketName: props.bucketName,
      region: props.region,
      replicationUse: "decrypt-source",
    });
    this.replica = new StateBucket(this, "replica", {
      ...common,
      provider: props.replicaProvider,
      bucketName: replicaBucketName,
      region: props.replicaRegion,
      replicationUse: "encrypt-replica",
    });

    const permissions = new DataAwsIamPolicyDocument(this, "replication-permissions", {
      provider: props.provider,
      statement: replicationPolicyStatements({
        sourceBucketArn: this.primary.bucketArn,
        replicaBucketArn: this.replica.bucketArn,
        objectLock: props.objectLock !== undefined,
      }),
    });
    new IamRolePolicy(this, "replication-role-policy", {
      provider: props.provider,
      name: "replication",
      role: this.replicationRole.id,
      policy: permissions.json,
    });
    new S3BucketReplicationConfigurationA(this, "replication", {
      provider: props.provider,
      bucket: this.primary.bucket.id,
      role: this.replicationRole.arn,
      rule: [
        {
          id: "state-to-replica",
          status: "Enabled",
          filter: {},
          // Lock-file deletes are delete markers: without them the replica would keep stale locks.
          deleteMarkerReplication: { status: "Enabled" },
          sourceSelectionCriteria: { sseKmsEncryptedObjects: { status: "Enabled" } },
          destination: {
            bucket: this.replica.bucket.arn,
            storageClass: "STANDARD",
            encryptionConfiguration: { replicaKmsKeyId: this.replica.kmsKey.arn },
          },
        },
      ],
      // S3 refuses a replication configuration until versioning is on at both ends.
      dependsOn: [this.primary.versioning, this.replica.versioning],
    });

    if (props.lockTable !== undefined) {
      this.lockTable = new DynamodbTable(this, "lock-table", {
        provider: props.provider,
        name: props.lockTable.name ?? `${props.bucketName}-lock`,
        billingMode: "PAY_PER_REQUEST",
        hashKey: "LockID",
        attribute: [{ name: "LockID", type: "S" }],
        pointInTimeRecovery: { enabled: props.lockTable.pointInTimeRecovery ?? true },
        // Lock items hold no state, so the AWS-managed key is enough.
        serverSideEncryption: { enabled: true },
        deletionProtectionEnabled: props.lockTable.deletionProtection ?? true,
        tags,
      });
    }

    this.backendSettings = {
      bucket: props.bucketName,
      region: props.region,
      encrypt: true,
      kmsKeyId: this.primary.kmsKey.arn,
      key: "terraform.tfstate",
      useLockfile,
      ...(this.lockTable !== undefined && { dynamodbTable: this.lockTable.name }),
    };
    // The lock table lives in the primary region only, so the replica always uses lock files.
    this.replicaBackendSettings = {
      bucket: replicaBucketName,
      region: props.replicaRegion,
      encrypt: true,
      kmsKeyId: this.replica.kmsKey.arn,
      key: "terraform.tfstate",
      useLockfile: true,
    };
    if (mfaDelete) {
      const cmd = (bucket: string, region: string): string =>
        mfaDeleteCommand({ bucket, region, partition, accountId });
      this.mfaDeleteCommands = {
        primary: cmd(props.bucketName, props.region),
        replica: cmd(replicaBucketName, props.replicaRegion),
      };
    }
    addStateBackendOutputs(this, {
      primary: this.backendSettings,
      replica: this.replicaBackendSettings,
      bucketArn: this.primary.bucket.arn,
      replicaBucketArn: this.replica.bucket.arn,
      replicationRoleArn: this.replicationRole.arn,
      ...(this.mfaDeleteCommands !== undefined && { mfaDeleteCommands: this.mfaDeleteCommands }),
    });
  }
}
