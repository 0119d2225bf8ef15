/**
 * Diagnostic codes of preview environments, and diagnostics about values in their YAML files
 * (file:line:col from the file's text, with a code frame). Name references reuse the model's codes
 * (`UNKNOWN_SPACE`, `UNKNOWN_WORKER_POOL`, `UNKNOWN_POLICY`, `NO_WORKER_POOL`,
 * `WORKER_POOL_NOT_IN_SPACE`, `DUPLICATE_STACK_NAME`), which mean the same thing here.
 */
import { codeFrame } from "../config-engine/code-frame";
import type { Diagnostic } from "../config-engine/diagnostics";
import { positionOf } from "../config-engine/positions";
import { modelDiagnostic, type FindingSite, type ModelErrorCode } from "./errors";

/** Every code preview environments report. */
export const PREVIEW_CODES = {
  /** A file is not valid YAML (or holds several documents). */
  invalidYaml: "PREVIEW_INVALID_YAML",
  /** A value has the wrong type or format. */
  invalidValue: "PREVIEW_INVALID_VALUE",
  /** A key the format does not have (typo or unsupported). */
  unknownKey: "PREVIEW_UNKNOWN_KEY",
  /** An environment file's `environment` is not the id its pull request gives. */
  idMismatch: "PREVIEW_ID_MISMATCH",
  /** An environment file is not named `<owner>-<repo>-<pr>-<id>.yaml` after its content. */
  fileNameMismatch: "PREVIEW_FILE_NAME_MISMATCH",
  /** A file in an `environments/` folder that is not a `.yaml` environment file. */
  strayFile: "PREVIEW_STRAY_FILE",
  /** A service directory no manager lists: its environments would be silently ignored. */
  unmanagedService: "PREVIEW_UNMANAGED_SERVICE",
  /** A service that has no directory or no `service.yaml`. */
  unknownService: "PREVIEW_UNKNOWN_SERVICE",
  /** Two managers list the same service. */
  serviceClaimedTwice: "PREVIEW_SERVICE_CLAIMED_TWICE",
  /** Warning: the manager stack has no trigger policy re-running environments whose variables changed. */
  managerWithoutTrigger: "PREVIEW_MANAGER_WITHOUT_TRIGGER",
  /** Warning: environment stacks get no GIT_PUSH policy, so every pull request proposes runs on them. */
  environmentsWithoutPushPolicy: "PREVIEW_ENVIRONMENTS_WITHOUT_PUSH_POLICY",
} as const;

/** A preview-environment diagnostic code. */
export type PreviewCode = (typeof PREVIEW_CODES)[keyof typeof PREVIEW_CODES];

/** A YAML file of the preview-environments tree, as read. */
export interface PreviewYamlText {
  /** Path shown to users (relative to the working directory when possible). */
  readonly display: string;
  readonly text: string;
}

/** Options of {@link fileDiagnostic}. */
export interface FileDiagnosticOptions {
  readonly hint?: string;
  /** @default "error" */
  readonly severity?: "error" | "warning";
}

/** A diagnostic about the value at `path` in `file` (the closest existing parent when it is absent). */
export function fileDiagnostic(
  file: PreviewYamlText,
  code: PreviewCode | ModelErrorCode,
  path: readonly (string | number)[],
  message: string,
  options: FileDiagnosticOptions = {},
): Diagnostic {
  const { line, col } = positionOf(file.text, path);
  return {
    code,
    severity: options.severity ?? "error",
    message,
    location: { file: file.display, line, col },
    ...(path.length > 0 ? { keyPath: keyPathText(path) } : {}),
    codeFrame: codeFrame(file.text, line, col),
    ...(options.hint !== undefined ? { hint: options.hint } : {}),
  };
}

/** A diagnostic about a value in the manager component's atmos sections (provenance from the engine). */
export function componentDiagnostic(
  severity: "error" | "warning",
  code: PreviewCode | ModelErrorCode,
  site: FindingSite,
  message: string,
  hint?: string,
): Diagnostic {
  // modelDiagnostic's codes are the model catalogue; the preview codes live in this one.
  return { ...modelDiagnostic(severity, "INVALID_VARS", site, message, hint), code };
}

/** A diagnostic about a whole file (located at its first line). */
export function pathDiagnostic(
  display: string,
  code: PreviewCode | ModelErrorCode,
  message: string,
  hint?: string,
): Diagnostic {
  return {
    code,
    severity: "error",
    message,
    location: { file: display, line: 1, col: 1 },
    ...(hint !== undefined ? { hint } : {}),
  };
}

/** A diagnostic about a directory (named in the message; a directory has no line to point at). */
export function directoryDiagnostic(
  code: PreviewCode | ModelErrorCode,
  message: string,
  hint?: string,
): Diagnostic {
  return { code, severity: "error", message, ...(hint !== undefined ? { hint } : {}) };
}

/** `pull_request.number`, `env.TF_VAR_x`, `labels[0]`. */
export function keyPathText(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}
