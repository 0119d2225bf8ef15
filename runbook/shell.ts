/** Shell text for the runbook's commands (bash and zsh), quoted so that pasting them is safe. */

/** Characters that need no quoting in bash or zsh. */
const SAFE = /^[A-Za-z0-9_./:=@,+%-]+$/;

/** `value` as one shell word: unchanged when safe, else single-quoted. */
export function shellWord(value: string): string {
  if (SAFE.test(value)) return value;
  return `'${value.replaceAll("'", `'"'"'`)}'`;
}

/**
 * A path under the directory the shell is in, as one double-quoted word (`"$PWD/stacks-config"`):
 * absolute for tools that resolve relative paths differently, yet free of this machine's paths.
 */
export function pwdPath(relative: string): string {
  const rel = relative === "" || relative === "." ? "" : `/${relative}`;
  return SAFE.test(rel) || rel === "" ? `"$PWD${rel}"` : `"$PWD"${shellWord(rel)}`;
}

/**
 * Lines that prompt for a value without echoing it or putting it in the shell history, then export
 * it (`read -s` works in bash and zsh; `read -p` would not).
 */
export function promptSecret(name: string, label: string): string[] {
  return [`printf '%s: ' ${shellWord(label)}; read -rs ${name}; echo; export ${name}`];
}

/** Lines that prompt for a value that is not secret, then export it. */
export function promptValue(name: string, label: string): string[] {
  return [`printf '%s: ' ${shellWord(label)}; read -r ${name}; export ${name}`];
}
