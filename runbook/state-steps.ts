/** The runbook steps about the state: where it is and who reaches it, or why there is none to reach. */
import type { BreakGlassTarget, PreviewTarget } from "./targets";
import type { RunbookStep, S3StateLocation, StateLocation } from "./types";

/** One line naming where the state is (used in the runbook header and the inventory). */
export function describeState(state: StateLocation): string {
  switch (state.kind) {
    case "spacelift":
      return "Spacelift-managed (`manage_state: true`): not reachable without Spacelift";
    case "none":
      return "none (no backend and not Spacelift-managed)";
    case "other":
      return `\`${state.backendType}\` backend`;
    case "root-module":
      return `the backend of the root module (\`${state.repository}\`, \`${state.projectRoot || "."}\`)`;
    case "s3":
      return `s3://${state.bucket}/${state.key}${state.region !== undefined ? ` (${state.region})` : ""}`;
  }
}

/** Where the state is, how it is locked, and which credentials reach it. */
export function stateStep(state: StateLocation, roleAssumed: boolean, binary: string): RunbookStep {
  const notes: string[] =
    state.kind === "s3"
      ? s3Notes(state, roleAssumed, binary)
      : state.kind === "root-module"
        ? [
            `Backend: the one the root module declares in \`${state.repository}\` (directory \`${state.projectRoot || "."}\`); this configuration does not describe it. Spacelift uses the same state. Read the \`backend\` block before going on: its key must differ per environment, and it must not name an AWS profile.`,
          ]
        : [`Backend: ${describeState(state)}. Spacelift uses the same state.`];
  return { title: "Where the state is", notes, commands: [] };
}

function s3Notes(s: S3StateLocation, roleAssumed: boolean, binary: string): string[] {
  const from = roleAssumed ? "the credentials you exported" : "your own credentials";
  const notes = [
    `Backend: s3, bucket \`${s.bucket}\`, key \`${s.key}\`${s.region !== undefined ? `, region \`${s.region}\`` : ""}${s.encrypt ? ", encrypted" : ""}${s.kmsKeyId !== undefined ? ` with the KMS key \`${s.kmsKeyId}\`` : ""}. Spacelift uses the same state: while you hold its lock, Spacelift runs of this stack wait or fail.`,
    s.locks.length === 0
      ? "Locking: none."
      : `Locking: ${s.locks
          .map((l) =>
            l.kind === "s3-lockfile"
              ? `S3 lock file \`${l.key}\` (\`use_lockfile\`)`
              : `DynamoDB table \`${l.table}\``,
          )
          .join(
            " and ",
          )}. If a crashed run left a lock behind, \`${binary} force-unlock <lock id>\` releases it (only when you are sure nobody holds it).`,
  ];
  const deploymentRole = roleAssumed
    ? " The deployment role needs no access to the bucket or its key, only to the stack's resources."
    : " This stack needs AWS credentials for nothing else.";
  notes.push(
    s.roleArn !== undefined
      ? `The backend assumes its own role \`${s.roleArn}\` for the state, starting from ${from}: that identity must be allowed to assume it (its trust policy and \`sts:AssumeRole\`).${deploymentRole}`
      : `The backend assumes no role: ${from} need read and write access to the bucket${s.kmsKeyId !== undefined ? " and use of its KMS key" : ""}.`,
  );
  return notes;
}

/** For a stack whose state cannot be reached without Spacelift: what to change, while it is up. */
export function whatToChangeStep(target: BreakGlassTarget, state: StateLocation): RunbookStep {
  if (target.preview !== undefined) return previewWhatToChangeStep(target.id, target.preview);
  const manager = target.stack?.managerId;
  const apply = manager !== undefined ? `apply the admin stack \`${manager}\`` : "deploy the change";
  if (state.kind === "none") {
    return {
      title: "What to change so that it can be run without Spacelift",
      notes: [
        "Give the component an s3 backend (`terraform.backend_type: s3` and `terraform.backend.s3`, usually in the organisation's `_defaults.yaml`; see docs/state-backend.md).",
        `Then ${apply}. Until a run has written state there, the stack's resources are not tracked anywhere.`,
      ],
      commands: [],
    };
  }
  return {
    title: "What to change so that it can be run without Spacelift (while Spacelift is up)",
    notes: [
      "1. Give the component an s3 backend (`terraform.backend_type: s3` and `terraform.backend.s3`, usually in the organisation's `_defaults.yaml`; see docs/state-backend.md).",
      `2. Turn on external state access for the stack and download its state: \`spacectl stack state pull --id ${target.id} -o <file>\` (needs the state download permission). The file holds secrets: keep it on an encrypted disk and delete it afterwards.`,
      "3. Push it into the new backend before any run uses it: `terraform init` with the s3 backend, then `terraform state push <file>`.",
      `4. Set \`settings.spacelift.manage_state: false\` (or remove \`manage_state: true\`) and ${apply}. \`manage_state\` is ForceNew in the Spacelift provider (docs/diff.md): its plan replaces the Spacelift stack (\`spacelift-atmos diff\` reports \`STACK_REPLACED\`), so read it before confirming.`,
    ],
    commands: [],
  };
}

/**
 * A preview environment keeps its state in Spacelift by default (`manage_state: true`, as
 * Spacelift's demo did); its template decides, for every environment of the service.
 */
function previewWhatToChangeStep(id: string, preview: PreviewTarget): RunbookStep {
  return {
    title: "What to change so that it can be run without Spacelift (while Spacelift is up)",
    notes: [
      `1. Give the root module (\`${preview.environment.repository}\`, directory \`${preview.environment.projectRoot || "."}\`) an s3 backend whose key differs per environment (docs/preview-environments.md).`,
      `2. Turn on external state access for the stack and download its state: \`spacectl stack state pull --id ${id} -o <file>\` (needs the state download permission). The file holds secrets: keep it on an encrypted disk and delete it afterwards.`,
      "3. Push it into the new backend before any run uses it: `terraform init` with the s3 backend, then `terraform state push <file>`.",
      `4. Set \`manage_state: false\` in the service template \`${preview.templateFile}\` (it applies to every environment of the service) and let the manager stack \`${preview.managerId}\` apply. \`manage_state\` is ForceNew in the Spacelift provider (docs/diff.md): read the manager's plan before confirming it, since it replaces the environment stacks of the service.`,
    ],
    commands: [],
  };
}
