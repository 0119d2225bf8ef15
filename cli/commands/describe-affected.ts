import { describeAffected, renderJson, renderMatrix, type AffectedResult } from "../../affected";
import { formatDiagnostic, groupDiagnostics } from "../../config-engine/diagnostics";
import { openCatalog } from "../../policies/catalog";
import { commandGroup, type CommandContext, type RegisterCommand } from "../context";
import { UsageError } from "../io";
import { withConfigDir } from "../options";

/** The flags shared by `describe affected` and `trigger comment --base`. */
export interface AffectedFlags {
  readonly configDir?: string;
  readonly base: string;
  readonly head?: string;
  readonly includeSpaceliftAdminStacks?: boolean;
  readonly includeDependents?: boolean;
  readonly includeSettings?: boolean;
  readonly excludeLocked?: boolean;
  readonly stack?: string;
}

/** Runs describe affected for the CLI and prints its warnings to stderr. */
export function runAffected(flags: AffectedFlags, ctx: CommandContext): AffectedResult {
  const result = describeAffected({
    cwd: ctx.io.cwd,
    env: ctx.io.env,
    ...(flags.configDir !== undefined ? { configDir: flags.configDir } : {}),
    base: flags.base,
    ...(flags.head !== undefined ? { head: flags.head } : {}),
    includeSpaceliftAdminStacks: flags.includeSpaceliftAdminStacks === true,
    includeDependents: flags.includeDependents === true,
    includeSettings: flags.includeSettings === true,
    excludeLocked: flags.excludeLocked === true,
    ...(flags.stack !== undefined ? { stack: flags.stack } : {}),
    ...(flags.includeSpaceliftAdminStacks === true ? { modelOptions: { catalog: openCatalog() } } : {}),
  });
  if (result.warnings.length > 0) {
    ctx.io.stderr(
      groupDiagnostics(result.warnings)
        .map((w) => formatDiagnostic(w))
        .join("\n") + "\n",
    );
  }
  return result;
}

/** `spacelift-atmos describe affected --base REF [--head REF] …`. */
export const registerDescribeAffected: RegisterCommand = (program, ctx) => {
  withConfigDir(
    commandGroup(program, "describe", "show resolved atmos configuration")
      .command("affected")
      .description(
        "the components and stacks affected by the changes between --base and the working tree (or --head), atmos's describe affected",
      ),
  )
    .requiredOption("--base <ref>", "git ref or SHA to compare with (e.g. origin/main)")
    .option(
      "--head <ref>",
      "git ref or SHA of the new side (default: the working tree, uncommitted changes included)",
    )
    .option("--include-spacelift-admin-stacks", "add the admin stacks that manage affected Spacelift stacks")
    .option("--include-dependents", "add the components that depend on each affected one, recursively")
    .option("--include-settings", "add each component's settings section")
    .option("--exclude-locked", "skip components with metadata.locked: true")
    .option("-s, --stack <stack>", "only this logical stack")
    .option("--format <format>", "json (atmos's list) or matrix (GitHub Actions {include: [...]})", "json")
    .action((opts: AffectedFlags & { format: string }) => {
      if (opts.format !== "json" && opts.format !== "matrix") {
        throw new UsageError(`--format must be json or matrix, got '${opts.format}'`);
      }
      const { items } = runAffected(opts, ctx);
      ctx.io.stdout(opts.format === "json" ? renderJson(items) : renderMatrix(items));
    });
};
