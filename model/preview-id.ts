/**
 * Identity of a preview environment: the environment id (Spacelift's preview-environments demo
 * scheme, kept bit for bit so environments created by the demo's workflows keep their ids), the
 * environment file name and the Spacelift stack id, plus the formats of the values that make them.
 */
import { createHash } from "node:crypto";

/** An environment id: 7 lowercase hex characters. */
export const ENVIRONMENT_ID_PATTERN = /^[0-9a-f]{7}$/;

/** A GitHub user or organisation login: alphanumerics and single inner hyphens, at most 39 characters. */
export const GITHUB_OWNER_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

/** A GitHub repository name: letters, digits, `.`, `_`, `-`, at most 100 characters (not `.` or `..`). */
export const GITHUB_REPOSITORY_PATTERN = /^(?!\.{1,2}$)[A-Za-z0-9._-]{1,100}$/;

/** A code version: a full 40-hex commit SHA (lowercase, as GitHub reports it) or `latest`. */
export const CODE_VERSION_PATTERN = /^(?:[0-9a-f]{40}|latest)$/;

/** A directory under `preview-environments/` naming a service: a Spacelift slug. */
export const SERVICE_NAME_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** A GitHub repository reference `OWNER/NAME`. */
export interface RepositoryRef {
  readonly owner: string;
  readonly name: string;
}

/**
 * The environment id of pull request `pr` of `owner/name`: the first 7 hex characters of the
 * SHA-256 of `"<owner><name><pr>"`, the double quotes included. The demo's workflow hashed the
 * output of `echo -n "\"$OWNER$REPO$PR\""`, so the quotes are part of the scheme.
 */
export function previewEnvironmentId(repo: RepositoryRef, pr: number): string {
  return createHash("sha256").update(`"${repo.owner}${repo.name}${pr}"`).digest("hex").slice(0, 7);
}

/** The environment file name: `<owner>-<repo>-<pr>-<id>.yaml`. */
export function previewEnvironmentFileName(repo: RepositoryRef, pr: number): string {
  return `${repo.owner}-${repo.name}-${pr}-${previewEnvironmentId(repo, pr)}.yaml`;
}

/** The Spacelift stack id of an environment: `<service>-preview-<id>`. */
export function previewStackId(service: string, environmentId: string): string {
  return `${service}-preview-${environmentId}`;
}

/** Parses `OWNER/NAME`; undefined when either part breaks GitHub's naming rules. */
export function parseRepositoryRef(text: string): RepositoryRef | undefined {
  const parts = text.split("/");
  if (parts.length !== 2) return undefined;
  const [owner, name] = parts as [string, string];
  return GITHUB_OWNER_PATTERN.test(owner) && GITHUB_REPOSITORY_PATTERN.test(name)
    ? { owner, name }
    : undefined;
}

/**
 * Why `name` is not a valid branch name (git check-ref-format --branch), or undefined when it is.
 */
export function branchNameProblem(name: string): string | undefined {
  if (name === "") return "is empty";
  if (name === "@") return "is '@'";
  if (name.startsWith("-")) return "starts with '-'";
  if (name.startsWith("/") || name.endsWith("/")) return "starts or ends with '/'";
  if (name.endsWith(".")) return "ends with '.'";
  // Control characters, space, DEL and the characters git reserves for revision syntax.
  if (/[\x00-\x20\x7f~^:?*[\\]/.test(name)) return "contains a space, a control character or one of ~^:?*[\\";
  if (name.includes("..")) return "contains '..'";
  if (name.includes("@{")) return "contains '@{'";
  if (name.includes("//")) return "contains '//'";
  for (const part of name.split("/")) {
    if (part.startsWith(".")) return `has a component starting with '.' ('${part}')`;
    if (part.endsWith(".lock")) return `has a component ending with '.lock' ('${part}')`;
  }
  return undefined;
}

/** A UTC timestamp with second precision, `YYYY-MM-DDTHH:MM:SSZ`, as `upsert` writes it. */
export const TIMESTAMP_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** `date` as `YYYY-MM-DDTHH:MM:SSZ` (sub-second precision dropped). */
export function formatTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** Seconds since the epoch of a {@link TIMESTAMP_PATTERN} timestamp; undefined when it is not a real date. */
export function parseTimestamp(text: string): number | undefined {
  if (!TIMESTAMP_PATTERN.test(text)) return undefined;
  const ms = Date.parse(text);
  // Date.parse rolls 2026-02-30 over to March; a round trip rejects it.
  if (Number.isNaN(ms) || formatTimestamp(new Date(ms)) !== text) return undefined;
  return ms / 1000;
}
