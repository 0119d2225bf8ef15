/**
 * Whether a variable or key name looks like it holds a secret. Used to warn when a template reads
 * such an environment variable (its value would end up in the synthesized output), and by the
 * secret scanner.
 */

/** Name fragments that mark a secret, compared on the upper-cased name with `-`/`.` read as `_`. */
const SECRET_FRAGMENTS: readonly string[] = [
  "SECRET",
  "TOKEN",
  "PASSWORD",
  "PASSWD",
  "API_KEY",
  "APIKEY",
  "PRIVATE_KEY",
  "CREDENTIAL",
  "ACCESS_KEY",
  "AUTH",
];

/** True when `name` (e.g. `GITHUB_TOKEN`, `db.password`, `spaceliftApiKey`) looks secret. */
export function looksSecretName(name: string): boolean {
  // camelCase → snake so `apiKey` matches `API_KEY`.
  const normalized = name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toUpperCase()
    .replace(/[-.\s]/g, "_");
  // AUTHOR/AUTHORS are names, not credentials (AUTHORIZATION still counts).
  const withoutAuthor = normalized.replace(/AUTHORS?(?!IZ)/g, "");
  return SECRET_FRAGMENTS.some((fragment) => withoutAuthor.includes(fragment));
}
