import {
  bucketPolicyStatements,
  keyPolicyStatements,
  replicationPolicyStatements,
  type KeyPolicyInput,
} from "../../constructs/private/state-backend-policies";

const key: KeyPolicyInput = {
  accountRootArn: "arn:aws:iam::111111111111:root",
  statePrincipalArns: ["arn:aws:iam::111111111111:role/terraform"],
  region: "us-east-1",
  bucketArn: "arn:aws:s3:::acme-tfstate",
  replicationRoleArn: "arn:aws:iam::111111111111:role/acme-tfstate-replication",
  replicationUse: "decrypt-source",
};

describe("keyPolicyStatements", () => {
  it("lets replication decrypt source objects only through S3, for this bucket", () => {
    expect(keyPolicyStatements(key).find((s) => s.sid === "Replication")).toEqual({
      sid: "Replication",
      effect: "Allow",
      principals: [{ type: "AWS", identifiers: [key.replicationRoleArn] }],
      actions: ["kms:Decrypt"],
      resources: ["*"],
      condition: [
        { test: "StringEquals", variable: "kms:ViaService", values: ["s3.us-east-1.amazonaws.com"] },
        // Both forms: the bucket ARN is the context when S3 Bucket Keys are on.
        {
          test: "StringLike",
          variable: "kms:EncryptionContext:aws:s3:arn",
          values: ["arn:aws:s3:::acme-tfstate", "arn:aws:s3:::acme-tfstate/*"],
        },
      ],
    });
  });

  it("lets replication only encrypt with the replica key", () => {
    const statements = keyPolicyStatements({ ...key, replicationUse: "encrypt-replica" });
    expect(statements.find((s) => s.sid === "Replication")?.actions).toEqual([
      "kms:Encrypt",
      "kms:GenerateDataKey",
    ]);
  });

  it("never grants a wildcard action to the account", () => {
    const admin = keyPolicyStatements(key).find((s) => s.sid === "KeyAdministration");
    expect(admin?.actions).not.toContain("kms:*");
    expect(admin?.actions?.filter((a) => /Decrypt|Encrypt|GenerateDataKey|ReEncrypt/.test(a))).toEqual([]);
  });
});

describe("bucketPolicyStatements", () => {
  it("has the deny statements first and grants only the state principals", () => {
    const statements = bucketPolicyStatements({
      bucketArn: "arn:aws:s3:::acme-tfstate",
      kmsKeyArn: "arn:aws:kms:us-east-1:111111111111:key/k",
      statePrincipalArns: ["arn:aws:iam::111111111111:role/terraform"],
    });
    expect(statements.map((s) => `${s.effect} ${s.sid}`)).toEqual([
      "Deny DenyInsecureTransport",
      "Deny DenyOutdatedTls",
      "Deny DenyOtherEncryption",
      "Deny DenyOtherKmsKeys",
      "Allow StateBucketListing",
      "Allow StateObjects",
    ]);
    expect(statements.filter((s) => s.effect === "Allow").map((s) => s.principals)).toEqual([
      [{ type: "AWS", identifiers: ["arn:aws:iam::111111111111:role/terraform"] }],
      [{ type: "AWS", identifiers: ["arn:aws:iam::111111111111:role/terraform"] }],
    ]);
  });
});

describe("replicationPolicyStatements", () => {
  it("reads Object Lock retention only when Object Lock is on", () => {
    const input = {
      sourceBucketArn: "arn:aws:s3:::a",
      replicaBucketArn: "arn:aws:s3:::b",
      objectLock: false,
    };
    const read = (objectLock: boolean): string[] | undefined =>
      replicationPolicyStatements({ ...input, objectLock }).find((s) => s.sid === "ReadSourceVersions")
        ?.actions;
    expect(read(false)).not.toContain("s3:GetObjectRetention");
    expect(read(true)).toEqual(expect.arrayContaining(["s3:GetObjectLegalHold", "s3:GetObjectRetention"]));
  });
});
