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
 * The stack's resources need AWS credentials but no role is known: in Spacelift it runs with whatever
 * its worker provides, which a human cannot reproduce, and a hand-deployed stack records none.
 */
export function noDeploymentRole(
  id: string,
  source: ResolvedComponent,
  context: string,
  runBySpacelift: boolean,
): DiagnosticError {
  const location = runBySpacelift
    ? (source.sourceOf("settings", ["spacelift"]) ?? source.sourceOf("settings", []))
    : undefined;
  return new DiagnosticError([
    {
      ...diagnostic(
        "NO_DEPLOYMENT_ROLE",
        runBySpacelift
          ? `stack '${id}' has no deployment role (settings.spacelift.aws_role_enabled and aws_role_arn): ${context}`
          : `stack '${id}' records no role to deploy it with: ${context}`,
        runBySpacelift
          ? "Pass the role to assume with --role-arn (your break-glass role). To keep a record of it, set settings.spacelift.aws_role_enabled: true and aws_role_arn for this stack."
          : "Pass the role to assume with --role-arn (your break-glass role, or an administrator role of the stack's account).",
      ),
      ...(location !== undefined ? { location } : {}),
    },
  ]);
}

/** A preview environment whose resources need AWS credentials, and whose service template has no `aws_role`. */
export function noPreviewDeploymentRole(id: string, templateFile: string, context: string): DiagnosticError {
  return new DiagnosticError([
    diagnostic(
      "NO_DEPLOYMENT_ROLE",
      `preview environment '${id}' has no deployment role (aws_role in ${templateFile}): ${context}`,
      "Pass the role to assume with --role-arn (your break-glass role). To keep a record of it, set aws_role.role_arn in the service template.",
    ),
  ]);
}

function diagnostic(code: RunbookErrorCode, message: string, hint: string): Diagnostic {
  return { code, severity: "error", message, hint };
}
