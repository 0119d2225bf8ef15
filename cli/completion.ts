/**
 * Shell completion generated from the commander tree, so it never lags behind the commands:
 * subcommands and options at every level. zsh uses the same function through bashcompinit.
 */
import type { Command } from "commander";

interface Level {
  readonly path: string;
  readonly words: readonly string[];
}

function levels(cmd: Command, path: string, inherited: readonly string[]): Level[] {
  const own = cmd.options.flatMap((o) => [o.long, o.short].filter((f): f is string => f !== undefined));
  const options = [...inherited, ...own];
  const subs = cmd.commands.map((c) => c.name());
  const here: Level = { path, words: [...subs, ...options].sort() };
  return [
    here,
    ...cmd.commands.flatMap((c) =>
      levels(c, path === "" ? c.name() : `${path} ${c.name()}`, path === "" ? own : []),
    ),
  ];
}

/** The completion script for `shell`. */
export function completionScript(program: Command, shell: "bash" | "zsh"): string {
  const all = levels(program, "", []);
  const known = all.map((l) => l.path).filter((p) => p !== "");
  const cases = all.map((l) => `    "${l.path}") opts="${l.words.join(" ")}" ;;`).join("\n");
  const lines = [
    "# spacelift-atmos completion (generated from the CLI: spacelift-atmos completion " + shell + ")",
    ...(shell === "zsh" ? ["autoload -U +X bashcompinit && bashcompinit"] : []),
    "_spacelift_atmos() {",
    '  local cur="${COMP_WORDS[COMP_CWORD]}" path="" w next opts',
    `  local known=" ${known.map((k) => k.replace(/ /g, "/")).join(" ")} "`,
    '  for w in "${COMP_WORDS[@]:1:COMP_CWORD-1}"; do',
    '    next="${path:+$path/}$w"',
    '    case "$known" in *" $next "*) path="$next" ;; esac',
    "  done",
    '  case "${path//\\// }" in',
    cases,
    '    *) opts="" ;;',
    "  esac",
    '  COMPREPLY=( $(compgen -W "$opts" -- "$cur") )',
    "}",
    "complete -F _spacelift_atmos spacelift-atmos",
    "",
  ];
  return lines.join("\n");
}
