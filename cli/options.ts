import type { Command } from "commander";
import { UsageError } from "./io";

/** Adds `--config-dir`, shared by every command that reads the atmos config. */
export function withConfigDir(cmd: Command): Command {
  return cmd.option(
    "--config-dir <dir>",
    "directory holding atmos.yaml (default: atmos's search: $ATMOS_CLI_CONFIG_PATH, then ./stacks-config, the current directory and its parents)",
  );
}

/** The raw values of atmos's rendering flags, as commander parses them. */
export interface RenderFlagValues {
  readonly processTemplates?: string | boolean;
  readonly processFunctions?: string | boolean;
  readonly skip?: readonly string[];
}

/** atmos's rendering flags, parsed. Undefined means "atmos's default". */
export interface RenderFlags {
  readonly processTemplates?: boolean;
  readonly processFunctions?: boolean;
  /** YAML functions not to process, e.g. `terraform.output`, `include`. */
  readonly skip: readonly string[];
}

/**
 * Adds atmos's `--process-templates`, `--process-functions` (bool flags: bare, `=true`/`=false`, or a
 * following `true`/`false`) and `--skip` (repeatable and comma-separated, like cobra's string slice).
 */
export function withRenderFlags(cmd: Command): Command {
  return cmd
    .option(
      "--process-templates [bool]",
      "render Go templates in manifests (default: true; templates render only where templates.settings.enabled)",
    )
    .option(
      "--process-functions [bool]",
      "process YAML functions (!terraform.output, !env, ...) (default: true)",
    )
    .option(
      "--skip <function>",
      "a YAML function not to process, e.g. terraform.output (repeatable, or comma-separated)",
      (value: string, previous: string[] = []) => [
        ...previous,
        ...value
          .split(",")
          .map((s) => s.trim())
          .filter((s) => s !== ""),
      ],
    );
}

/** Parses the values of {@link withRenderFlags}. */
export function renderFlags(values: RenderFlagValues): RenderFlags {
  const processTemplates = optionalBool("process-templates", values.processTemplates);
  const processFunctions = optionalBool("process-functions", values.processFunctions);
  return {
    ...(processTemplates !== undefined ? { processTemplates } : {}),
    ...(processFunctions !== undefined ? { processFunctions } : {}),
    skip: [...(values.skip ?? [])],
  };
}

/** A `[bool]` flag: absent → undefined, bare → true, else exactly `true` or `false`. */
export function optionalBool(name: string, value: string | boolean | undefined): boolean | undefined {
  if (value === undefined || typeof value === "boolean") return value;
  if (value === "true") return true;
  if (value === "false") return false;
  throw new UsageError(`--${name} must be true or false, got '${value}'`);
}
