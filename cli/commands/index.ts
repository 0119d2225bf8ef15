import type { RegisterCommand } from "../context";

/**
 * Every command module, in the order `--help` lists them. A command lives in its own file and is
 * added here with one line.
 */
export const COMMANDS: readonly RegisterCommand[] = [];
