/**
 * `settings.spacelift`: every key this app honours, with its type. Unknown keys are errors with a
 * "did you mean" (a typo in `protect_from_deletion` must never be silently ignored). Keys starting
 * with `x_` are the documented escape hatch: they pass through untouched for tools of your own.
 */
import { z } from "zod";

const stringList = z.array(z.string());
/** YAML may write a version or a map key as a number (`terraform_version: 1`). */
const stringish = z.union([z.string(), z.number()]).transform((v) => String(v));

/**
 * A VCS block. `is_default` is not accepted: the provider computes it (a block without `id` uses
 * the account's default integration), so a value in YAML would be silently ignored.
 */
const vcsNamespace = z.strictObject({
  namespace: z.string(),
  id: z.string().optional(),
});

/** Hook keys, in the order Spacelift runs their phases. */
export const HOOK_KEYS = [
  "before_init",
  "after_init",
  "before_plan",
  "after_plan",
  "before_apply",
  "after_apply",
  "before_destroy",
  "after_destroy",
  "before_perform",
  "after_perform",
  "after_run",
] as const;

/** A hook phase name. */
export type HookKey = (typeof HOOK_KEYS)[number];

const hooks = Object.fromEntries(HOOK_KEYS.map((k) => [k, stringList.optional()])) as Record<
  HookKey,
  z.ZodOptional<typeof stringList>
>;

/** The schema of `settings.spacelift` (snake_case, exactly as atmos users write it). */
export const spaceliftSettingsSchema = z.strictObject({
  // Read by atmos itself.
  workspace_enabled: z.boolean().optional(),
  stack_name_pattern: z.string().optional(),
  stack_name: z.string().optional(),
  labels: stringList.optional(),
  depends_on: stringList.optional(),
  admin_stack_selector: z
    .strictObject({
      component: z.string(),
      namespace: z.string().optional(),
      tenant: z.string().optional(),
      environment: z.string().optional(),
      stage: z.string().optional(),
    })
    .optional(),
  admin_stack_context: z.record(z.string(), z.string()).optional(),

  // Filters of Cloud Posse's admin stacks.
  administrative: z.boolean().optional(),
  root_administrative: z.boolean().optional(),

  ...hooks,

  // Behaviour.
  autodeploy: z.boolean().optional(),
  autoretry: z.boolean().optional(),
  branch: z.string().optional(),
  commit_sha: z.string().optional(),
  description: z.string().optional(),
  local_preview_enabled: z.boolean().optional(),
  manage_state: z.boolean().optional(),
  protect_from_deletion: z.boolean().optional(),
  runner_image: z.string().optional(),
  terraform_smart_sanitization: z.boolean().optional(),
  terraform_version: stringish.optional(),
  terraform_workflow_tool: z.enum(["TERRAFORM_FOSS", "OPEN_TOFU", "CUSTOM"]).optional(),
  terraform_workspace: z.string().optional(),
  additional_project_globs: stringList.optional(),
  enable_sensitive_outputs_upload: z.boolean().optional(),

  // Placement.
  space_name: z.string().optional(),
  space_name_pattern: z.string().optional(),
  worker_pool_name: z.string().optional(),

  // Attachments. Cloud Posse's catalogue default is the empty map `policies: {}`, which means none.
  policies: z.union([stringList, z.strictObject({})]).optional(),
  context_attachments: stringList.optional(),

  // AWS: a reusable AWS integration, attached by name (resolved at plan time) or by id, or the
  // legacy per-stack role (aws_role_*). The two are mutually exclusive (checked in stack-model.ts).
  aws_integration: z
    .strictObject({
      name: z.string().min(1).optional(),
      id: z.string().min(1).optional(),
      read: z.boolean().optional(),
      write: z.boolean().optional(),
    })
    .refine((v) => (v.name === undefined) !== (v.id === undefined), {
      message: "must set exactly one of 'name' or 'id'",
    })
    .optional(),
  aws_role_enabled: z.boolean().optional(),
  aws_role_arn: z.string().optional(),
  aws_role_external_id: z.string().optional(),
  aws_role_generate_credentials_in_worker: z.boolean().optional(),

  // Drift detection.
  drift_detection_enabled: z.boolean().optional(),
  drift_detection_reconcile: z.boolean().optional(),
  drift_detection_schedule: stringList.optional(),
  drift_detection_timezone: z.string().optional(),
  drift_detection_ignore_state: z.boolean().optional(),

  // Extra resources.
  spacelift_run_enabled: z.boolean().optional(),
  spacelift_stack_dependency_enabled: z.boolean().optional(),
  stack_destructor_enabled: z.boolean().optional(),
  webhook_enabled: z.boolean().optional(),
  webhook_endpoint: z.string().optional(),
  /** Name of the Terraform variable (set through `TF_VAR_<name>`) holding the webhook secret. */
  webhook_secret_variable: z
    .string()
    .regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/)
    .optional(),

  // Renames keep their resources (Terraform `moved` blocks) when the old ids are listed here.
  previous_names: stringList.optional(),
  // A rename keeps the stack's terraform_workspace (its state) unless this says to move it.
  move_state: z.boolean().optional(),

  // VCS and vendor blocks.
  azure_devops: z.strictObject({ project: z.string(), id: z.string().optional() }).optional(),
  bitbucket_cloud: vcsNamespace.optional(),
  bitbucket_datacenter: vcsNamespace.optional(),
  github_enterprise: vcsNamespace.optional(),
  gitlab: vcsNamespace.optional(),
  showcase: z.strictObject({ namespace: z.string() }).optional(),
  raw_git: z.strictObject({ namespace: z.string(), url: z.string() }).optional(),
  cloudformation: z
    .strictObject({
      entry_template_file: z.string(),
      region: z.string(),
      stack_name: z.string(),
      template_bucket: z.string(),
    })
    .optional(),
  pulumi: z.strictObject({ login_url: z.string(), stack_name: z.string() }).optional(),
});

/** `settings.spacelift` after validation. */
export type SpaceliftSettings = z.infer<typeof spaceliftSettingsSchema>;

/** Every key {@link spaceliftSettingsSchema} accepts, for "did you mean" suggestions. */
export const SPACELIFT_SETTING_KEYS: readonly string[] = Object.keys(spaceliftSettingsSchema.shape).sort();

/**
 * Keys of Cloud Posse's legacy component (≤ 0.56 root module) that the current admin stack no
 * longer honours, with what to use instead.
 */
export const LEGACY_SETTING_REPLACEMENTS: Readonly<Record<string, string>> = {
  policies_enabled:
    "list the policy names in `settings.spacelift.policies` or the admin stack's `child_policy_attachments`",
  policies_by_id_enabled: "list the policy names in `settings.spacelift.policies`",
  policies_by_name_enabled: "declare the policies in the spaces component and attach them by name",
  administrative_trigger_policy_enabled:
    "attach 'TRIGGER Global Administrator' through `child_policy_attachments`",
  component_root: "set `component_root` in the admin stack's vars",
  repository: "set `repository` in the admin stack's vars",
  ui_stack_name: "use `stack_name` or `stack_name_pattern`",
  space_id: "use `space_name` (spaces are referenced by name)",
  dedicated_space_enabled: "declare the space in the spaces component and use `space_name`",
  parent_space_id: "declare the space and its parent in the spaces component",
  inherit_entities: "set `inherit_entities` on the space in the spaces component",
  webhook_secret:
    "never put a secret in YAML: set `webhook_secret_variable: <name>` and provide the value as TF_VAR_<name> when the admin stack runs",
};

/** The escape hatch: keys with this prefix are passed through and never interpreted. */
export const PASSTHROUGH_PREFIX = "x_";
