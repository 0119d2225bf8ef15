/**
 * One environment file + its service template → the environment's model. Checks that the file is
 * named after its content and that its id follows the scheme, so a hand-edited or copied file can
 * never create a second stack for the same pull request.
 */
import { basename } from "node:path";
import type { Diagnostic } from "../config-engine/diagnostics";
import { fileDiagnostic, PREVIEW_CODES, type PreviewYamlText } from "./preview-errors";
import {
  formatTimestamp,
  parseTimestamp,
  previewEnvironmentFileName,
  previewEnvironmentId,
  previewStackId,
} from "./preview-id";
import type { EnvironmentFile, ServiceTemplate } from "./preview-schema";
import type { PreviewEnvironmentModel } from "./preview-types";
import type { EnvironmentVariable } from "./types";

/** Environment variables every environment stack gets from its file; a template may not set them. */
export const RESERVED_ENVIRONMENT_VARIABLES = ["TF_VAR_code_version", "TF_VAR_environment"] as const;

/** Label prefixes this app sets on environment stacks. */
export const PREVIEW_LABELS = {
  managedBy: "preview-environment-managed-by:",
  id: "preview_environment_id:",
  service: "preview-environment-service:",
  pullRequest: "preview-environment-pr:",
} as const;

/** What the environment inherits from its service and manager. */
export interface EnvironmentContext {
  readonly service: string;
  readonly template: ServiceTemplate;
  readonly managerId: string;
  readonly policyNames: readonly string[];
}

/** Builds one environment; problems go to `out`, and undefined is returned when there are any. */
export function buildPreviewEnvironment(
  file: PreviewYamlText & { readonly abs: string },
  content: EnvironmentFile,
  ctx: EnvironmentContext,
  out: Diagnostic[],
): PreviewEnvironmentModel | undefined {
  const before = out.length;
  const [owner = "", repository = ""] = content.pull_request.repository.split("/");
  const repo = { owner, name: repository };
  const pr = content.pull_request.number;
  const expectedId = previewEnvironmentId(repo, pr);
  if (content.environment !== expectedId) {
    out.push(
      fileDiagnostic(
        file,
        PREVIEW_CODES.idMismatch,
        ["environment"],
        `environment '${content.environment}' is not the id of ${owner}/${repository}#${pr}, which is '${expectedId}'`,
        {
          hint: 'The id is the first 7 hex characters of sha256("\\"<owner><repo><pr>\\""); write the file with `spacelift-atmos preview-env upsert`.',
        },
      ),
    );
  }
  const expectedName = previewEnvironmentFileName(repo, pr);
  if (basename(file.abs) !== expectedName) {
    out.push(
      fileDiagnostic(
        file,
        PREVIEW_CODES.fileNameMismatch,
        [],
        `the environment file of ${owner}/${repository}#${pr} must be named '${expectedName}', not '${basename(file.abs)}'`,
        { hint: "Rename the file, or write it with `spacelift-atmos preview-env upsert`." },
      ),
    );
  }
  const createdAt = parseTimestamp(content.created_at);
  if (createdAt === undefined) {
    out.push(
      fileDiagnostic(
        file,
        PREVIEW_CODES.invalidValue,
        ["created_at"],
        `'created_at' is not a real date, got '${content.created_at}'`,
      ),
    );
  }
  if (out.length > before || createdAt === undefined) return undefined;

  const t = ctx.template;
  const id = content.environment;
  const stackId = previewStackId(ctx.service, id);
  const deleteAt = createdAt + t.ttl_hours * 3600;
  const environment: EnvironmentVariable[] = [
    { name: "TF_VAR_code_version", value: content.code_version },
    { name: "TF_VAR_environment", value: id },
    ...Object.keys(t.env ?? {})
      .sort()
      .map((name) => ({ name, value: t.env![name]! })),
  ];
  const labels = [
    ...(t.labels ?? []),
    `${PREVIEW_LABELS.managedBy}${ctx.managerId}`,
    `${PREVIEW_LABELS.id}${id}`,
    `${PREVIEW_LABELS.service}${ctx.service}`,
    `${PREVIEW_LABELS.pullRequest}${owner}/${repository}#${pr}`,
  ];
  return {
    id,
    stackId,
    service: ctx.service,
    file: file.display,
    pullRequest: { owner, repository, number: pr },
    codeVersion: content.code_version,
    createdAt: content.created_at,
    deleteAt,
    description: `Preview environment ${id} of ${ctx.service} for ${owner}/${repository}#${pr} (created ${content.created_at}; deleted with its resources at ${formatTimestamp(new Date(deleteAt * 1000))} at the latest)`,
    repository: t.repository,
    branch: content.infra_repository_branch,
    projectRoot: t.project_root ?? "",
    ...(t.runner_image !== undefined ? { runnerImage: t.runner_image } : {}),
    ...(t.terraform_version !== undefined ? { terraformVersion: t.terraform_version } : {}),
    terraformWorkflowTool: t.terraform_workflow_tool ?? "TERRAFORM_FOSS",
    manageState: t.manage_state ?? true,
    spaceName: t.space_name,
    ...(t.worker_pool_name !== undefined ? { workerPoolName: t.worker_pool_name } : {}),
    labels: [...new Set(labels)].sort(),
    environment,
    ...(t.aws_role
      ? {
          awsRole: {
            roleArn: t.aws_role.role_arn,
            ...(t.aws_role.external_id !== undefined ? { externalId: t.aws_role.external_id } : {}),
            generateCredentialsInWorker: t.aws_role.generate_credentials_in_worker ?? false,
          },
        }
      : {}),
    policyNames: [...new Set(ctx.policyNames)].sort(),
  };
}
