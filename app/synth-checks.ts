/**
 * What every synthesis runs after cdktf wrote the stacks and before anyone uses them (main.ts as the
 * Spacelift hooks run it, `validate`, `diff`): the provider-schema validation `validate` always ran,
 * and the secret scanner. Findings are reported at YAML file:line:col where the model knows the
 * source; on any error the output directory is removed, so nothing partial is left behind.
 */
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { TerraformStack, type App } from "cdktf";
import { renderDiagnostics } from "../config-engine/diagnostic-report";
import { errorCount, type Diagnostic } from "../config-engine/diagnostics";
import type { SpaceliftModel } from "../model";
import { loadProviderSchemas, validateTerraformJson } from "../schema-validator";
import { APP_CODES } from "./errors";
import { scanJsonForSecrets, secretEnvValues } from "./secret-scan/scan";
import { jsonPathSegments, yamlSourceOf } from "./yaml-source";

/** What {@link checkSynthesized} needs besides the stacks. */
export interface SynthCheckOptions {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly report: (text: string) => void;
}

/**
 * Every finding over the synthesized stacks in `outdir` (cdktf's layout: stacks/<id>/cdk.tf.json),
 * or only over `stackIds` (the stacks of this synthesis, not what an earlier one left there).
 */
export function synthesizedFindings(
  outdir: string,
  model: SpaceliftModel,
  env: SynthCheckOptions["env"],
  stackIds?: readonly string[],
): Diagnostic[] {
  const schemas = loadProviderSchemas();
  const envSecrets = secretEnvValues(env);
  const stacksDir = join(outdir, "stacks");
  const out: Diagnostic[] = [];
  const ids = stackIds !== undefined ? [...stackIds].sort() : readdirSync(stacksDir).sort();
  for (const stackId of ids) {
    const text = readFileSync(join(stacksDir, stackId, "cdk.tf.json"), "utf8");
    const doc = JSON.parse(text) as unknown;
    for (const issue of validateTerraformJson(doc, schemas).errors) {
      const location = yamlSourceOf(model, stackId, doc, jsonPathSegments(issue.path));
      out.push({
        code: APP_CODES.SCHEMA_VIOLATION,
        severity: "error",
        message: `${issue.code}: ${issue.message} (stack ${stackId}, ${issue.path})`,
        ...(issue.hint !== undefined ? { hint: issue.hint } : {}),
        ...(location !== undefined ? { location } : {}),
      });
    }
    for (const finding of scanJsonForSecrets(doc, envSecrets)) {
      const location = yamlSourceOf(model, stackId, doc, finding.path);
      out.push({
        code: APP_CODES.SECRET_IN_OUTPUT,
        severity: "error",
        message: `${finding.kind} would be written to the stack ${stackId} at ${finding.path.join(".")}`,
        hint:
          "never put a secret in YAML or read one with a template function (env, exec, file): pass it as a " +
          "sensitive Terraform variable (TF_VAR_*), a write-only attribute or an AWS Secrets Manager reference",
        ...(location !== undefined ? { location } : {}),
      });
    }
  }
  return out;
}

/**
 * `app.synth()`, then {@link synthesizedFindings}. Returns true when the output may be used; else
 * reports every finding, removes the output directory and returns false.
 */
export function synthChecked(app: App, model: SpaceliftModel, options: SynthCheckOptions): boolean {
  app.synth();
  const stackIds = app.node.children.filter((c) => TerraformStack.isStack(c)).map((c) => c.node.id);
  const findings = synthesizedFindings(app.outdir, model, options.env, stackIds);
  if (findings.length === 0) return true;
  rmSync(app.outdir, { recursive: true, force: true });
  options.report(
    `${renderDiagnostics(findings, { cwd: options.cwd })}${errorCount(findings)}; nothing was synthesized.\n`,
  );
  return false;
}
