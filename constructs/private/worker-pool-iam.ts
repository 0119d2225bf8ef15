/**
 * The IAM documents of the worker pool, as plain JSON strings (values may be Terraform tokens). Each
 * statement grants one thing the workers or the drain need, on the narrowest resource AWS allows.
 */

/** One IAM policy statement. */
export interface PolicyStatement {
  readonly Sid: string;
  readonly Effect: "Allow";
  readonly Action: readonly string[];
  readonly Resource?: readonly string[] | string;
  readonly Principal?: { readonly Service: string };
  readonly Condition?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** Renders a policy document (statements without resources are dropped). */
export function policyDocument(statements: readonly (PolicyStatement | undefined)[]): string {
  return JSON.stringify({
    Version: "2012-10-17",
    Statement: statements.filter((s): s is PolicyStatement => s !== undefined),
  });
}

/** A trust policy letting one AWS service assume the role. */
export function trustPolicy(service: string): string {
  return policyDocument([
    { Sid: "AssumedBy", Effect: "Allow", Principal: { Service: service }, Action: ["sts:AssumeRole"] },
  ]);
}

/** What the worker instances may do. */
export interface WorkerPolicyOptions {
  readonly partition: string;
  readonly region: string;
  readonly credentialsSecretArn: string;
  /** @default - the AWS-managed Secrets Manager key (no KMS grant needed) */
  readonly secretsKmsKeyArn?: string;
  readonly ecrRepositoryArns: readonly string[];
  readonly assumableRoleArns: readonly string[];
  /** SSM parameter names read at boot (GitHub token and user, Infracost key). */
  readonly ssmParameterNames: readonly string[];
}

/** The worker instance role's inline policy. */
export function workerPolicy(o: WorkerPolicyOptions): string {
  return policyDocument([
    {
      Sid: "ReadPoolCredentials",
      Effect: "Allow",
      Action: ["secretsmanager:GetSecretValue"],
      Resource: [o.credentialsSecretArn],
    },
    kmsDecrypt("DecryptPoolCredentials", o.secretsKmsKeyArn, o.region),
    // Describe calls have no resource-level permissions; the boot script reads its own group's name.
    {
      Sid: "FindOwnAutoScalingGroup",
      Effect: "Allow",
      Action: ["autoscaling:DescribeAutoScalingInstances"],
      Resource: "*",
    },
    { Sid: "EcrLogin", Effect: "Allow", Action: ["ecr:GetAuthorizationToken"], Resource: "*" },
    o.ecrRepositoryArns.length > 0
      ? {
          Sid: "PullRunnerImage",
          Effect: "Allow",
          Action: ["ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"],
          Resource: o.ecrRepositoryArns,
        }
      : undefined,
    o.assumableRoleArns.length > 0
      ? {
          Sid: "AssumeWorkerRoles",
          Effect: "Allow",
          Action: ["sts:AssumeRole", "sts:SetSourceIdentity", "sts:TagSession"],
          Resource: o.assumableRoleArns,
        }
      : undefined,
    o.ssmParameterNames.length > 0
      ? {
          Sid: "ReadBootParameters",
          Effect: "Allow",
          Action: ["ssm:GetParameter"],
          Resource: o.ssmParameterNames.map(
            (name) => `arn:${o.partition}:ssm:${o.region}:*:parameter/${name.replace(/^\/+/, "")}`,
          ),
        }
      : undefined,
    // The Spacelift AMI's CloudWatch agent ships /var/log/spacelift/*.log to `spacelift-*` log groups.
    {
      Sid: "ShipLauncherLogs",
      Effect: "Allow",
      Action: ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:DescribeLogStreams", "logs:PutLogEvents"],
      Resource: [
        `arn:${o.partition}:logs:${o.region}:*:log-group:spacelift-*`,
        `arn:${o.partition}:logs:${o.region}:*:log-group:spacelift-*:log-stream:*`,
      ],
    },
  ]);
}

/** What the drain automation may do. */
export interface DrainPolicyOptions {
  readonly partition: string;
  readonly region: string;
  readonly autoScalingGroupName: string;
  readonly apiKeySecretArn: string;
  /** @default - the AWS-managed Secrets Manager key */
  readonly apiKeySecretKmsKeyArn?: string;
}

/** The drain automation role's inline policy. */
export function drainAutomationPolicy(o: DrainPolicyOptions): string {
  return policyDocument([
    {
      Sid: "HoldAndCompleteLifecycleAction",
      Effect: "Allow",
      Action: ["autoscaling:CompleteLifecycleAction", "autoscaling:RecordLifecycleActionHeartbeat"],
      Resource: [
        `arn:${o.partition}:autoscaling:${o.region}:*:autoScalingGroup:*:autoScalingGroupName/${o.autoScalingGroupName}`,
      ],
    },
    {
      Sid: "ReadDrainApiKey",
      Effect: "Allow",
      Action: ["secretsmanager:GetSecretValue"],
      Resource: [o.apiKeySecretArn],
    },
    kmsDecrypt("DecryptDrainApiKey", o.apiKeySecretKmsKeyArn, o.region),
  ]);
}

/** The EventBridge role's inline policy: start the drain runbook and hand it its role. */
export function drainTriggerPolicy(automationDefinitionArn: string, automationRoleArn: string): string {
  return policyDocument([
    {
      Sid: "StartDrainAutomation",
      Effect: "Allow",
      Action: ["ssm:StartAutomationExecution"],
      Resource: [`${automationDefinitionArn}:*`],
    },
    {
      Sid: "PassDrainAutomationRole",
      Effect: "Allow",
      Action: ["iam:PassRole"],
      Resource: [automationRoleArn],
      Condition: { StringEquals: { "iam:PassedToService": "ssm.amazonaws.com" } },
    },
  ]);
}

function kmsDecrypt(sid: string, keyArn: string | undefined, region: string): PolicyStatement | undefined {
  if (keyArn === undefined) return undefined;
  return {
    Sid: sid,
    Effect: "Allow",
    Action: ["kms:Decrypt"],
    Resource: [keyArn],
    Condition: { StringEquals: { "kms:ViaService": `secretsmanager.${region}.amazonaws.com` } },
  };
}
