import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadSpaceliftApp, synthesizeSpaceliftApp } from "../../app/load";
import { DiagnosticError, loadAtmosConfig, resolveStacks } from "../../config-engine";
import { validateManifestSchemas } from "../../config-engine/manifest-schema";
import type { RegisterCommand } from "../context";
import { ExitCode } from "../io";
import { withConfigDir } from "../options";

/**
 * `spacelift-atmos validate`: the whole pipeline without writing anything you keep — every manifest
 * against atmos's manifest JSON schema (as `atmos validate stacks`), atmos config,
 * Spacelift model, every construct, and every synthesized stack checked against the provider
 * schemas. What a pre-merge CI job runs.
 */
export const registerValidate: RegisterCommand = (program, ctx) => {
  withConfigDir(
    program
      .command("validate")
      .description(
        "check every manifest against atmos's manifest JSON schema, the atmos config, the Spacelift model and every synthesized stack against the provider schemas",
      ),
  ).action((opts: { configDir?: string }) => {
    // atmos `validate stacks`: every manifest against atmos's published manifest JSON schema.
    const config = loadAtmosConfig({ cwd: ctx.io.cwd, env: ctx.io.env, configDir: opts.configDir });
    const schemaProblems = validateManifestSchemas(config, resolveStacks(config).manifestFiles);
    if (schemaProblems.length > 0) throw new DiagnosticError(schemaProblems);
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
      // The same checks as every synth (app/synth-checks.ts): provider schemas and secrets.
      const report = ctx.io.stderr;
      if (!synthesizeSpaceliftApp(app, { cwd: ctx.io.cwd, env: ctx.io.env, report })) {
        ctx.setExitCode(ExitCode.ConfigError);
        return;
      }
      const stacks = readdirSync(join(outdir, "stacks"));
      ctx.io.stdout(
        `✓ ${stacks.length} stacks validated (atmos config, Spacelift model, provider schemas)${warnings > 0 ? `, ${warnings} warning${warnings > 1 ? "s" : ""}` : ""}\n`,
      );
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });
};
