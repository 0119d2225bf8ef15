/**
 * Finds secrets in synthesized Terraform JSON before it is kept anywhere (cdktf.out, a diff's PR
 * comment): token and key shapes anywhere, secret-looking values under secret-looking names, the
 * tfvars mounted into child stacks (base64 JSON, decoded), and the values of this process's
 * secret-named environment variables (a `{{ env "SPACELIFT_API_KEY_SECRET" }}` in a template).
 */
import { looksLikeSecretValue, looksSecretKeyName, secretShapeIn } from "../../config-engine/secret-patterns";

/** One secret found, at a path of the stack's JSON. */
export interface SecretFinding {
  /** JSON path in the stack (`resource.spacelift_stack.x.description`); `#decoded` marks base64 content. */
  readonly path: readonly string[];
  /** What was recognised (never the value). */
  readonly kind: string;
}

/** Values of environment variables that must never reach the output (at least 8 characters). */
export function secretEnvValues(
  env: Readonly<Record<string, string | undefined>>,
): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const name of Object.keys(env).sort()) {
    const value = env[name];
    // URLs and paths under secret-looking names (`…_API_KEY_ENDPOINT`) are where a secret is, not one.
    if (value === undefined || value.length < 8 || /^(https?:\/\/|\/|arn:)/.test(value)) continue;
    if (looksSecretKeyName(name)) out.set(value, name);
  }
  return out;
}

/** Every secret in `doc` (a stack's synthesized JSON). */
export function scanJsonForSecrets(
  doc: unknown,
  envSecrets: ReadonlyMap<string, string> = new Map(),
): SecretFinding[] {
  const findings: SecretFinding[] = [];
  walk(doc, [], envSecrets, findings);
  return findings;
}

function walk(
  value: unknown,
  path: string[],
  envSecrets: ReadonlyMap<string, string>,
  out: SecretFinding[],
): void {
  if (typeof value === "string") {
    const kind = stringFinding(value, path, envSecrets);
    if (kind !== undefined) out.push({ path, kind });
    const decoded = decodedJson(value, path);
    if (decoded !== undefined) walk(decoded, [...path, "#decoded"], envSecrets, out);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, [...path, String(i)], envSecrets, out));
    return;
  }
  if (value !== null && typeof value === "object") {
    const map = value as Record<string, unknown>;
    // spacelift_environment_variable: the name says whether the value is a secret.
    const envName =
      typeof map["name"] === "string" && typeof map["value"] === "string" ? map["name"] : undefined;
    for (const key of Object.keys(map).sort()) {
      const child = map[key];
      if (key === "value" && envName !== undefined && typeof child === "string") {
        const kind =
          stringFinding(child, [...path, envName], envSecrets) ??
          stringFinding(child, [...path, key], envSecrets);
        if (kind !== undefined) out.push({ path: [...path, key], kind });
        continue;
      }
      walk(child, [...path, key], envSecrets, out);
    }
  }
}

function stringFinding(
  value: string,
  path: readonly string[],
  envSecrets: ReadonlyMap<string, string>,
): string | undefined {
  for (const [secret, name] of envSecrets) {
    if (value.includes(secret)) return `the value of the environment variable ${name}`;
  }
  const shape = secretShapeIn(value);
  if (shape !== undefined) return shape.kind;
  const key = path[path.length - 1];
  // Our own references (`${var.x}`, `${aws_secretsmanager_secret.x.arn}`) are not literals.
  if (key !== undefined && looksSecretKeyName(key) && !value.includes("${") && looksLikeSecretValue(value)) {
    return `a secret-looking value under the secret-looking name '${key}'`;
  }
  return undefined;
}

/** The JSON inside a mounted file's base64 `content`, if that is what it is. */
function decodedJson(value: string, path: readonly string[]): unknown {
  if (path[path.length - 1] !== "content" || !/^[A-Za-z0-9+/]+=*$/.test(value)) return undefined;
  try {
    return JSON.parse(Buffer.from(value, "base64").toString("utf8")) as unknown;
  } catch {
    return undefined;
  }
}

/** What kinds of secret `text` (a runbook, a report) holds: environment secrets and key/token shapes. */
export function scanTextForSecrets(text: string, envSecrets: ReadonlyMap<string, string>): string[] {
  const kinds: string[] = [];
  for (const [secret, name] of envSecrets) {
    if (text.includes(secret)) kinds.push(`the value of the environment variable ${name}`);
  }
  const shape = secretShapeIn(text);
  if (shape !== undefined) kinds.push(shape.kind);
  return kinds;
}
