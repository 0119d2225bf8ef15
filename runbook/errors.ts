/** The runbook layer's catalogue of diagnostic codes (rendered by the CLI like every other layer's). */
import type { Diagnostic } from "../config-engine/diagnostics";
import { DiagnosticError } from "../config-engine/diagnostics";
import type { ResolvedComponent } from "../config-engine/types";
import { suggestion } from "../model/did-you-mean";

/** Error codes of the runbook layer. */
export type RunbookErrorCode = "UNKNOWN_STACK" | "NO_DEPLOYMENT_ROLE";

/** `STACK_ID` is neither a Spacelift stack nor a stack this app synthesizes. */
export function unknownStack(id: string, known: readonly string[]): DiagnosticError {
  return new DiagnosticError([
    diagnostic(
      "UNKNOWN_STACK",
      `no stack '${id}' in this configuration.${suggestion(id, known)}`,
      "Use a Spacelift stack id as `spacelift-atmos describe spacelift` lists them, or the id of a stack this app synthesizes.",
    ),
  ]);
}

/**
 * The stack's resources need AWS credentials but it has no Spacelift AWS role: in Spacelift it runs
 * with whatever its worker provides, which a human cannot reproduce.
 */
export function noDeploymentRole(
  id: string,
  source: ResolvedComponent,
  workerContext: string,
): DiagnosticError {
  const location = source.sourceOf("settings", ["spacelift"]) ?? source.sourceOf("settings", []);
  return new DiagnosticError([
    {
      ...diagnostic(
        "NO_DEPLOYMENT_ROLE",
        `stack '${id}' has no deployment role (settings.spacelift.aws_role_enabled/aws_role_arn): ${workerContext}`,
        `Pass the role to assume with --role-arn (your break-glass role). To keep a record of it, set settings.spacelift.aws_role_enabled: true and aws_role_arn for this stack.`,
      ),
      ...(location !== undefined ? { location } : {}),
    },
  ]);
}

function diagnostic(code: RunbookErrorCode, message: string, hint: string): Diagnostic {
  return { code, severity: "error", message, hint };
}
