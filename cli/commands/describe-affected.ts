import type { Command } from "commander";
import { renderDiagnostics } from "../../config-engine/diagnostic-report";
import { reportStyle } from "../diagnostics";
import { stringify } from "yaml";
import { describeAffected, renderJson, renderMatrix, type AffectedResult } from "../../affected";
import { openCatalog } from "../../policies/catalog";
import { commandGroup, type CommandContext, type RegisterCommand } from "../context";
import { UsageError } from "../io";
import { optionalBool, renderFlags, withConfigDir, withRenderFlags, type RenderFlagValues } from "../options";

/** atmos's default target when no ref is given: the remote's default branch. */
export const DEFAULT_BASE = "refs/remotes/origin/HEAD";

/** The flags shared by `describe affected` and `trigger comment --base`. */
export interface AffectedFlags extends RenderFlagValues {
  readonly configDir?: string;
  /** @default {@link DEFAULT_BASE} */
  readonly base?: string;
  /** atmos `--ref` (same as `--base`). */
  readonly ref?: string;
  /** atmos `--sha` (same as `--base`). */
  readonly sha?: string;
  /** atmos `--repo-path`: BASE is the commit checked out in that clone. */
  readonly repoPath?: string;
  readonly head?: string;
  readonly includeSpaceliftAdminStacks?: boolean | string;
  readonly includeDependents?: boolean | string;
  readonly includeSettings?: boolean | string;
  readonly excludeLocked?: boolean | string;
  readonly stack?: string;
}

/** Runs describe affected for the CLI and prints its warnings to stderr. */
export function runAffected(flags: AffectedFlags, ctx: CommandContext): AffectedResult {
  const targets = [flags.base, flags.ref, flags.sha, flags.repoPath].filter((t) => t !== undefined);
  if (targets.length > 1) throw new UsageError("give at most one of --base, --ref, --sha and --repo-path");
  const render = renderFlags(flags);
  const flag = (name: string, v: boolean | string | undefined): boolean => optionalBool(name, v) === true;
  const adminStacks = flag("include-spacelift-admin-stacks", flags.includeSpaceliftAdminStacks);
  const result = describeAffected({
    cwd: ctx.io.cwd,
    env: ctx.io.env,
    ...(flags.configDir !== undefined ? { configDir: flags.configDir } : {}),
    base: flags.base ?? flags.ref ?? flags.sha ?? DEFAULT_BASE,
    ...(flags.repoPath !== undefined ? { repoPath: flags.repoPath } : {}),
    ...(render.processTemplates !== undefined ? { processTemplates: render.processTemplates } : {}),
    ...(render.processFunctions !== undefined ? { processFunctions: render.processFunctions } : {}),
    skip: render.skip,
    ...(flags.head !== undefined ? { head: flags.head } : {}),
    includeSpaceliftAdminStacks: adminStacks,
    includeDependents: flag("include-dependents", flags.includeDependents),
    includeSettings: flag("include-settings", flags.includeSettings),
    excludeLocked: flag("exclude-locked", flags.excludeLocked),
    ...(flags.stack !== undefined ? { stack: flags.stack } : {}),
    ...(adminStacks ? { modelOptions: { catalog: openCatalog() } } : {}),
  });
  if (result.warnings.length > 0) {
    ctx.io.stderr(renderDiagnostics(result.warnings, reportStyle(ctx.io)));
  }
  return result;
}

/** Adds the flags naming BASE and HEAD (atmos's `--ref`, `--sha`, `--repo-path`, plus `--base`/`--head`). */
export function withAffectedTargets(cmd: Command): Command {
  return cmd
    .option("--base <ref>", `git ref or SHA to compare with, the older side (default: ${DEFAULT_BASE})`)
    .option("--ref <ref>", "atmos's name for --base: the git ref to compare with")
    .option("--sha <sha>", "atmos's --sha: the commit to compare with")
    .option("--repo-path <dir>", "atmos's --repo-path: compare with the commit checked out in this clone")
    .option(
      "--head <ref>",
      "git ref or SHA of the new side (default: the working tree, uncommitted changes included)",
    );
}

/** `spacelift-atmos describe affected [--base REF | --ref REF | --sha SHA | --repo-path DIR] [--head REF] …`. */
export const registerDescribeAffected: RegisterCommand = (program, ctx) => {
  withRenderFlags(
    withAffectedTargets(
      withConfigDir(
        commandGroup(program, "describe", "show resolved atmos configuration")
          .command("affected")
          .description(
            "the components and stacks affected by the changes between --base and the working tree (or --head), atmos's describe affected",
          ),
      ),
    ),
  )
    .option(
      "--include-spacelift-admin-stacks [bool]",
      "add the admin stacks that manage affected Spacelift stacks",
    )
    .option("--include-dependents [bool]", "add the components that depend on each affected one, recursively")
    .option("--include-settings [bool]", "add each component's settings section")
    .option("--exclude-locked [bool]", "skip components with metadata.locked: true")
    .option("-s, --stack <stack>", "only this logical stack")
    .option(
      "--format <format>",
      "json (atmos's list), yaml, or matrix (GitHub Actions {include: [...]})",
      "json",
    )
    .action((opts: AffectedFlags & { format: string }) => {
      if (opts.format !== "json" && opts.format !== "yaml" && opts.format !== "matrix") {
        throw new UsageError(`--format must be json, yaml or matrix, got '${opts.format}'`);
      }
      const { items } = runAffected(opts, ctx);
      const json = renderJson(items);
      ctx.io.stdout(
        opts.format === "json"
          ? json
          : opts.format === "yaml"
            ? stringify(JSON.parse(json), { lineWidth: 0, aliasDuplicateObjects: false })
            : renderMatrix(items),
      );
    });
};
