/**
 * The generated Spacelift resources created for every Spacelift stack, synthesizing only the
 * attributes that are set. A generated class returns every attribute of the provider schema,
 * unset ones as `undefined` (a spacelift_stack: 38 of its 67 values), and cdktf resolves each key
 * twice (prepare, then synth) before it drops the undefined ones: about a tenth of a 10,000-stack
 * synth (docs/benchmarks.md). The JSON is the same.
 */
import { AwsIntegrationAttachment } from "../../.gen/providers/spacelift/aws-integration-attachment";
import { AwsRole } from "../../.gen/providers/spacelift/aws-role";
import { ContextAttachment } from "../../.gen/providers/spacelift/context-attachment";
import { DriftDetection } from "../../.gen/providers/spacelift/drift-detection";
import { EnvironmentVariable } from "../../.gen/providers/spacelift/environment-variable";
import { MountedFile } from "../../.gen/providers/spacelift/mounted-file";
import { PolicyAttachment } from "../../.gen/providers/spacelift/policy-attachment";
import { RoleAttachment } from "../../.gen/providers/spacelift/role-attachment";
import { Run } from "../../.gen/providers/spacelift/run";
import { Stack } from "../../.gen/providers/spacelift/stack";
import { StackDestructor } from "../../.gen/providers/spacelift/stack-destructor";
import { Webhook } from "../../.gen/providers/spacelift/webhook";

type Attributes = { [name: string]: unknown };

/** `attributes` without the keys whose value is undefined (cdktf drops them from the JSON anyway). */
function setOnly(attributes: Attributes): Attributes {
  return Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== undefined));
}

/** `spacelift_stack`, synthesizing set attributes only. */
export class StackResource extends Stack {
  protected override synthesizeAttributes(): Attributes {
    return setOnly(super.synthesizeAttributes());
  }
}

/** `spacelift_environment_variable`, synthesizing set attributes only. */
export class EnvironmentVariableResource extends EnvironmentVariable {
  protected override synthesizeAttributes(): Attributes {
    return setOnly(super.synthesizeAttributes());
  }
}

/** `spacelift_mounted_file`, synthesizing set attributes only. */
export class MountedFileResource extends MountedFile {
  protected override synthesizeAttributes(): Attributes {
    return setOnly(super.synthesizeAttributes());
  }
}

/** `spacelift_aws_role`, synthesizing set attributes only. */
export class AwsRoleResource extends AwsRole {
  protected override synthesizeAttributes(): Attributes {
    return setOnly(super.synthesizeAttributes());
  }
}

/** `spacelift_aws_integration_attachment`, synthesizing set attributes only. */
export class AwsIntegrationAttachmentResource extends AwsIntegrationAttachment {
  protected override synthesizeAttributes(): Attributes {
    return setOnly(super.synthesizeAttributes());
  }
}

/** `spacelift_policy_attachment`, synthesizing set attributes only. */
export class PolicyAttachmentResource extends PolicyAttachment {
  protected override synthesizeAttributes(): Attributes {
    return setOnly(super.synthesizeAttributes());
  }
}

/** `spacelift_role_attachment`, synthesizing set attributes only. */
export class RoleAttachmentResource extends RoleAttachment {
  protected override synthesizeAttributes(): Attributes {
    return setOnly(super.synthesizeAttributes());
  }
}

/** `spacelift_context_attachment`, synthesizing set attributes only. */
export class ContextAttachmentResource extends ContextAttachment {
  protected override synthesizeAttributes(): Attributes {
    return setOnly(super.synthesizeAttributes());
  }
}

/** `spacelift_drift_detection`, synthesizing set attributes only. */
export class DriftDetectionResource extends DriftDetection {
  protected override synthesizeAttributes(): Attributes {
    return setOnly(super.synthesizeAttributes());
  }
}

/** `spacelift_webhook`, synthesizing set attributes only. */
export class WebhookResource extends Webhook {
  protected override synthesizeAttributes(): Attributes {
    return setOnly(super.synthesizeAttributes());
  }
}

/** `spacelift_run`, synthesizing set attributes only. */
export class RunResource extends Run {
  protected override synthesizeAttributes(): Attributes {
    return setOnly(super.synthesizeAttributes());
  }
}

/** `spacelift_stack_destructor`, synthesizing set attributes only. */
export class StackDestructorResource extends StackDestructor {
  protected override synthesizeAttributes(): Attributes {
    return setOnly(super.synthesizeAttributes());
  }
}
