/**
 * What an operator must know before breaking glass on a stack: facts that make a step fail or make
 * it dangerous. Each is one sentence in the user's vocabulary (YAML keys as atmos writes them).
 */
import { formatTimestamp } from "../model/preview-id";
import type { BreakGlassTarget, PreviewTarget } from "./targets";
import type { StackApis, StateLocation } from "./types";

/** S3 lock files (`use_lockfile`) need Terraform 1.10 or OpenTofu 1.8, or later. */
const LOCKFILE_MIN_VERSION: Readonly<Record<string, readonly [number, number]>> = {
  terraform: [1, 10],
  tofu: [1, 8],
};

/** What {@link runbookWarnings} looks at. */
export interface WarningInput {
  readonly target: BreakGlassTarget;
  readonly apis: StackApis;
  readonly state: StateLocation;
  /** `terraform` or `tofu`. */
  readonly binary: string;
  readonly terraformVersion?: string;
}

/** The warnings of a runbook, most important first. */
export function runbookWarnings(input: WarningInput): string[] {
  const { target, apis, state } = input;
  const stack = target.stack;
  const out: string[] = [];
  const preview = target.preview !== undefined ? [previewWarning(target.preview)] : [];
  switch (state.kind) {
    case "spacelift":
      out.push(
        "The state of this stack exists only in Spacelift (`manage_state: true`): it CANNOT be run without Spacelift. The last step says what to change while Spacelift is up.",
        ...preview,
      );
      return out;
    case "none":
      out.push(
        "This stack has no backend and Spacelift does not manage its state (`manage_state: false`): its state does not outlive a run, so there is nothing to run against. Configure an s3 backend for it.",
      );
      return out;
    case "root-module":
      break;
    case "other":
      out.push(
        state.backendType === "local"
          ? `The backend is \`local\`: the state is a file on the machine that last ran Terraform${stack ? ", and in Spacelift that file does not outlive the run" : ""}. Find that file before running anything, and move the state to an s3 backend.`
          : `The backend type is \`${state.backendType}\`: this runbook does not describe where its state is. Check the component's \`backend\` section before running anything.`,
      );
      break;
    case "s3":
      if (state.locks.length === 0)
        out.push(
          "Nothing locks this state (neither `use_lockfile` nor `dynamodb_table`): make sure nobody else, Spacelift included, runs this stack meanwhile.",
        );
      const min = LOCKFILE_MIN_VERSION[input.binary];
      if (
        state.locks.some((l) => l.kind === "s3-lockfile") &&
        min !== undefined &&
        input.terraformVersion !== undefined &&
        olderThan(input.terraformVersion, min)
      )
        out.push(
          `The backend locks with S3 lock files (\`use_lockfile\`), which need \`${input.binary}\` ${min.join(".")} or later, but the stack pins ${input.terraformVersion}: \`init\` fails with that version. Use ${min.join(".")} or later here, and fix the stack's \`terraform_version\`.`,
        );
      if (state.profile !== undefined)
        out.push(
          `The backend names the AWS profile \`${state.profile}\`: it must exist in your AWS config, and its credentials are used for the state instead of the ones you export.`,
        );
      break;
  }
  if (apis.spacelift) {
    out.push(
      "This stack manages Spacelift resources: while the Spacelift API is down, `plan` and `apply` fail (the spacelift provider calls the API to refresh and change every resource). Then break glass means inspecting the state and waiting; run it locally when the API is up but runs are not (for example when the worker pool is broken).",
    );
  }
  if (target.kind === "worker-pool") {
    out.push(
      "Its AWS half (auto-scaling group, launch template, IAM, secrets) can change without the Spacelift API only with `-target=` on AWS resources none of whose dependencies is a `spacelift_*` resource (check with `terraform graph`).",
    );
  }
  if (stack && target.kind === "component" && stack.terraformWorkspace !== undefined) {
    if (stack.terraformWorkspace !== target.source.workspace)
      out.push(
        `Spacelift's \`terraform_workspace\` is \`${stack.terraformWorkspace}\` but atmos selects \`${target.source.workspace}\`: make sure which workspace holds the state before applying.`,
      );
  }
  if (stack && stack.contextAttachments.length > 0) {
    out.push(
      `Spacelift contexts are attached (${stack.contextAttachments.map((c) => `\`${c}\``).join(", ")}): the environment variables and files they provide are not available here. Set what the stack needs from them yourself.`,
    );
  }
  if ((stack?.terraformWorkflowTool ?? target.preview?.environment.terraformWorkflowTool) === "CUSTOM") {
    out.push(
      "The stack uses a custom workflow tool (`terraform_workflow_tool: CUSTOM`): use the same binary Spacelift runs.",
    );
  }
  out.push(...preview);
  return out;
}

/** A preview environment is short-lived and declared by a file: say when it goes and where it comes from. */
function previewWarning(preview: PreviewTarget): string {
  const e = preview.environment;
  const deleteAt = formatTimestamp(new Date(e.deleteAt * 1000));
  return `This is a preview environment of \`${e.service}\` (\`${e.file}\`, template \`${preview.templateFile}\`): Spacelift deletes the stack with its resources at ${deleteAt} (\`ttl_hours\`), and deleting the file makes the manager \`${preview.managerId}\` destroy it. Change the environment through its file, not by hand.`;
}

/** True when `version` (`major.minor[.patch…]`) is older than `[major, minor]`. */
export function olderThan(version: string, min: readonly [number, number]): boolean {
  const m = /^(\d+)\.(\d+)/.exec(version);
  if (!m) return false;
  const major = Number(m[1]);
  const minor = Number(m[2]);
  return major < min[0] || (major === min[0] && minor < min[1]);
}
