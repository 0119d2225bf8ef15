/**
 * A Spacelift worker pool on EC2 built from the `spacelift/worker-pool` component's parsed config: the
 * `spacelift_worker_pool` in its space, its credentials in AWS Secrets Manager (never in user data or
 * the launch template), the drain's Spacelift API key, and the AWS side ({@link WorkerPoolAsg}).
 */
import { Fn, TerraformOutput, TerraformVariable, Token, type TerraformResource } from "cdktf";
import { Construct } from "constructs";
import { SecretsmanagerSecret } from "@cdktf/provider-aws/lib/secretsmanager-secret";
import { SecretsmanagerSecretVersion } from "@cdktf/provider-aws/lib/secretsmanager-secret-version";
import { ApiKey as ApiKeyResource } from "../.gen/providers/spacelift/api-key";
import { DataSpaceliftRole } from "../.gen/providers/spacelift/data-spacelift-role";
import { RoleAttachment as RoleAttachmentResource } from "../.gen/providers/spacelift/role-attachment";
import { WorkerPool as WorkerPoolResource } from "../.gen/providers/spacelift/worker-pool";
import type { WorkerPoolConfig } from "../model/worker-pool-config";
import { tfLiteral, tfLiteralMap, tfLiterals, tfOptionalLiteral } from "./private/literal";
import { amiLiteral, blockDeviceLiteral, mixLiteral } from "./private/worker-pool-literals";
import { identityRoleArn, mapEntry, remoteState } from "./private/worker-pool-remote-state";
import { throwIfProblems, WORKER_POOL_CONSTRUCT_CODES } from "./private/worker-pool-errors";
import { WorkerPoolAsg, type WorkerPoolAsgDrainProps } from "./worker-pool-asg";

/** Sensitive variables of a pool whose CSR the operator supplies (`spacelift_worker_pool_csr_enabled`). */
export const CSR_VARIABLES = {
  /** Base64 PEM certificate request. */
  csr: "spacelift_worker_pool_csr",
  /** Base64 PEM private key matching it, as the launcher takes it. */
  privateKey: "spacelift_worker_pool_private_key",
} as const;

/** The space `config.spaceName` names, resolved by the caller. */
export interface WorkerPoolSpace {
  /** The space's id (a literal, a token or a lookup expression). */
  readonly id: string;
  /**
   * Adds the caller's plan-time checks of {@link id} (e.g. "the space exists") to every resource
   * that uses it: the pool and the drain key's role attachment.
   * @default - no check
   */
  readonly requireOn?: (consumer: TerraformResource) => void;
}

/** Props of {@link WorkerPool}. */
export interface WorkerPoolProps {
  /** The component's config, from `parseWorkerPoolConfig`; must be enabled. */
  readonly config: WorkerPoolConfig;
  /**
   * The pool's space. The pool and the drain key's "Space admin" role attachment both use it, so
   * the drain key is admin of this space only.
   */
  readonly space: WorkerPoolSpace;
}

/** A Spacelift worker pool and its EC2 workers. */
export class WorkerPool extends Construct {
  readonly pool: WorkerPoolResource;
  readonly credentialsSecret: SecretsmanagerSecret;
  readonly asg: WorkerPoolAsg;

  constructor(scope: Construct, id: string, props: WorkerPoolProps) {
    super(scope, id);
    const c = props.config;
    throwIfProblems(
      this,
      c.enabled
        ? []
        : [
            {
              code: WORKER_POOL_CONSTRUCT_CODES.invalidProp,
              message: `the worker-pool component "${c.name}" is disabled (\`enabled: false\`)`,
              hint: "skip disabled components instead of building a WorkerPool",
            },
          ],
    );
    // Names, descriptions and tags from YAML reach Terraform literally (constructs/private/literal.ts).
    // Region, runner image and launcher settings are not escaped here: the user data quotes them itself.
    const tags = tfLiteralMap(c.tags);
    const name = tfLiteral(c.name);

    // Spacelift marks both sensitive: they come from TF_VAR_ (e.g. stack environment), never from YAML.
    const userCsr = c.userCsr
      ? {
          csr: this.sensitiveVariable(CSR_VARIABLES.csr, "Base64 PEM certificate request of the worker pool"),
          privateKey: this.sensitiveVariable(
            CSR_VARIABLES.privateKey,
            "Base64 PEM private key matching spacelift_worker_pool_csr",
          ),
        }
      : undefined;

    this.pool = new WorkerPoolResource(this, "pool", {
      name,
      description: tfOptionalLiteral(c.description),
      spaceId: props.space.id,
      ...(userCsr !== undefined ? { csr: userCsr.csr } : {}),
      ...(c.driftDetectionRunLimit !== undefined ? { driftDetectionRunLimit: c.driftDetectionRunLimit } : {}),
    });
    props.space.requireOn?.(this.pool);

    this.credentialsSecret = this.secret(
      "credentials",
      `${name}/credentials`,
      "Spacelift worker pool token and private key, read by the workers at boot",
      {
        SPACELIFT_TOKEN: this.pool.config,
        SPACELIFT_POOL_PRIVATE_KEY: userCsr?.privateKey ?? this.pool.privateKey,
      },
      c,
      tags,
    );

    const network = this.network(c);
    const ecrState =
      c.ecrRemoteState !== undefined ? remoteState(this, "ecr", c.ecrRemoteState.lookup) : undefined;
    const runnerImage =
      c.runnerImage ??
      (ecrState !== undefined && c.ecrRemoteState !== undefined
        ? mapEntry(ecrState, "ecr_repo_url_map", c.ecrRemoteState.repoName)
        : undefined);
    const ecrRepositoryArns = [
      ...tfLiterals(c.ecrRepositoryArns),
      ...(ecrState !== undefined && c.ecrRemoteState !== undefined
        ? [mapEntry(ecrState, "ecr_repo_arn_map", c.ecrRemoteState.repoName)]
        : []),
    ];
    const assumableRoleArns =
      c.assumableRoles.kind === "explicit"
        ? tfLiterals(c.assumableRoles.roleArns)
        : c.assumableRoles.kind === "account-map"
          ? [
              identityRoleArn(
                remoteState(this, "account-map", c.assumableRoles.lookup),
                c.assumableRoles.roleName,
              ),
            ]
          : [];

    this.asg = new WorkerPoolAsg(this, "workers", {
      name,
      iamName: tfOptionalLiteral(c.iamName),
      region: c.region,
      workerPoolId: this.pool.id,
      credentialsSecretArn: this.credentialsSecret.arn,
      ...(c.secretsKmsKeyArn !== undefined ? { secretsKmsKeyArn: tfLiteral(c.secretsKmsKeyArn) } : {}),
      vpcId: network.vpcId,
      subnetIds: network.subnetIds,
      ami: amiLiteral(c.ami),
      instanceType: tfLiteral(c.instanceType),
      ebsOptimized: c.ebsOptimized,
      blockDeviceMappings: c.blockDeviceMappings.map(blockDeviceLiteral),
      metadataHopLimit: c.metadataHopLimit,
      associatePublicIpAddress: c.associatePublicIpAddress,
      minSize: c.minSize,
      maxSize: c.maxSize,
      ...(c.desiredCapacity !== undefined ? { desiredCapacity: c.desiredCapacity } : {}),
      waitForCapacityTimeout: tfLiteral(c.waitForCapacityTimeout),
      defaultCooldownSeconds: c.defaultCooldownSeconds,
      scaleDownCooldownSeconds: c.scaleDownCooldownSeconds,
      cpuHighThresholdPercent: c.cpuHighThresholdPercent,
      cpuLowThresholdPercent: c.cpuLowThresholdPercent,
      healthCheckType: c.healthCheckType,
      healthCheckGracePeriodSeconds: c.healthCheckGracePeriodSeconds,
      terminationPolicies: tfLiterals(c.terminationPolicies),
      maxInstanceLifetimeSeconds: c.maxInstanceLifetimeSeconds,
      ...(c.mixedInstancesPolicy !== undefined
        ? { mixedInstancesPolicy: mixLiteral(c.mixedInstancesPolicy) }
        : {}),
      ...(c.instanceRefresh !== undefined
        ? { instanceRefresh: { ...c.instanceRefresh, triggers: tfLiterals(c.instanceRefresh.triggers) } }
        : {}),
      launcher: c.launcher,
      // The model guarantees an image or an `ecr` state; the fallback only satisfies the type.
      runnerImage: runnerImage ?? "",
      ecrRepositoryArns,
      assumableRoleArns,
      ...(c.drain.enabled ? { drain: this.drain(c, props.space, tags) } : {}),
      tags,
    });

    this.outputs(c);
  }

  private sensitiveVariable(name: string, description: string): string {
    const variable = new TerraformVariable(this, name, {
      type: "string",
      sensitive: true,
      nullable: false,
      description,
    });
    variable.overrideLogicalId(name);
    return variable.stringValue;
  }

  private network(c: WorkerPoolConfig): { vpcId: string; subnetIds: string[] } {
    if (c.network.kind === "explicit") {
      return { vpcId: tfLiteral(c.network.vpcId), subnetIds: tfLiterals(c.network.privateSubnetIds) };
    }
    const vpc = remoteState(this, "vpc", c.network.lookup);
    return {
      vpcId: vpc.getString(c.network.vpcIdOutput),
      subnetIds: vpc.getList(c.network.privateSubnetIdsOutput),
    };
  }

  /** The drain's API key: an existing secret, or a key of this pool (space admin of its space only). */
  private drain(
    c: WorkerPoolConfig,
    space: WorkerPoolSpace,
    tags: Record<string, string>,
  ): WorkerPoolAsgDrainProps {
    if (!c.drain.enabled) throw new Error("unreachable: drain() is only called when the drain is enabled");
    const common = {
      spaceliftApiEndpoint: tfLiteral(c.spaceliftApiEndpoint),
      heartbeatTimeoutSeconds: c.drain.heartbeatTimeoutSeconds,
      timeoutSeconds: c.drain.timeoutSeconds,
    };
    if (c.drain.apiKey.kind === "secret")
      return { ...common, apiKeySecretArn: tfLiteral(c.drain.apiKey.secretArn) };
    const spaceAdmin = new DataSpaceliftRole(this, "space-admin-role", { slug: "space-admin" });
    const key = new ApiKeyResource(this, "drain-key", { name: `${tfLiteral(c.name)}-drain` });
    const attachment = new RoleAttachmentResource(this, "drain-key-role", {
      apiKeyId: key.id,
      roleId: spaceAdmin.id,
      spaceId: space.id,
    });
    space.requireOn?.(attachment);
    const secret = this.secret(
      "drain-api-key",
      `${tfLiteral(c.name)}/drain-api-key`,
      "Spacelift API key the drain of terminating workers uses (not readable by the workers)",
      {
        SPACELIFT_API_KEY_ID: key.id,
        SPACELIFT_API_KEY_SECRET: key.secret,
      },
      c,
      tags,
    );
    return {
      ...common,
      apiKeySecretArn: secret.arn,
      ...(c.secretsKmsKeyArn !== undefined ? { apiKeySecretKmsKeyArn: tfLiteral(c.secretsKmsKeyArn) } : {}),
    };
  }

  /**
   * A secret whose JSON value is built from resource references and sensitive variables, so no
   * secret literal is synthesized, and written write-only, so the value is not kept in state.
   */
  private secret(
    id: string,
    name: string,
    description: string,
    value: Record<string, string>,
    c: WorkerPoolConfig,
    tags: Record<string, string>,
  ): SecretsmanagerSecret {
    const secret = new SecretsmanagerSecret(this, id, {
      name: `spacelift-worker-pool/${name}`,
      description,
      ...(c.secretsKmsKeyArn !== undefined ? { kmsKeyId: tfLiteral(c.secretsKmsKeyArn) } : {}),
      // A deleted secret stays recoverable (default 7 days): an unintended destroy of the pool
      // must not take the only copy of an operator-supplied key with it.
      recoveryWindowInDays: c.secretsRecoveryWindowInDays,
      tags,
    });
    const json = Fn.jsonencode(value);
    new SecretsmanagerSecretVersion(this, `${id}-value`, {
      secretId: secret.id,
      // Write-only: the JSON never enters the state or the plan. Its version is a 32-bit
      // fingerprint of the JSON computed by Terraform, so a new token or key writes a new version.
      secretStringWo: json,
      secretStringWoVersion: Token.asNumber(Fn.parseint(Fn.substr(Fn.sha256(json), 0, 8), 16)),
    });
    return secret;
  }

  /** Cloud Posse's outputs, under the same names. */
  private outputs(c: WorkerPoolConfig): void {
    const values: Record<string, string> = {
      worker_pool_id: this.pool.id,
      worker_pool_name: tfLiteral(c.name),
      autoscaling_group_name: this.asg.autoScalingGroup.name,
      autoscaling_group_arn: this.asg.autoScalingGroup.arn,
      launch_template_id: this.asg.launchTemplate.id,
      security_group_id: this.asg.securityGroup.id,
      iam_role_name: this.asg.role.name,
      iam_role_arn: this.asg.role.arn,
      credentials_secret_arn: this.credentialsSecret.arn,
    };
    for (const name of Object.keys(values).sort()) {
      new TerraformOutput(this, `output-${name}`, { value: values[name] }).overrideLogicalId(name);
    }
  }
}
