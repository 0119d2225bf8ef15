import { loadModel } from "../../app/model";
import { renderDiagnostics } from "../../config-engine/diagnostic-report";
import { reportStyle } from "../diagnostics";
import { scanTextForSecrets, secretEnvValues } from "../../app/secret-scan/scan";
import { loadAtmosConfig } from "../../config-engine";
import { readIntegrationConfig } from "../../model";
import {
  buildInventory,
  buildRunbook,
  INVENTORY_FORMATS,
  renderInventory,
  renderRunbook,
  RUNBOOK_FORMATS,
  type InventoryFormat,
  type RepositoryLayout,
  type RunbookFormat,
} from "../../runbook";
import type { RegisterCommand } from "../context";
import { ExitCode, UsageError } from "../io";
import { withConfigDir } from "../options";

interface BreakGlassOptions {
  readonly configDir?: string;
  readonly inventory?: boolean;
  readonly format?: string;
  readonly roleArn?: string;
}

/** An IAM role ARN in any partition. */
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;

/**
 * `break-glass STACK_ID`: the runbook for running one stack without Spacelift;
 * `break-glass --inventory`: every deployment role of every stack (seed 004).
 */
export const registerBreakGlass: RegisterCommand = (program, ctx) => {
  withConfigDir(
    program
      .command("break-glass [stack-id]")
      .description(
        "runbook for running a stack without Spacelift (role, credentials, backend, init/plan/apply), or --inventory of every deployment role",
      ),
  )
    .option("--inventory", "list every role every stack deploys with, instead of one runbook")
    .option("--format <format>", "runbook: markdown, text or json; inventory: markdown or json", "markdown")
    .option(
      "--role-arn <arn>",
      "assume this role (your break-glass role) instead of the stack's Spacelift AWS role",
    )
    .action((stackId: string | undefined, opts: BreakGlassOptions) => {
      const format = opts.format ?? "markdown";
      if (opts.inventory === true) {
        if (stackId !== undefined) throw new UsageError("give a STACK_ID or --inventory, not both");
        if (opts.roleArn !== undefined)
          throw new UsageError("--role-arn applies to a runbook, not to --inventory");
        const model = load(opts, ctx.io);
        ctx.io.stdout(renderInventory(buildInventory(model), inventoryFormat(format)));
        return;
      }
      if (stackId === undefined) throw new UsageError("missing STACK_ID (or --inventory)");
      const runbookFmt = runbookFormat(format);
      if (opts.roleArn !== undefined && !ROLE_ARN.test(opts.roleArn))
        throw new UsageError(
          `--role-arn must be an IAM role ARN (arn:aws:iam::<account>:role/<name>), got '${opts.roleArn}'`,
        );
      const model = load(opts, ctx.io);
      const runbook = buildRunbook(model, stackId, {
        layout: layoutOf(opts, ctx.io),
        ...(opts.roleArn !== undefined ? { roleArn: opts.roleArn } : {}),
      });
      const text = renderRunbook(runbook, runbookFmt);
      // A runbook is pasted into tickets and chats: it never carries a secret (app/secret-scan).
      const leaks = scanTextForSecrets(text, secretEnvValues(ctx.io.env));
      if (leaks.length > 0) {
        ctx.io.stderr(
          `error SECRET_IN_OUTPUT the runbook of ${stackId} would contain ${leaks.join(", ")}; nothing was printed\n` +
            "  hint: never put a secret in YAML or read one with a template function (env, exec, file)\n",
        );
        ctx.setExitCode(ExitCode.ConfigError);
        return;
      }
      ctx.io.stdout(text);
    });
};

type Io = Parameters<RegisterCommand>[1]["io"];

function load(opts: BreakGlassOptions, io: Io): ReturnType<typeof loadModel> {
  const model = loadModel({
    cwd: io.cwd,
    env: io.env,
    ...(opts.configDir !== undefined ? { configDir: opts.configDir } : {}),
  });
  if (model.warnings.length > 0) io.stderr(renderDiagnostics(model.warnings, reportStyle(io)));
  return model;
}

/** Repository-relative paths of the config and the app, as the model computes them. */
function layoutOf(opts: BreakGlassOptions, io: Io): RepositoryLayout {
  const integration = readIntegrationConfig(
    loadAtmosConfig({ configDir: opts.configDir, cwd: io.cwd, env: io.env }),
  );
  return {
    configDirInRepo: integration.configDirInRepo,
    basePathInRepo: integration.basePathInRepo,
    appProjectRoot: integration.app.projectRoot,
  };
}

function runbookFormat(format: string): RunbookFormat {
  const found = RUNBOOK_FORMATS.find((f) => f === format);
  if (found === undefined)
    throw new UsageError(`--format must be ${RUNBOOK_FORMATS.join(", ")} for a runbook, got '${format}'`);
  return found;
}

function inventoryFormat(format: string): InventoryFormat {
  const found = INVENTORY_FORMATS.find((f) => f === format);
  if (found === undefined)
    throw new UsageError(
      `--format must be ${INVENTORY_FORMATS.join(" or ")} for --inventory, got '${format}'`,
    );
  return found;
}
