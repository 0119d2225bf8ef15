/**
 * Reads the outputs Cloud Posse's worker-pool component took from other components' states (`vpc`,
 * `ecr`, `account-map`) with S3 `terraform_remote_state` data sources, at plan time.
 */
import { DataTerraformRemoteStateS3, Fn, Token } from "cdktf";
import type { Construct } from "constructs";
import type { RemoteStateLookup } from "../../model/worker-pool-config";

/** A `terraform_remote_state` over the S3 state `lookup` describes. */
export function remoteState(
  scope: Construct,
  id: string,
  lookup: RemoteStateLookup,
): DataTerraformRemoteStateS3 {
  return new DataTerraformRemoteStateS3(scope, id, {
    bucket: lookup.bucket,
    key: lookup.key,
    region: lookup.region,
    ...(lookup.workspace !== undefined ? { workspace: lookup.workspace } : {}),
    ...(lookup.workspaceKeyPrefix !== undefined ? { workspaceKeyPrefix: lookup.workspaceKeyPrefix } : {}),
    ...(lookup.roleArn !== undefined ? { assumeRole: { roleArn: lookup.roleArn } } : {}),
  });
}

/** `lookup(<output map>, key)` without a default: a missing key fails the plan instead of passing null on. */
export function mapEntry(state: DataTerraformRemoteStateS3, output: string, key: string): string {
  return Token.asString(Fn.lookup(state.get(output), key));
}

/** The identity account's role for `roleName`, as Cloud Posse's component formats it from `account-map`. */
export function identityRoleArn(state: DataTerraformRemoteStateS3, roleName: string): string {
  const identity = state.getString("identity_account_account_name");
  const template = Token.asString(Fn.lookup(state.get("iam_role_arn_templates"), identity) as unknown);
  return Token.asString(Fn.format(template, [roleName]) as unknown);
}
