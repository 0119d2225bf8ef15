import { writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import {
  compareTrees,
  DEFAULT_FAIL_ON,
  FAIL_ON_CATEGORIES,
  FailOnError,
  gatedRedFlags,
  isGitError,
  parseFailOn,
  RED_FLAG_CATEGORY,
  isTreeReadError,
  readSynthTree,
  renderMarkdown,
  renderTerminal,
  repositoryRoot,
  resolveCommit,
  synthesizeSide,
  withCheckout,
  type FailOnCategory,
  type SpaceliftDiff,
  type SynthTree,
} from "../../diff";
import { findAtmosConfig } from "../../config-engine/atmos-config-search";
import type { CommandContext, RegisterCommand } from "../context";
import { render } from "../format";
import { ExitCode, UsageError } from "../io";
import { withConfigDir } from "../options";

interface DiffOptions {
  base?: string;
  head?: string;
  from?: string;
  to?: string;
  format?: string;
  failOn?: string | true;
  failOnDestroy?: boolean;
  jsonOut?: string;
  configDir?: string;
}

/** One side failed to synthesize: its diagnostics were printed, the command exits 1. */
class SideFailed extends Error {}

/**
 * `spacelift-atmos diff`: what a change does in Spacelift, for reviewers. `--base/--head` synthesize
 * two git refs with this checkout's code; `--from/--to` compare two `cdktf.out` directories.
 */
export const registerDiff: RegisterCommand = (program, ctx) => {
  withConfigDir(
    program
      .command("diff")
      .description(
        "what a change does in Spacelift: red flags first (destroys, replaced stacks, armed destructors, new roles…), then every stack, policy, space and worker pool that changes",
      )
      .option("--base <ref>", "git ref to compare against (synthesized from a temporary worktree)")
      .option("--head <ref>", "git ref of the new side (default: the working tree)")
      .option("--from <dir>", "cdktf output directory of the old side (with --to)")
      .option("--to <dir>", "cdktf output directory of the new side (with --from)")
      .option("--format <format>", "terminal, markdown or json (default: terminal on a TTY, else markdown)")
      .option(
        "--fail-on [categories]",
        `exit 1 when a red flag of these categories is raised: comma-separated ${FAIL_ON_CATEGORIES.join(", ")}, or all, none; without a list, the CI gate ${DEFAULT_FAIL_ON.join(",")}`,
      )
      .option("--fail-on-destroy", `alias of --fail-on ${DEFAULT_FAIL_ON.join(",")} (the CI gate)`)
      .option(
        "--json-out <file>",
        "also write the JSON report to this file (one synthesis for both formats)",
      ),
  ).action(async (opts: DiffOptions) => {
    const format = opts.format ?? (ctx.io.stdoutIsTTY === true ? "terminal" : "markdown");
    if (format !== "markdown" && format !== "json" && format !== "terminal") {
      throw new UsageError(`--format must be terminal, markdown or json, got '${format}'`);
    }
    const gate = failOnCategories(opts);
    const trees = await treesFor(opts, ctx);
    if (!trees) return;
    const { diff, graph } = compareTrees(trees.base, trees.head);
    const json = render(diff, "json");
    if (opts.jsonOut !== undefined) writeFileSync(resolve(ctx.io.cwd, opts.jsonOut), json);
    const color = ctx.io.stdoutIsTTY === true && ctx.io.env["NO_COLOR"] === undefined;
    ctx.io.stdout(
      format === "json"
        ? json
        : format === "terminal"
          ? renderTerminal(diff, { color })
          : renderMarkdown(diff, graph),
    );
    failOn(diff, gate, ctx);
  });
};

/** The categories of `--fail-on` (and its alias `--fail-on-destroy`); empty when neither is given. */
function failOnCategories(opts: DiffOptions): FailOnCategory[] {
  const values = [
    ...(opts.failOn === undefined ? [] : [opts.failOn === true ? "default" : opts.failOn]),
    ...(opts.failOnDestroy ? ["default"] : []),
  ];
  try {
    return values.length === 0 ? [] : parseFailOn(values.join(","));
  } catch (e) {
    if (e instanceof FailOnError) throw new UsageError(e.message);
    throw e;
  }
}

function failOn(diff: SpaceliftDiff, categories: readonly FailOnCategory[], ctx: CommandContext): void {
  const failing = gatedRedFlags(diff.redFlags, categories);
  if (failing.length === 0) return;
  ctx.io.stderr(
    `--fail-on ${categories.join(",")}: ${failing.length} red flag(s) need a reviewer's explicit approval:\n`,
  );
  for (const f of failing) ctx.io.stderr(`  [${RED_FLAG_CATEGORY[f.code]}] ${f.subject}: ${f.message}\n`);
  ctx.setExitCode(ExitCode.ConfigError);
}

async function treesFor(
  opts: DiffOptions,
  ctx: CommandContext,
): Promise<{ base: SynthTree; head: SynthTree } | undefined> {
  const dirs = opts.from !== undefined || opts.to !== undefined;
  if (dirs) {
    if (opts.base !== undefined || opts.head !== undefined)
      throw new UsageError("use either --base/--head or --from/--to");
    if (opts.from === undefined || opts.to === undefined) throw new UsageError("--from and --to go together");
    try {
      return {
        base: readSynthTree(resolve(ctx.io.cwd, opts.from), opts.from),
        head: readSynthTree(resolve(ctx.io.cwd, opts.to), opts.to),
      };
    } catch (e) {
      if (isTreeReadError(e)) throw new UsageError(e.message);
      throw e;
    }
  }
  if (opts.base === undefined) throw new UsageError("give --base <ref> (or --from <dir> --to <dir>)");
  try {
    return await synthesizeRefs(opts.base, opts.head, opts.configDir, ctx);
  } catch (e) {
    if (isGitError(e)) throw new UsageError(e.message);
    if (e instanceof SideFailed) {
      ctx.io.stderr(`${e.message}\n`);
      ctx.setExitCode(ExitCode.ConfigError);
      return undefined;
    }
    throw e;
  }
}

async function synthesizeRefs(
  base: string,
  head: string | undefined,
  configDir: string | undefined,
  ctx: CommandContext,
): Promise<{ base: SynthTree; head: SynthTree }> {
  const { cwd, env } = ctx.io;
  const repo = repositoryRoot(cwd);
  const config = dirname(
    findAtmosConfig({ ...(configDir !== undefined ? { configDir } : {}), cwd, env }).file,
  );
  const configInRepo = relative(repo, config);
  const cwdInRepo = relative(repo, cwd);
  if (configInRepo.startsWith("..") || isAbsolute(configInRepo)) {
    throw new UsageError(`the config directory ${config} is outside the repository ${repo}`);
  }
  const side = (label: string, root: string, quiet: boolean): SynthTree => {
    let printed = "";
    const tree = synthesizeSide({
      label,
      cwd: join(root, cwdInRepo),
      configDir: join(root, configInRepo),
      env,
      report: (text) => {
        printed += text;
      },
    });
    if (!tree) {
      ctx.io.stderr(prefixed(label, printed));
      throw new SideFailed(`the ${label} side does not synthesize (errors above); nothing was compared.`);
    }
    // The base side's warnings are not this change's business; the head side's are.
    if (!quiet && printed !== "") ctx.io.stderr(printed);
    return tree;
  };
  const refLabel = (ref: string): string => `${ref} (${resolveCommit(repo, ref).slice(0, 12)})`;
  const baseTree = await withCheckout(repo, base, (dir) => side(refLabel(base), dir, true));
  const headTree =
    head === undefined
      ? side("working tree", repo, false)
      : await withCheckout(repo, head, (dir) => side(refLabel(head), dir, false));
  return { base: baseTree, head: headTree };
}

function prefixed(label: string, text: string): string {
  return text
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => `[${label}] ${l}\n`)
    .join("");
}
