/**
 * The YAML formats of preview environments: the manager component's vars, a service template
 * (`preview-environments/<service>/service.yaml`) and an environment file
 * (`preview-environments/<service>/environments/<owner>-<repo>-<pr>-<id>.yaml`). Unknown keys are
 * errors; keys stay snake_case here and become camelCase in `preview-config.ts`.
 */
import { z } from "zod";
import {
  branchNameProblem,
  CODE_VERSION_PATTERN,
  ENVIRONMENT_ID_PATTERN,
  GITHUB_OWNER_PATTERN,
  GITHUB_REPOSITORY_PATTERN,
  SERVICE_NAME_PATTERN,
  TIMESTAMP_PATTERN,
} from "./preview-id";

/** The catalogue's GIT_PUSH policy every environment stack gets when the manager names none. */
export const DEFAULT_ENVIRONMENT_POLICIES = ["GIT_PUSH Preview Environment"] as const;

/** The hard upper bound of `ttl_hours` (one year): a preview environment is never permanent. */
export const MAX_TTL_HOURS = 8760;

const serviceName = z.string().regex(SERVICE_NAME_PATTERN, "must be a slug (lowercase letters, digits, '-')");

/**
 * The vars of a `spacelift/preview-environments` component instance. Other vars (the null-label
 * context, organisation globals) are allowed and ignored.
 */
export const previewManagerVarsSchema = z.looseObject({
  /** Service directories under `preview-environments/` this manager creates environments for. */
  services: z
    .array(serviceName)
    .min(1)
    .refine((list) => new Set(list).size === list.length, "must not list a service twice"),
  /** Policies (by name) attached to every environment stack. */
  environment_policy_attachments: z.array(z.string().min(1)).optional(),
});

/** Parsed manager vars. */
export type PreviewManagerVars = z.infer<typeof previewManagerVarsSchema>;

const envValue = z.union([z.string(), z.number(), z.boolean()]).transform((v) => String(v));

/** `preview-environments/<service>/service.yaml`: what every environment of the service shares. */
export const serviceTemplateSchema = z.strictObject({
  /** Repository (name, as the Spacelift VCS integration knows it) holding the infrastructure code. */
  repository: z.string().min(1),
  /** Directory of the Terraform root module inside the repository. */
  project_root: z.string().optional(),
  /** Runner image of the environment stacks. */
  runner_image: z.string().min(1).optional(),
  /** Exact Terraform/OpenTofu version. */
  terraform_version: z
    .union([z.string(), z.number()])
    .transform((v) => String(v))
    .pipe(
      z.string().regex(/^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/, "must be an exact version such as 1.9.8"),
    )
    .optional(),
  terraform_workflow_tool: z.enum(["TERRAFORM_FOSS", "OPEN_TOFU", "CUSTOM"]).optional(),
  /** Space of the environment stacks, by name. */
  space_name: z.string().min(1),
  /** Worker pool of the environment stacks, by name. */
  worker_pool_name: z.string().min(1).optional(),
  /** Run on Spacelift's public workers when no worker pool is named. */
  allow_public_workers: z.boolean().optional(),
  /** Whether Spacelift keeps the environments' Terraform state. */
  manage_state: z.boolean().optional(),
  /** AWS role the environment stacks assume (`spacelift_aws_role`). */
  aws_role: z
    .strictObject({
      role_arn: z.string().regex(/^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/, "must be an IAM role ARN"),
      external_id: z.string().min(1).optional(),
      generate_credentials_in_worker: z.boolean().optional(),
    })
    .optional(),
  /** Environment variables of every environment stack (committed: never secrets). */
  env: z
    .record(
      z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be a valid environment variable name"),
      envValue,
    )
    .optional(),
  /** Extra labels of every environment stack. */
  labels: z.array(z.string().min(1)).optional(),
  /** Hours after `created_at` at which Spacelift deletes an environment with its resources. */
  ttl_hours: z.number().int().min(1).max(MAX_TTL_HOURS),
});

/** A parsed service template. */
export type ServiceTemplate = z.infer<typeof serviceTemplateSchema>;

/** One environment file, exactly as `spacelift-atmos preview-env upsert` writes it. */
export const environmentFileSchema = z.strictObject({
  /** The environment id (see `previewEnvironmentId`). */
  environment: z.string().regex(ENVIRONMENT_ID_PATTERN, "must be 7 lowercase hex characters"),
  /** The artifact version the environment runs: a commit SHA or `latest`. */
  code_version: z.string().regex(CODE_VERSION_PATTERN, "must be a 40-hex commit SHA or 'latest'"),
  /** Branch of the infrastructure repository the environment stack tracks. */
  infra_repository_branch: z.string().superRefine((name, ctx) => {
    const problem = branchNameProblem(name);
    if (problem !== undefined)
      ctx.addIssue({ code: "custom", message: `is not a valid branch name: ${problem}` });
  }),
  /** The pull request that owns the environment. */
  pull_request: z.strictObject({
    repository: z.string().refine((r) => {
      const [owner, name, ...rest] = r.split("/");
      return (
        rest.length === 0 &&
        GITHUB_OWNER_PATTERN.test(owner ?? "") &&
        GITHUB_REPOSITORY_PATTERN.test(name ?? "")
      );
    }, "must be OWNER/NAME"),
    number: z.number().int().min(1),
  }),
  /** When `upsert` first wrote the file (UTC); the TTL counts from here. */
  created_at: z.string().regex(TIMESTAMP_PATTERN, "must be a UTC timestamp YYYY-MM-DDTHH:MM:SSZ"),
});

/** A parsed environment file. */
export type EnvironmentFile = z.infer<typeof environmentFileSchema>;
