import type { Command } from "commander";
import type { CliIo } from "./io";

/** Handed to every command module's `register` function. */
export interface CommandContext {
  readonly io: CliIo;
  /** Commands set this when they finish with a non-zero status that is not an exception. */
  setExitCode(code: number): void;
}

/** Each file in cli/commands/ exports one of these. */
export type RegisterCommand = (program: Command, ctx: CommandContext) => void;

/**
 * Returns the command group `name` (e.g. `describe`, `list`), creating it on first use, so that
 * `describe stacks` and `describe spacelift` can live in different files.
 */
export function commandGroup(program: Command, name: string, description: string): Command {
  const existing = program.commands.find((c) => c.name() === name);
  return existing ?? program.command(name).description(description);
}
