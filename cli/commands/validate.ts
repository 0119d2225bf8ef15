import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadSpaceliftApp } from "../../app/load";
import { formatSchemaIssues, loadProviderSchemas, validateTerraformJson } from "../../schema-validator";
import type { RegisterCommand } from "../context";
import { ExitCode } from "../io";
import { withConfigDir } from "../options";

/**
 * `spacelift-atmos validate`: the whole pipeline without writing anything you keep — atmos config,
 * Spacelift model, every construct, and every synthesized stack checked against the provider
 * schemas. What a pre-merge CI job runs.
 */
export const registerValidate: RegisterCommand = (program, ctx) => {
  withConfigDir(
    program
      .command("validate")
      .description(
        "check the atmos config, the Spacelift model and every synthesized stack against the provider schemas",
      ),
  ).action((opts: { configDir?: string }) => {
    const outdir = mkdtempSync(join(tmpdir(), "spacelift-atmos-validate-"));
    let warnings = 0;
    try {
      const app = loadSpaceliftApp({
        cwd: ctx.io.cwd,
        env: { ...ctx.io.env, SPACELIFT_ATMOS_ONLY_STACK: undefined },
        outdir,
        report: ctx.io.stderr,
        onWarnings: (count) => (warnings = count),
        ...(opts.configDir !== undefined ? { configDir: opts.configDir } : {}),
      });
      if (!app) {
        ctx.setExitCode(ExitCode.ConfigError);
        return;
      }
      app.synth();
      const schemas = loadProviderSchemas();
      const stacks = readdirSync(join(outdir, "stacks")).sort();
      let failed = 0;
      for (const id of stacks) {
        const result = validateTerraformJson(
          readFileSync(join(outdir, "stacks", id, "cdk.tf.json"), "utf8"),
          schemas,
        );
        if (result.errors.length > 0) {
          failed++;
          ctx.io.stderr(
            `${id}: ${result.errors.length} schema error(s)\n${formatSchemaIssues(result.errors)}\n`,
          );
        }
      }
      if (failed > 0) {
        ctx.io.stderr(`${failed} of ${stacks.length} stack(s) failed schema validation.\n`);
        ctx.setExitCode(ExitCode.ConfigError);
        return;
      }
      ctx.io.stdout(
        `✓ ${stacks.length} stacks validated (atmos config, Spacelift model, provider schemas)${warnings > 0 ? `, ${warnings} warning${warnings > 1 ? "s" : ""}` : ""}\n`,
      );
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });
};
