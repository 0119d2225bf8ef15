import type { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { AwsRole as AwsRoleResource } from "../.gen/providers/spacelift/aws-role";
import { EnvironmentVariable as EnvironmentVariableResource } from "../.gen/providers/spacelift/environment-variable";
import { PolicyAttachment as PolicyAttachmentResource } from "../.gen/providers/spacelift/policy-attachment";
import { ScheduledDeleteStack as ScheduledDeleteStackResource } from "../.gen/providers/spacelift/scheduled-delete-stack";
import { Stack as StackResource } from "../.gen/providers/spacelift/stack";
import type { PreviewEnvironmentModel } from "../model";
import { ConstructError } from "./private/errors";
import { logicalId, namePart } from "./private/ids";
import { tfLiteral, tfLiterals, tfOptionalLiteral } from "./private/literal";
import type { SpaceliftLookups } from "./private/lookups";
import { StackDestructor } from "./stack-destructor";

/** Props of {@link PreviewEnvironment}. */
export interface PreviewEnvironmentProps {
  /** The environment, as the model decided it. */
  readonly environment: PreviewEnvironmentModel;
  /** Name → id lookups of the manager stack. */
  readonly lookups: SpaceliftLookups;
}

/**
 * One preview environment: its Spacelift stack on the pull request's infrastructure branch, its
 * `TF_VAR_*` variables, AWS role and policy attachments, an ACTIVE destructor (removing the
 * environment file destroys the environment's cloud resources, then the stack), and a scheduled
 * deletion with resources at the end of its time to live.
 *
 * Destroy order, which Terraform derives from `depends_on`: the scheduled deletion first (a pending
 * schedule must not fire on a stack being torn down, and it cannot be removed once the stack is
 * gone), then the destructor (its destroy run still has the variables, role and policies), then
 * everything else.
 */
export class PreviewEnvironment extends Construct {
  /** The `spacelift_stack` resource. */
  readonly resource: StackResource;
  /** The destructor (always active). */
  readonly destructor: StackDestructor;
  /** The `spacelift_scheduled_delete_stack` resource. */
  readonly scheduledDelete: ScheduledDeleteStackResource;
  /** The model of this environment. */
  readonly model: PreviewEnvironmentModel;

  constructor(scope: Construct, id: string, props: PreviewEnvironmentProps) {
    super(scope, id);
    const e = props.environment;
    this.model = e;
    if (!Number.isSafeInteger(e.deleteAt) || e.deleteAt <= 0) {
      throw new ConstructError(
        "INVALID_PROPS",
        this,
        `deleteAt must be a positive Unix timestamp in seconds, got ${e.deleteAt}`,
        `Check created_at in ${e.file}.`,
      );
    }
    const rid = (...parts: string[]): string => logicalId(e.stackId, ...parts);
    const lookups = props.lookups;

    // Every string from YAML or the environment file as a Terraform literal (private/literal.ts).
    this.resource = new StackResource(this, "stack", {
      name: tfLiteral(e.stackId),
      slug: tfLiteral(e.stackId),
      description: tfOptionalLiteral(e.description),
      repository: tfLiteral(e.repository),
      branch: tfLiteral(e.branch),
      projectRoot: tfOptionalLiteral(e.projectRoot),
      // Spacelift stores labels as a set: sorted, so a reorder never shows up as a change.
      labels: tfLiterals([...e.labels].sort()),
      spaceId: "",
      runnerImage: tfOptionalLiteral(e.runnerImage),
      terraformVersion: tfOptionalLiteral(e.terraformVersion),
      terraformWorkflowTool: tfOptionalLiteral(e.terraformWorkflowTool),
      autodeploy: true,
      manageState: e.manageState,
      protectFromDeletion: false,
    });
    this.resource.overrideLogicalId(rid());
    const stackId = `\${spacelift_stack.${rid()}.id}`;
    this.resource.spaceId = lookups.spaceId(
      e.spaceName,
      this.resource,
      "Apply the spaces stack before the preview-environment manager.",
    );
    if (e.workerPoolName !== undefined) {
      this.resource.workerPoolId = lookups.workerPoolId(
        e.workerPoolName,
        this.resource,
        "Apply the worker-pool stack before the preview-environment manager.",
      );
    }

    const needed: ITerraformDependable[] = [];
    for (const env of e.environment) {
      const variable = new EnvironmentVariableResource(this, `env-${env.name}`, {
        stackId,
        name: tfLiteral(env.name),
        value: tfLiteral(env.value),
        // Readable values keep the manager's run changes (and its trigger policy) meaningful.
        writeOnly: false,
      });
      variable.overrideLogicalId(rid("env", env.name));
      needed.push(variable);
    }
    if (e.awsRole) {
      const role = new AwsRoleResource(this, "aws-role", {
        stackId,
        roleArn: tfLiteral(e.awsRole.roleArn),
        externalId: tfOptionalLiteral(e.awsRole.externalId),
        generateCredentialsInWorker: e.awsRole.generateCredentialsInWorker,
      });
      role.overrideLogicalId(rid());
      needed.push(role);
    }
    for (const name of e.policyNames) {
      const attachment = new PolicyAttachmentResource(this, `policy-${namePart(name)}`, {
        stackId,
        policyId: "",
      });
      attachment.policyId = lookups.policyId(
        name,
        attachment,
        "Apply the spaces stack (it creates the policies) before the preview-environment manager.",
      );
      attachment.overrideLogicalId(rid("policy", namePart(name)));
      needed.push(attachment);
    }
    this.destructor = new StackDestructor(this, "destructor", {
      name: e.stackId,
      stackId,
      active: true,
      dependsOn: needed,
    });
    this.scheduledDelete = new ScheduledDeleteStackResource(this, "scheduled-delete", {
      stackId,
      at: e.deleteAt,
      deleteResources: true,
      dependsOn: [this.destructor.resource],
    });
    this.scheduledDelete.overrideLogicalId(rid());
  }
}
