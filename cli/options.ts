import type { Command } from "commander";

/** Adds `--config-dir`, shared by every command that reads the atmos config. */
export function withConfigDir(cmd: Command): Command {
  return cmd.option(
    "--config-dir <dir>",
    "directory holding atmos.yaml (default: $ATMOS_CLI_CONFIG_PATH, else ./stacks-config)",
  );
}
