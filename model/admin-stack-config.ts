/**
 * The vars of an admin-stack component, with Cloud Posse's `spacelift/admin-stack` names and
 * meanings. Component vars also carry organisation-wide globals (`region`, `tags`, …), so unknown
 * vars are allowed here; every var this app reads is typed.
 */
import { z } from "zod";
import type { Diagnostic } from "../config-engine/diagnostics";
import type { JsonValue, ResolvedComponent } from "../config-engine/types";
import { modelDiagnostic } from "./errors";
import { parseSection } from "./parse-section";

const stringList = z.array(z.string());
const optionalFilterList = stringList.optional().default([]);

/** `context_filters` of Cloud Posse's `spacelift-stacks-from-atmos-config` module. */
export const contextFiltersSchema = z.strictObject({
  namespaces: optionalFilterList,
  environments: optionalFilterList,
  tenants: optionalFilterList,
  stages: optionalFilterList,
  tags: z.record(z.string(), z.string()).optional().default({}),
  administrative: z.boolean().nullable().optional(),
  root_administrative: z.boolean().nullable().optional(),
});

/** `excluded_context_filters`: the same lists, without the two booleans. */
export const excludedContextFiltersSchema = z.strictObject({
  namespaces: optionalFilterList,
  environments: optionalFilterList,
  tenants: optionalFilterList,
  stages: optionalFilterList,
  tags: z.record(z.string(), z.string()).optional().default({}),
});

/** Parsed `context_filters`. */
export type ContextFilters = z.infer<typeof contextFiltersSchema>;
/** Parsed `excluded_context_filters`. */
export type ExcludedContextFilters = z.infer<typeof excludedContextFiltersSchema>;

const vcs = z
  .record(z.string(), z.union([z.string(), z.boolean()]))
  .nullable()
  .optional();

/** The admin-stack vars this app reads (Cloud Posse's variable names and defaults). */
export const adminStackVarsSchema = z.looseObject({
  enabled: z.boolean().optional().default(true),
  admin_stack_label: z.string().optional().default("admin-stack-name"),
  allow_public_workers: z.boolean().optional().default(false),
  autodeploy: z.boolean().optional().default(false),
  autoretry: z.boolean().optional().default(false),
  aws_role_arn: z.string().nullable().optional(),
  aws_role_enabled: z.boolean().optional().default(false),
  aws_role_external_id: z.string().nullable().optional(),
  aws_role_generate_credentials_in_worker: z.boolean().optional().default(true),
  azure_devops: vcs,
  bitbucket_cloud: vcs,
  bitbucket_datacenter: vcs,
  github_enterprise: vcs,
  gitlab: vcs,
  showcase: vcs,
  branch: z.string().optional().default("main"),
  child_policy_attachments: stringList.optional().default([]),
  commit_sha: z.string().nullable().optional(),
  component_env: z.record(z.string(), z.unknown()).optional().default({}),
  component_root: z.string(),
  context_attachments: stringList.optional().default([]),
  context_filters: contextFiltersSchema,
  excluded_context_filters: excludedContextFiltersSchema.optional().default({
    namespaces: [],
    environments: [],
    tenants: [],
    stages: [],
    tags: {},
  }),
  description: z.string().nullable().optional(),
  drift_detection_enabled: z.boolean().optional().default(false),
  drift_detection_reconcile: z.boolean().optional().default(false),
  drift_detection_schedule: stringList.optional().default(["0 4 * * *"]),
  drift_detection_timezone: z.string().nullable().optional(),
  labels: stringList.optional().default([]),
  local_preview_enabled: z.boolean().optional().default(false),
  manage_state: z.boolean().nullable().optional(),
  protect_from_deletion: z.boolean().optional().default(false),
  repository: z.string(),
  root_admin_stack: z.boolean().optional().default(false),
  root_stack_policy_attachments: stringList.optional().default([]),
  runner_image: z.string().nullable().optional(),
  space_id: z.string().optional().default("root"),
  spacelift_run_enabled: z.boolean().optional().default(false),
  spacelift_stack_dependency_enabled: z.boolean().optional().default(true),
  stack_destructor_enabled: z.boolean().optional().default(false),
  stack_name: z.string().nullable().optional(),
  terraform_smart_sanitization: z.boolean().optional().default(false),
  terraform_version: z.string().nullable().optional(),
  terraform_version_map: z.record(z.string(), z.string()).optional().default({}),
  terraform_workflow_tool: z
    .enum(["OPEN_TOFU", "TERRAFORM_FOSS", "CUSTOM"])
    .optional()
    .default("TERRAFORM_FOSS"),
  terraform_workspace: z.string().nullable().optional(),
  webhook_enabled: z.boolean().optional().default(false),
  webhook_endpoint: z.string().nullable().optional(),
  worker_pool_name: z.string().nullable().optional(),
});

/** Parsed admin-stack vars. */
export type AdminStackVars = z.infer<typeof adminStackVarsSchema>;

/** Admin-stack vars that would put a secret into YAML: refused with what to do instead. */
export const ADMIN_SECRET_VARS: Readonly<Record<string, string>> = {
  webhook_secret:
    "never put a secret in YAML: set `settings.spacelift.webhook_secret_variable: <name>` and provide TF_VAR_<name> to the admin stack run",
};

/** Parses an admin stack's vars, refusing secrets in YAML; undefined when they are invalid. */
export function parseAdminVars(component: ResolvedComponent, out: Diagnostic[]): AdminStackVars | undefined {
  for (const [key, hint] of Object.entries(ADMIN_SECRET_VARS)) {
    if (component.vars[key] !== undefined && component.vars[key] !== null) {
      out.push(
        modelDiagnostic(
          "error",
          "SECRET_IN_CONFIG",
          { component, section: "vars", path: [key] },
          `'${key}' puts a secret into YAML`,
          hint,
        ),
      );
    }
  }
  const parsed = parseSection(
    adminStackVarsSchema,
    component.vars as JsonValue,
    { component, section: "vars", path: [] },
    { invalidCode: "INVALID_VARS" },
  );
  out.push(...parsed.diagnostics);
  return parsed.value;
}
