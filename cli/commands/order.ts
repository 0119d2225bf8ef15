import { loadModel } from "../../app/load";
import { renderDiagnostics } from "../../config-engine/diagnostic-report";
import { reportStyle } from "../diagnostics";
import { environmentOrder, renderOrderText } from "../../diff";
import type { RegisterCommand } from "../context";
import { render } from "../format";
import { UsageError } from "../io";
import { withConfigDir } from "../options";

interface OrderOptions {
  stack?: string;
  destroy?: boolean;
  format: string;
  configDir?: string;
}

/**
 * `spacelift-atmos order --stack S [--destroy]`: the dependency order to bring a whole atmos stack
 * (an environment) up, or down, as atmos commands.
 */
export const registerOrder: RegisterCommand = (program, ctx) => {
  withConfigDir(
    program
      .command("order")
      .description(
        "the dependency order to bring a whole atmos stack up (or down with --destroy), as atmos commands",
      )
      .option("--stack <name>", "logical atmos stack name, e.g. plat-ue1-dev")
      .option("--destroy", "tear down: dependents first")
      .option("--format <format>", "text or json", "text"),
  ).action((opts: OrderOptions) => {
    if (opts.format !== "text" && opts.format !== "json") {
      throw new UsageError(`--format must be text or json, got '${opts.format}'`);
    }
    if (opts.stack === undefined) throw new UsageError("--stack <atmos stack> is required");
    const model = loadModel({
      cwd: ctx.io.cwd,
      env: ctx.io.env,
      ...(opts.configDir !== undefined ? { configDir: opts.configDir } : {}),
    });
    if (model.warnings.length > 0) ctx.io.stderr(renderDiagnostics(model.warnings, reportStyle(ctx.io)));
    const order = environmentOrder(model, opts.stack, opts.destroy === true);
    if (!order) {
      const known = [...new Set(model.stacks.map((s) => s.atmosStack))].sort();
      throw new UsageError(
        `no Spacelift stack belongs to the atmos stack '${opts.stack}' (known: ${known.join(", ")})`,
      );
    }
    ctx.io.stdout(opts.format === "json" ? render(order, "json") : renderOrderText(order));
  });
};
