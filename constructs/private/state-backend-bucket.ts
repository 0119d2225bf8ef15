/**
 * One region's half of the state backend: a customer-managed KMS key and a hardened, versioned,
 * TLS-only bucket encrypted with it. The primary and the replica bucket are both built from here,
 * so they cannot drift apart in their protections.
 */
import { DataAwsIamPolicyDocument } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { KmsAlias } from "@cdktf/provider-aws/lib/kms-alias";
import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";
import type { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketLifecycleConfiguration } from "@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration";
import { S3BucketObjectLockConfigurationA } from "@cdktf/provider-aws/lib/s3-bucket-object-lock-configuration";
import { S3BucketOwnershipControls } from "@cdktf/provider-aws/lib/s3-bucket-ownership-controls";
import { S3BucketPolicy } from "@cdktf/provider-aws/lib/s3-bucket-policy";
import { S3BucketPublicAccessBlock } from "@cdktf/provider-aws/lib/s3-bucket-public-access-block";
import { S3BucketServerSideEncryptionConfigurationA } from "@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration";
import { S3BucketVersioningA } from "@cdktf/provider-aws/lib/s3-bucket-versioning";
import type { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import type { ObjectLockSettings } from "../../model/state-backend-config";
import { bucketPolicyStatements, keyPolicyStatements, type KeyPolicyInput } from "./state-backend-policies";

/** Props of {@link StateBucket}; every value is already resolved by `StateBackend`. */
export interface StateBucketProps {
  readonly provider: AwsProvider;
  readonly bucketName: string;
  readonly region: string;
  readonly partition: string;
  readonly accountRootArn: string;
  readonly statePrincipalArns: readonly string[];
  /** Literal ARN of the replication role, so the key policy is readable in plans. */
  readonly replicationRoleArn: string;
  /** The replication role: KMS refuses key policies naming principals that do not exist yet. */
  readonly replicationRole: ITerraformDependable;
  readonly replicationUse: KeyPolicyInput["replicationUse"];
  readonly kmsDeletionWindowInDays: number;
  /** Undefined: no lifecycle rule (MFA-delete buckets do not support lifecycle rules). */
  readonly noncurrentVersionExpirationDays: number | undefined;
  readonly objectLock: ObjectLockSettings | undefined;
  readonly tags: Readonly<Record<string, string>>;
}

/** A KMS key and the bucket it encrypts, with every protection of the state backend. */
export class StateBucket extends Construct {
  readonly bucket: S3Bucket;
  readonly bucketArn: string;
  readonly kmsKey: KmsKey;
  readonly versioning: S3BucketVersioningA;

  constructor(scope: Construct, id: string, props: StateBucketProps) {
    super(scope, id);
    const provider = props.provider;
    const tags = { ...props.tags };
    // A literal ARN keeps the policies free of references to the bucket they protect.
    this.bucketArn = `arn:${props.partition}:s3:::${props.bucketName}`;
    // Deleting the key or the bucket loses the state: Terraform refuses to plan their destruction.
    const keep = { preventDestroy: true };

    const keyPolicy = new DataAwsIamPolicyDocument(this, "key-policy", {
      provider,
      statement: keyPolicyStatements({
        accountRootArn: props.accountRootArn,
        statePrincipalArns: props.statePrincipalArns,
        region: props.region,
        bucketArn: this.bucketArn,
        replicationRoleArn: props.replicationRoleArn,
        replicationUse: props.replicationUse,
      }),
    });
    this.kmsKey = new KmsKey(this, "key", {
      provider,
      description: `Terraform state in s3://${props.bucketName}`,
      enableKeyRotation: true,
      deletionWindowInDays: props.kmsDeletionWindowInDays,
      policy: keyPolicy.json,
      tags,
      lifecycle: keep,
      dependsOn: [props.replicationRole],
    });
    new KmsAlias(this, "key-alias", {
      provider,
      name: `alias/${props.bucketName}`,
      targetKeyId: this.kmsKey.keyId,
    });

    this.bucket = new S3Bucket(this, "bucket", {
      provider,
      bucket: props.bucketName,
      forceDestroy: false,
      // Object Lock can only be switched on when the bucket is created.
      ...(props.objectLock !== undefined && { objectLockEnabled: true }),
      tags,
      lifecycle: keep,
    });
    const bucket = this.bucket.id;
    this.versioning = new S3BucketVersioningA(this, "versioning", {
      provider,
      bucket,
      // mfa_delete is left unset (provider-computed): only the account root can enable it, out of band.
      versioningConfiguration: { status: "Enabled" },
    });
    new S3BucketServerSideEncryptionConfigurationA(this, "encryption", {
      provider,
      bucket,
      rule: [
        {
          applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: this.kmsKey.arn },
          bucketKeyEnabled: true,
        },
      ],
    });
    const publicAccess = new S3BucketPublicAccessBlock(this, "public-access-block", {
      provider,
      bucket,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    });
    new S3BucketOwnershipControls(this, "ownership", {
      provider,
      bucket,
      rule: { objectOwnership: "BucketOwnerEnforced" },
    });
    const bucketPolicy = new DataAwsIamPolicyDocument(this, "bucket-policy-document", {
      provider,
      statement: bucketPolicyStatements({
        bucketArn: this.bucketArn,
        kmsKeyArn: this.kmsKey.arn,
        statePrincipalArns: props.statePrincipalArns,
      }),
    });
    new S3BucketPolicy(this, "bucket-policy", {
      provider,
      bucket,
      policy: bucketPolicy.json,
      // S3 rejects policy writes while the public access block is being applied.
      dependsOn: [publicAccess],
    });

    if (props.noncurrentVersionExpirationDays !== undefined) {
      new S3BucketLifecycleConfiguration(this, "lifecycle", {
        provider,
        bucket,
        rule: [
          {
            id: "expire-noncurrent-versions",
            status: "Enabled",
            filter: [{}],
            noncurrentVersionExpiration: [{ noncurrentDays: props.noncurrentVersionExpirationDays }],
            // Removes the delete markers left once every version of a lock file has expired.
            expiration: [{ expiredObjectDeleteMarker: true }],
            abortIncompleteMultipartUpload: [{ daysAfterInitiation: 7 }],
          },
        ],
        dependsOn: [this.versioning],
      });
    }
    if (props.objectLock !== undefined) {
      new S3BucketObjectLockConfigurationA(this, "object-lock", {
        provider,
        bucket,
        rule: { defaultRetention: { mode: props.objectLock.mode, days: props.objectLock.days } },
        dependsOn: [this.versioning],
      });
    }
  }
}
