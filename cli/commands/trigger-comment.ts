import * as fs from "node:fs";
import * as path from "node:path";
import {
  AffectedErrors,
  parseAffectedJson,
  renderComment,
  renderSpacectl,
  triggerItems,
  triggerPlan,
  type TriggerItem,
  type TriggerVerb,
} from "../../affected";
import { DiagnosticError } from "../../config-engine/diagnostics";
import { commandGroup, type RegisterCommand } from "../context";
import { UsageError } from "../io";
import { withConfigDir } from "../options";
import { runAffected } from "./describe-affected";

interface TriggerCommentOptions {
  readonly preview?: boolean;
  readonly deploy?: boolean;
  readonly from?: string;
  readonly base?: string;
  readonly head?: string;
  readonly configDir?: string;
  readonly format: string;
  readonly sha?: string;
}

/** `spacelift-atmos trigger comment --preview|--deploy (--from FILE | --base REF)`. */
export const registerTriggerComment: RegisterCommand = (program, ctx) => {
  withConfigDir(
    commandGroup(program, "trigger", "trigger Spacelift runs of affected stacks")
      .command("comment")
      .description(
        "the PR comment (or spacectl commands) that makes Spacelift preview or deploy the affected stacks",
      ),
  )
    .option("--preview", "propose runs (/spacelift <stack> preview)")
    .option("--deploy", "tracked runs (/spacelift <stack> deploy)")
    .option("--from <file>", "a describe affected JSON result (list or matrix)")
    .option(
      "--base <ref>",
      "run describe affected against this ref instead of reading --from (admin stacks included)",
    )
    .option("--head <ref>", "with --base: the new side (default: the working tree)")
    .option("--format <format>", "comment or spacectl", "comment")
    .option("--sha <sha>", "with --format spacectl: the commit to run")
    .action((opts: TriggerCommentOptions) => {
      if (opts.preview === opts.deploy) throw new UsageError("give exactly one of --preview and --deploy");
      const verb: TriggerVerb = opts.deploy === true ? "deploy" : "preview";
      if (opts.format !== "comment" && opts.format !== "spacectl") {
        throw new UsageError(`--format must be comment or spacectl, got '${opts.format}'`);
      }
      if (opts.format === "spacectl" && (opts.sha === undefined || !/^[0-9a-fA-F]{7,64}$/.test(opts.sha))) {
        throw new UsageError("--format spacectl needs --sha <commit sha> (hexadecimal)");
      }
      if ((opts.from === undefined) === (opts.base === undefined)) {
        throw new UsageError("give exactly one of --from <file> and --base <ref>");
      }
      if (opts.head !== undefined && opts.base === undefined) throw new UsageError("--head needs --base");

      const items = opts.from !== undefined ? readItems(opts.from, ctx.io.cwd) : affectedItems(opts);
      const plan = triggerPlan(items);
      if (plan.deletedStackIds.length > 0) {
        ctx.io.stderr(
          `note: ${plan.deletedStackIds.length} deleted Spacelift stack(s) cannot be ${verb === "preview" ? "previewed" : "deployed"} and are left out: ${plan.deletedStackIds.join(", ")} (their admin stack removes them)\n`,
        );
      }
      if (plan.stackIds.length === 0) ctx.io.stderr("note: no Spacelift stack to trigger; nothing printed\n");
      ctx.io.stdout(
        opts.format === "comment"
          ? renderComment(plan.stackIds, verb)
          : renderSpacectl(plan.stackIds, verb, opts.sha!),
      );
    });

  function affectedItems(opts: TriggerCommentOptions): TriggerItem[] {
    const flags = {
      base: opts.base!,
      includeSpaceliftAdminStacks: true,
      ...(opts.head !== undefined ? { head: opts.head } : {}),
      ...(opts.configDir !== undefined ? { configDir: opts.configDir } : {}),
    };
    return triggerItems(runAffected(flags, ctx).items);
  }
};

function readItems(file: string, cwd: string): TriggerItem[] {
  let text: string;
  try {
    text = fs.readFileSync(path.resolve(cwd, file), "utf8");
  } catch (e) {
    throw new DiagnosticError([
      AffectedErrors.affectedFileInvalid(file, e instanceof Error ? e.message : String(e)),
    ]);
  }
  return parseAffectedJson(text, file);
}
