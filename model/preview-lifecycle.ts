/**
 * What `preview-env upsert` and `preview-env sweep` decide, given the files' current text: pure
 * functions, so the CLI only reads and writes files.
 */
import { DiagnosticError, type Diagnostic } from "../config-engine/diagnostics";
import { fileDiagnostic, PREVIEW_CODES, type PreviewYamlText } from "./preview-errors";
import { parsePreviewFile } from "./preview-files";
import {
  formatTimestamp,
  parseTimestamp,
  previewEnvironmentFileName,
  previewEnvironmentId,
  type RepositoryRef,
} from "./preview-id";
import { renderEnvironmentFile } from "./preview-render";
import { environmentFileSchema, type EnvironmentFile } from "./preview-schema";

/** The inputs of an upsert, already validated. */
export interface UpsertRequest {
  readonly repo: RepositoryRef;
  readonly pr: number;
  readonly branch: string;
  readonly codeVersion: string;
  /** The clock, read once: becomes `created_at` of a new file. */
  readonly now: Date;
  /** The service's time to live: an existing file whose environment outlived it starts afresh. */
  readonly ttlHours: number;
}

/** The outcome of an upsert. */
export interface UpsertPlan {
  /** `renewed`: the file existed but its time to live was over, so it gets a new `created_at`. */
  readonly action: "created" | "updated" | "unchanged" | "renewed";
  readonly fileName: string;
  readonly environment: EnvironmentFile;
  /** The file's new text (equal to the current one when unchanged). */
  readonly text: string;
}

/**
 * Plans writing the environment file of `request`, whose current text is `existing` (undefined
 * when there is no file). `created_at` is kept from an existing file, so the TTL counts from the
 * environment's creation and an upsert with the same inputs changes nothing; once the TTL is over
 * (Spacelift deleted the environment, or is about to), the file starts a new environment.
 * @throws DiagnosticError when the existing file is invalid (it is never overwritten blindly).
 */
export function planUpsert(request: UpsertRequest, existing: PreviewYamlText | undefined): UpsertPlan {
  const now = formatTimestamp(request.now);
  let createdAt = now;
  let renewed = false;
  if (existing) {
    const parsed = parsePreviewFile(existing, environmentFileSchema);
    if (!parsed.value) {
      throw new DiagnosticError(
        parsed.diagnostics.map((d) => ({
          ...d,
          hint: `${d.hint ? `${d.hint} ` : ""}The existing file is invalid: fix it or delete it (\`preview-env delete\`) before updating.`,
        })),
      );
    }
    const created = parseTimestamp(parsed.value.created_at);
    if (created === undefined) {
      throw new DiagnosticError([
        fileDiagnostic(
          existing,
          PREVIEW_CODES.invalidValue,
          ["created_at"],
          "'created_at' is not a real date",
          {
            hint: "The existing file is invalid: fix it or delete it (`preview-env delete`) before updating.",
          },
        ),
      ]);
    }
    renewed = created + request.ttlHours * 3600 <= request.now.getTime() / 1000;
    createdAt = renewed ? now : parsed.value.created_at;
  }
  const environment: EnvironmentFile = {
    environment: previewEnvironmentId(request.repo, request.pr),
    code_version: request.codeVersion,
    infra_repository_branch: request.branch,
    pull_request: { repository: `${request.repo.owner}/${request.repo.name}`, number: request.pr },
    created_at: createdAt,
  };
  const text = renderEnvironmentFile(environment);
  const action =
    existing === undefined
      ? "created"
      : renewed
        ? "renewed"
        : existing.text === text
          ? "unchanged"
          : "updated";
  return { action, fileName: previewEnvironmentFileName(request.repo, request.pr), environment, text };
}

/** An environment file whose time to live is (nearly) over. */
export interface ExpiredEnvironment<F extends PreviewYamlText = PreviewYamlText> {
  readonly file: F;
  readonly environment: EnvironmentFile;
  /** Unix timestamp (seconds) of its scheduled deletion. */
  readonly deleteAt: number;
}

/**
 * The files among `files` whose scheduled deletion (`created_at` + `ttlHours`) is at or before
 * `now` + `aheadSeconds`, sorted by file.
 * @throws DiagnosticError listing every invalid file (then nothing is expired).
 */
export function expiredEnvironments<F extends PreviewYamlText>(
  files: readonly F[],
  ttlHours: number,
  now: Date,
  aheadSeconds: number,
): ExpiredEnvironment<F>[] {
  const problems: Diagnostic[] = [];
  const expired: ExpiredEnvironment<F>[] = [];
  const horizon = now.getTime() / 1000 + aheadSeconds;
  for (const file of [...files].sort((a, b) => (a.display < b.display ? -1 : 1))) {
    const parsed = parsePreviewFile(file, environmentFileSchema);
    problems.push(...parsed.diagnostics);
    if (!parsed.value) continue;
    const createdAt = parseTimestamp(parsed.value.created_at);
    if (createdAt === undefined) {
      problems.push(
        fileDiagnostic(file, PREVIEW_CODES.invalidValue, ["created_at"], "'created_at' is not a real date"),
      );
      continue;
    }
    const deleteAt = createdAt + ttlHours * 3600;
    if (deleteAt <= horizon) expired.push({ file, environment: parsed.value, deleteAt });
  }
  if (problems.length > 0) throw new DiagnosticError(problems);
  return expired;
}
