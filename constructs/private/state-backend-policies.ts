/**
 * IAM policy statements of the state backend: KMS key policies, bucket policies and the replication
 * role. Pure functions over ARNs (strings or tokens) so the statements can be tested on their own.
 */
import type { DataAwsIamPolicyDocumentStatement as Statement } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";

/** Key administration without data access: state is only readable by the principals named below. */
export const KEY_ADMIN_ACTIONS: readonly string[] = [
  "kms:CancelKeyDeletion",
  "kms:Create*",
  "kms:Delete*",
  "kms:Describe*",
  "kms:Disable*",
  "kms:Enable*",
  "kms:Get*",
  "kms:List*",
  "kms:Put*",
  "kms:Revoke*",
  "kms:RotateKeyOnDemand",
  "kms:ScheduleKeyDeletion",
  "kms:TagResource",
  "kms:UntagResource",
  "kms:Update*",
];

/** What S3 needs from the key on behalf of a state reader/writer. */
export const KEY_USE_ACTIONS: readonly string[] = [
  "kms:Decrypt",
  "kms:DescribeKey",
  "kms:Encrypt",
  "kms:GenerateDataKey*",
  "kms:ReEncrypt*",
];

/** Inputs of the key policy of one bucket's key. */
export interface KeyPolicyInput {
  /** `arn:<partition>:iam::<account>:root`. */
  readonly accountRootArn: string;
  readonly statePrincipalArns: readonly string[];
  /** Region of the bucket the key encrypts (S3 calls KMS in that region). */
  readonly region: string;
  /** ARN of the bucket the key encrypts. */
  readonly bucketArn: string;
  readonly replicationRoleArn: string;
  /** The replication role decrypts with the source key and encrypts with the replica key. */
  readonly replicationUse: "decrypt-source" | "encrypt-replica";
}

/** Key policy: the account administers the key; only the state principals and replication use it, via S3. */
export function keyPolicyStatements(input: KeyPolicyInput): Statement[] {
  const viaS3 = {
    test: "StringEquals",
    variable: "kms:ViaService",
    values: [`s3.${input.region}.amazonaws.com`],
  };
  return [
    {
      sid: "KeyAdministration",
      effect: "Allow",
      principals: [{ type: "AWS", identifiers: [input.accountRootArn] }],
      actions: [...KEY_ADMIN_ACTIONS],
      resources: ["*"],
    },
    {
      sid: "StateAccessThroughS3",
      effect: "Allow",
      principals: [{ type: "AWS", identifiers: [...input.statePrincipalArns] }],
      actions: [...KEY_USE_ACTIONS],
      resources: ["*"],
      condition: [viaS3],
    },
    {
      sid: "Replication",
      effect: "Allow",
      principals: [{ type: "AWS", identifiers: [input.replicationRoleArn] }],
      actions:
        input.replicationUse === "decrypt-source" ? ["kms:Decrypt"] : ["kms:Encrypt", "kms:GenerateDataKey"],
      resources: ["*"],
      condition: [
        viaS3,
        // With S3 Bucket Keys the encryption context is the bucket ARN, otherwise the object ARN.
        {
          test: "StringLike",
          variable: "kms:EncryptionContext:aws:s3:arn",
          values: [input.bucketArn, `${input.bucketArn}/*`],
        },
      ],
    },
  ];
}

/** Inputs of one bucket's policy. */
export interface BucketPolicyInput {
  readonly bucketArn: string;
  readonly kmsKeyArn: string;
  readonly statePrincipalArns: readonly string[];
}

/**
 * Bucket policy: TLS 1.2+ only, uploads may not ask for another encryption than this bucket's key
 * (absent headers fall back to the default encryption, so multipart part uploads still work), and
 * the state principals may read, write and restore state versions (also across accounts).
 */
export function bucketPolicyStatements(input: BucketPolicyInput): Statement[] {
  const everyone = [{ type: "*", identifiers: ["*"] }];
  const bucketAndObjects = [input.bucketArn, `${input.bucketArn}/*`];
  const objects = [`${input.bucketArn}/*`];
  const principals = [{ type: "AWS", identifiers: [...input.statePrincipalArns] }];
  return [
    {
      sid: "DenyInsecureTransport",
      effect: "Deny",
      principals: everyone,
      actions: ["s3:*"],
      resources: bucketAndObjects,
      condition: [{ test: "Bool", variable: "aws:SecureTransport", values: ["false"] }],
    },
    {
      sid: "DenyOutdatedTls",
      effect: "Deny",
      principals: everyone,
      actions: ["s3:*"],
      resources: bucketAndObjects,
      condition: [{ test: "NumericLessThan", variable: "s3:TlsVersion", values: ["1.2"] }],
    },
    {
      sid: "DenyOtherEncryption",
      effect: "Deny",
      principals: everyone,
      actions: ["s3:PutObject"],
      resources: objects,
      condition: [
        { test: "StringNotEqualsIfExists", variable: "s3:x-amz-server-side-encryption", values: ["aws:kms"] },
      ],
    },
    {
      sid: "DenyOtherKmsKeys",
      effect: "Deny",
      principals: everyone,
      actions: ["s3:PutObject"],
      resources: objects,
      condition: [
        {
          test: "StringNotEqualsIfExists",
          variable: "s3:x-amz-server-side-encryption-aws-kms-key-id",
          values: [input.kmsKeyArn],
        },
      ],
    },
    {
      sid: "StateBucketListing",
      effect: "Allow",
      principals,
      actions: ["s3:ListBucket", "s3:ListBucketVersions"],
      resources: [input.bucketArn],
    },
    {
      sid: "StateObjects",
      effect: "Allow",
      principals,
      actions: ["s3:DeleteObject", "s3:GetObject", "s3:GetObjectVersion", "s3:PutObject"],
      resources: objects,
    },
  ];
}

/** Trust policy of the replication role: only S3 may assume it. */
export function replicationTrustStatements(): Statement[] {
  return [
    {
      sid: "S3AssumesReplicationRole",
      effect: "Allow",
      principals: [{ type: "Service", identifiers: ["s3.amazonaws.com"] }],
      actions: ["sts:AssumeRole"],
    },
  ];
}

/** Inputs of the replication role's permissions. */
export interface ReplicationPolicyInput {
  readonly sourceBucketArn: string;
  readonly replicaBucketArn: string;
  /** Object Lock retention and legal holds are replicated too. */
  readonly objectLock: boolean;
}

/**
 * Least-privilege replication permissions (S3 "setting up permissions for live replication"). KMS
 * use is granted by the two key policies, which name this role directly.
 */
export function replicationPolicyStatements(input: ReplicationPolicyInput): Statement[] {
  const readVersions = [
    "s3:GetObjectVersionAcl",
    "s3:GetObjectVersionForReplication",
    "s3:GetObjectVersionTagging",
  ];
  if (input.objectLock) readVersions.push("s3:GetObjectLegalHold", "s3:GetObjectRetention");
  return [
    {
      sid: "ReadReplicationConfiguration",
      effect: "Allow",
      actions: ["s3:GetReplicationConfiguration", "s3:ListBucket"],
      resources: [input.sourceBucketArn],
    },
    {
      sid: "ReadSourceVersions",
      effect: "Allow",
      actions: readVersions.sort(),
      resources: [`${input.sourceBucketArn}/*`],
    },
    {
      sid: "WriteReplicas",
      effect: "Allow",
      actions: ["s3:ReplicateDelete", "s3:ReplicateObject", "s3:ReplicateTags"],
      resources: [`${input.replicaBucketArn}/*`],
    },
  ];
}
