/**
 * What a secret looks like, by name and by shape. Shared by the code frames of diagnostics (a
 * refused `webhook_secret: …` must not be printed back) and the output scanner (app/secret-scan/).
 * Layer note: config-engine, so both can import it.
 */

/** Words that make a key or variable name secret-looking (`SPACELIFT_API_KEY_SECRET`, `db_password`). */
const SECRET_WORDS =
  /(?:^|[_.-])(secret|secrets|password|passwd|passphrase|token|apikey|api_key|private_key|privatekey|access_key|secret_key|client_secret|credentials?|auth_token|webhook_secret)(?:$|[_.-])/i;

/**
 * Suffixes that make the name about a secret rather than the secret itself: where it is
 * (`_arn`, `_path`, `_ssm_path`, `_variable`, `_name`, `_id`, `_file`, `_endpoint`), or a setting
 * about it (`_enabled`, `_type`, `_region`).
 */
const REFERENCE_SUFFIX =
  /[_.-](arn|arns|path|paths|ssm|ssm_path|variable|var|name|names|id|ids|file|files|dir|enabled|version|ttl|length|url|endpoint|host|domain|region|user|username|email|type|mode|prefix|format|kms_key_arn|key_id|recovery_window_in_days)$/i;

/** True for names whose value is a secret (`webhook_secret`, `GITHUB_TOKEN`), false for references to one. */
export function looksSecretKeyName(name: string): boolean {
  const n = name.replace(/([a-z0-9])([A-Z])/g, "$1_$2");
  return SECRET_WORDS.test(n) && !REFERENCE_SUFFIX.test(n);
}

/** A secret shape found in a value. */
export interface SecretShape {
  /** What it looks like (e.g. "AWS access key id"). */
  readonly kind: string;
  /** The regular expression (global flag off) that finds it. */
  readonly pattern: RegExp;
}

/** Token and key formats that are secrets wherever they appear. */
export const SECRET_SHAPES: readonly SecretShape[] = [
  { kind: "AWS access key id", pattern: /\b(AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { kind: "private key (PEM)", pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/ },
  { kind: "GitHub token", pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b/ },
  { kind: "Slack token", pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/ },
  { kind: "JSON web token", pattern: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/ },
];

/** The first secret shape in `value`, if any. */
export function secretShapeIn(value: string): SecretShape | undefined {
  return SECRET_SHAPES.find((s) => s.pattern.test(value));
}

/** Shannon entropy per character of `value`, in bits. */
export function entropyBits(value: string): number {
  const counts = new Map<string, number>();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * True when a value under a secret-looking name is plausibly a real secret: long enough, random
 * enough, and not a reference (`${var.x}`, an ARN, a path) or a placeholder.
 */
export function looksLikeSecretValue(value: string): boolean {
  if (value.length < 12 || /\s/.test(value)) return false;
  // References, paths and JSONPath (`$.detail.token`) are not secrets.
  if (/^(arn:|\/|\$|\{\{|https?:\/\/|ssm:|secretsmanager:)/.test(value)) return false;
  // Generated secrets mix letters and digits; words (`LifecycleActionToken`) do not.
  if (!/[0-9]/.test(value) || !/[A-Za-z]/.test(value)) return false;
  return entropyBits(value) >= 3;
}

/** What replaces a secret in anything printed. */
export const MASK = "********";

/**
 * `line` with the value of a secret-looking YAML key replaced by {@link MASK}
 * (`  webhook_secret: hunter2` → `  webhook_secret: ********`).
 */
export function maskSecretYamlLine(line: string): string {
  const m = /^(\s*(?:-\s+)?)(["']?)([^\s"':#]+)\2(\s*:\s+)(\S.*)$/.exec(line);
  if (!m || !looksSecretKeyName(m[3]!)) return line;
  return `${m[1]}${m[2]}${m[3]}${m[2]}${m[4]}${MASK}`;
}
