/**
 * Checks on a manager's own Spacelift stack once the model has built it, and the spaces it
 * administers.
 */
import type { Diagnostic } from "../config-engine/diagnostics";
import { componentDiagnostic, PREVIEW_CODES } from "./preview-errors";
import type { PreviewEnvironmentsConfig } from "./preview-types";
import type { PolicyModel, StackModel } from "./types";

/** The catalogue file of the manager's TRIGGER policy. */
export const MANAGER_TRIGGER_CATALOG_FILE = "trigger.preview-environment-manager.rego";

/** Spaces where the manager stack creates environment stacks (it needs "Space admin" there). */
export function previewManagedSpaces(config: PreviewEnvironmentsConfig | undefined): string[] {
  return [...new Set((config?.services ?? []).map((s) => s.spaceName))].sort();
}

/**
 * A warning when a manager stack has no trigger policy from the catalogue attached (nor an
 * external policy that might be one): without it, an environment whose only change is its
 * `code_version` is never re-deployed.
 */
export function previewManagerWarnings(
  stack: StackModel,
  policies: readonly PolicyModel[],
  externalPolicies: readonly string[],
): Diagnostic[] {
  const byName = new Map(policies.map((p) => [p.name, p]));
  const triggers = stack.policyNames.some((name) => {
    const p = byName.get(name);
    if (!p) return externalPolicies.includes(name);
    return p.body.kind === "file" && p.body.path.endsWith(`/${MANAGER_TRIGGER_CATALOG_FILE}`);
  });
  if (triggers) return [];
  return [
    componentDiagnostic(
      "warning",
      PREVIEW_CODES.managerWithoutTrigger,
      { component: stack.source, section: "settings", path: ["spacelift", "policies"] },
      `the preview-environment manager '${stack.id}' has no '${MANAGER_TRIGGER_CATALOG_FILE}' policy attached: an environment whose only change is its code_version is never re-deployed`,
      "Declare 'TRIGGER Preview Environment Manager' (catalog: trigger.preview-environment-manager) in the spaces component and list it in the manager's settings.spacelift.policies.",
    ),
  ];
}
