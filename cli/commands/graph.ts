import { readFileSync } from "node:fs";
import { renderDiagnostics } from "../../config-engine/diagnostic-report";
import { reportStyle } from "../diagnostics";
import { resolve } from "node:path";
import { itemToJson } from "../../affected";
import { loadModel } from "../../app/load";
import {
  AffectedInputError,
  affectedStacks,
  estateGraph,
  promotionView,
  renderGraph,
  type GraphFormat,
} from "../../diff";
import type { SpaceliftModel } from "../../model";
import type { CommandContext, RegisterCommand } from "../context";
import { UsageError } from "../io";
import { runAffected } from "./describe-affected";
import { withConfigDir } from "../options";

interface GraphOptions {
  format: string;
  affected?: boolean;
  base?: string;
  head?: string;
  from?: string;
  stages: string;
  configDir?: string;
}

/** Default promotion order of `graph --affected`. */
export const DEFAULT_STAGES = "dev,staging,prod";

/**
 * `spacelift-atmos graph`: admin stacks, the stacks they manage and the dependencies between stacks;
 * with `--affected`, the affected stacks (from `describe affected --base`, or an atmos describe
 * affected JSON file) by stage in promotion order (the order in which their runs must be confirmed).
 */
export const registerGraph: RegisterCommand = (program, ctx) => {
  withConfigDir(
    program
      .command("graph")
      .description(
        "draw admin stacks, the stacks they manage and their dependencies; --affected: the promotion order of affected stacks by stage",
      )
      .option("--format <format>", "mermaid or dot", "mermaid")
      .option("--affected", "only affected stacks, grouped by stage in promotion order")
      .option(
        "--base <ref>",
        "with --affected: compute the affected stacks against this git ref (describe affected)",
      )
      .option(
        "--head <ref>",
        "with --affected --base: the new side (default: the working tree; stacks are drawn from the working tree's model)",
      )
      .option("--from <file>", "with --affected: atmos describe affected JSON (or a JSON list of stack ids)")
      .option("--stages <list>", "promotion order of stages (vars.stage), comma-separated", DEFAULT_STAGES),
  ).action((opts: GraphOptions) => {
    if (opts.format !== "mermaid" && opts.format !== "dot") {
      throw new UsageError(`--format must be mermaid or dot, got '${opts.format}'`);
    }
    const format: GraphFormat = opts.format;
    if (!opts.affected && (opts.base !== undefined || opts.from !== undefined || opts.head !== undefined)) {
      throw new UsageError("--base, --head and --from select affected stacks: add --affected");
    }
    if (opts.head !== undefined && opts.base === undefined) throw new UsageError("--head goes with --base");
    const model = loadModel({
      cwd: ctx.io.cwd,
      env: ctx.io.env,
      ...(opts.configDir !== undefined ? { configDir: opts.configDir } : {}),
    });
    if (model.warnings.length > 0) ctx.io.stderr(renderDiagnostics(model.warnings, reportStyle(ctx.io)));
    if (!opts.affected) {
      ctx.io.stdout(renderGraph(estateGraph(model), format));
      return;
    }
    const stages = opts.stages
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "");
    const view = promotionView(model, affectedIds(model, opts, ctx), stages);
    if (view.graph.nodes.length === 0) ctx.io.stderr("no affected stacks: nothing to draw\n");
    ctx.io.stdout(renderGraph(view.graph, format));
  });
};

function affectedIds(model: SpaceliftModel, opts: GraphOptions, ctx: CommandContext): readonly string[] {
  if (opts.base !== undefined && opts.from !== undefined) throw new UsageError("use either --base or --from");
  let parsed: unknown;
  let source: string;
  if (opts.base !== undefined) {
    // The working tree is the head side, like the model drawn here.
    const result = runAffected(
      {
        base: opts.base,
        ...(opts.head !== undefined ? { head: opts.head } : {}),
        ...(opts.configDir !== undefined ? { configDir: opts.configDir } : {}),
      },
      ctx,
    );
    parsed = result.items.map(itemToJson);
    source = `describe affected --base ${opts.base}${opts.head !== undefined ? ` --head ${opts.head}` : ""}`;
  } else if (opts.from !== undefined) {
    try {
      parsed = JSON.parse(readFileSync(resolve(ctx.io.cwd, opts.from), "utf8"));
    } catch (e) {
      throw new UsageError(`cannot read ${opts.from} as JSON: ${(e as Error).message}`);
    }
    source = opts.from;
  } else {
    throw new UsageError("--affected needs --base <ref> or --from <affected.json>");
  }
  try {
    const affected = affectedStacks(model, parsed);
    if (affected.deleted.length > 0)
      ctx.io.stderr(`deleted in HEAD (nothing to run): ${affected.deleted.join(", ")}\n`);
    if (affected.unmatched.length > 0) {
      ctx.io.stderr(`not Spacelift stacks of this configuration: ${affected.unmatched.join(", ")}\n`);
    }
    return affected.stackIds;
  } catch (e) {
    if (e instanceof AffectedInputError) throw new UsageError(`${source}: ${e.message}`);
    throw e;
  }
}
