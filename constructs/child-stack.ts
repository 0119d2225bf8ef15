import { TerraformVariable, type ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import type { StackConfig } from "../.gen/providers/spacelift/stack";
import type { StackModel } from "../model";
import { logicalId, namePart } from "./private/ids";
import type { SpaceliftLookups } from "./private/lookups";
import { tfLiteral, tfLiterals, tfOptionalLiteral } from "./private/literal";
import { stackSlug } from "./private/moves";
import {
  AwsIntegrationAttachmentResource,
  AwsRoleResource,
  ContextAttachmentResource,
  DriftDetectionResource,
  EnvironmentVariableResource,
  MountedFileResource,
  PolicyAttachmentResource,
  RoleAttachmentResource,
  RunResource,
  StackResource,
  WebhookResource,
} from "./private/spacelift-resources";
import { mountedVarsContent, vcsBlock } from "./private/stack-config";
import { StackDestructor } from "./stack-destructor";

/** Props of {@link ChildStack}. */
export interface ChildStackProps {
  /** The stack, as the model decided it. */
  readonly stack: StackModel;
  /** Name → id lookups of the cdktf stack this child is created in. */
  readonly lookups: SpaceliftLookups;
}

/**
 * One Spacelift stack and everything attached to it: env vars, the mounted tfvars file, role,
 * policy and context attachments, AWS role or integration, drift detection, webhook, run, and a destructor that
 * always exists and outlives (on destroy) everything its destroy run needs.
 */
export class ChildStack extends Construct {
  /** The `spacelift_stack` resource. */
  readonly resource: StackResource;
  /** The destructor (always present). */
  readonly destructor: StackDestructor;
  /** The model of this stack. */
  readonly model: StackModel;
  /** Expression of this stack's id. */
  readonly stackId: string;

  constructor(scope: Construct, id: string, props: ChildStackProps) {
    super(scope, id);
    const s = props.stack;
    this.model = s;
    const lookups = props.lookups;
    const rid = (...parts: string[]): string => logicalId(s.id, ...parts);

    this.resource = new StackResource(this, "stack", {
      ...stackConfig(s),
      // A rename keeps the stack's state: Spacelift keeps the workspace of the first id, whatever
      // atmos derives from the new names, unless `move_state: true` (then diff prints the commands).
      ...(s.previousNames.length > 0 && s.moveStateOnRename !== true
        ? { lifecycle: { ignoreChanges: ["terraform_workspace"] } }
        : {}),
    });
    this.resource.overrideLogicalId(rid());
    this.stackId = `\${spacelift_stack.${rid()}.id}`;
    this.resource.spaceId = lookups.spaceId(
      s.spaceName,
      this.resource,
      "Apply the spaces stack before this admin stack.",
    );
    if (s.workerPoolName !== undefined) {
      this.resource.workerPoolId = lookups.workerPoolId(
        s.workerPoolName,
        this.resource,
        "Apply the worker-pool stack before this admin stack.",
      );
    }

    const needed: ITerraformDependable[] = [];
    for (const space of s.spaceAdminIn) {
      const attachment = new RoleAttachmentResource(this, `space-admin-${space}`, {
        stackId: this.stackId,
        roleId: lookups.spaceAdminRoleId(),
        spaceId: "",
      });
      attachment.spaceId = lookups.spaceId(space, attachment, "Apply the spaces stack first.");
      attachment.overrideLogicalId(rid("space_admin", space));
      needed.push(attachment);
    }
    for (const env of s.environment) {
      const variable = new EnvironmentVariableResource(this, `env-${env.name}`, {
        stackId: this.stackId,
        name: tfLiteral(env.name),
        value: tfLiteral(env.value),
        writeOnly: false,
      });
      variable.overrideLogicalId(rid("env", env.name));
      needed.push(variable);
    }
    if (s.mountedVars !== undefined) {
      const file = new MountedFileResource(this, "tfvars", {
        stackId: this.stackId,
        relativePath: tfLiteral(`source/${s.projectRoot}/spacelift.auto.tfvars.json`),
        content: mountedVarsContent(s.mountedVars),
        writeOnly: false,
      });
      file.overrideLogicalId(rid("tfvars"));
      needed.push(file);
    }
    for (const name of s.policyNames) {
      const attachment = new PolicyAttachmentResource(this, `policy-${namePart(name)}`, {
        stackId: this.stackId,
        policyId: "",
      });
      attachment.policyId = lookups.policyId(
        name,
        attachment,
        "Apply the spaces stack (it creates the policies) first.",
      );
      attachment.overrideLogicalId(rid("policy", namePart(name)));
      needed.push(attachment);
    }
    s.contextAttachments.forEach((contextId, priority) => {
      const attachment = new ContextAttachmentResource(this, `context-${contextId}`, {
        stackId: this.stackId,
        contextId: tfLiteral(contextId),
        priority,
      });
      attachment.overrideLogicalId(rid("context", contextId));
      needed.push(attachment);
    });
    if (s.awsRole) {
      const role = new AwsRoleResource(this, "aws-role", {
        stackId: this.stackId,
        roleArn: tfLiteral(s.awsRole.roleArn),
        externalId: tfOptionalLiteral(s.awsRole.externalId),
        generateCredentialsInWorker: s.awsRole.generateCredentialsInWorker,
      });
      role.overrideLogicalId(rid());
      needed.push(role);
    }
    if (s.awsIntegration) {
      const attachment = new AwsIntegrationAttachmentResource(this, "aws-integration", {
        stackId: this.stackId,
        integrationId: tfLiteral(s.awsIntegration.id ?? ""),
        read: s.awsIntegration.read,
        write: s.awsIntegration.write,
      });
      if (s.awsIntegration.name !== undefined) {
        attachment.integrationId = lookups.awsIntegrationId(
          s.awsIntegration.name,
          attachment,
          "Create it in Spacelift (or fix settings.spacelift.aws_integration.name) first.",
        );
      }
      attachment.overrideLogicalId(rid());
      needed.push(attachment);
    }
    if (s.driftDetection) {
      const drift = new DriftDetectionResource(this, "drift-detection", {
        stackId: this.stackId,
        reconcile: s.driftDetection.reconcile,
        schedule: tfLiterals(s.driftDetection.schedule),
        timezone: tfOptionalLiteral(s.driftDetection.timezone),
        ignoreState: s.driftDetection.ignoreState,
      });
      drift.overrideLogicalId(rid());
    }
    if (s.webhook) {
      const secretVariable = s.webhook.secretVariable;
      if (secretVariable !== undefined) {
        const existing = scope.node.tryFindChild(`webhook-secret-${secretVariable}`);
        if (!existing) {
          const variable = new TerraformVariable(scope, `webhook-secret-${secretVariable}`, {
            type: "string",
            sensitive: true,
            description:
              "Webhook secret, provided as TF_VAR_" +
              secretVariable +
              " (never stored in configuration or state)",
          });
          variable.overrideLogicalId(secretVariable);
        }
      }
      const webhook = new WebhookResource(this, "webhook", {
        stackId: this.stackId,
        endpoint: tfLiteral(s.webhook.endpoint),
        enabled: true,
        ...(secretVariable !== undefined
          ? {
              secretWo: `\${var.${secretVariable}}`,
              // Changes with the secret, so a rotated secret reaches Spacelift: a 64-bit SHA-256
              // fingerprint computed by Terraform (sensitive, like the variable; never synthesized).
              secretWoVersion: `\${substr(sha256(var.${secretVariable}), 0, 16)}`,
            }
          : {}),
      });
      webhook.overrideLogicalId(rid());
    }
    if (s.spaceliftRun) {
      const run = new RunResource(this, "run", {
        stackId: this.stackId,
        commitSha: tfOptionalLiteral(s.spaceliftRun.commitSha),
        dependsOn: [...needed],
      });
      run.overrideLogicalId(rid());
    }
    this.destructor = new StackDestructor(this, "destructor", {
      name: s.id,
      stackId: this.stackId,
      active: s.destructorActive,
      dependsOn: needed,
    });
  }
}

/** Every string from YAML goes through tfLiteral: Terraform reads each one as a template. */
function stackConfig(s: StackModel): StackConfig {
  const vcs = vcsBlock(s.vcs);
  return {
    name: tfLiteral(s.id),
    // A renamed stack keeps its first slug: slug is ForceNew (see private/moves.ts).
    slug: tfLiteral(stackSlug(s)),
    description: tfOptionalLiteral(s.description),
    repository: tfLiteral(s.repository),
    branch: tfLiteral(s.branch),
    projectRoot: tfOptionalLiteral(s.projectRoot),
    // Spacelift stores labels as a set: sorted, a reorder in YAML never shows up as a change.
    labels: tfLiterals([...s.labels].sort()),
    spaceId: "",
    runnerImage: tfOptionalLiteral(s.runnerImage),
    terraformVersion: tfOptionalLiteral(s.terraformVersion),
    terraformWorkflowTool: tfOptionalLiteral(s.terraformWorkflowTool),
    terraformWorkspace: tfOptionalLiteral(s.terraformWorkspace),
    terraformSmartSanitization: s.terraformSmartSanitization,
    autodeploy: s.autodeploy,
    autoretry: s.autoretry,
    enableLocalPreview: s.localPreviewEnabled,
    manageState: s.manageState,
    protectFromDeletion: s.protectFromDeletion,
    additionalProjectGlobs:
      s.additionalProjectGlobs.length > 0 ? tfLiterals(s.additionalProjectGlobs) : undefined,
    enableSensitiveOutputsUpload: s.enableSensitiveOutputsUpload,
    beforeInit: list(s.hooks.before_init),
    afterInit: list(s.hooks.after_init),
    beforePlan: list(s.hooks.before_plan),
    afterPlan: list(s.hooks.after_plan),
    beforeApply: list(s.hooks.before_apply),
    afterApply: list(s.hooks.after_apply),
    beforeDestroy: list(s.hooks.before_destroy),
    afterDestroy: list(s.hooks.after_destroy),
    beforePerform: list(s.hooks.before_perform),
    afterPerform: list(s.hooks.after_perform),
    afterRun: list(s.hooks.after_run),
    ...vcs,
  };
}

function list(v: readonly string[] | undefined): string[] | undefined {
  return v && v.length > 0 ? tfLiterals(v) : undefined;
}
