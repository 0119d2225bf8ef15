/**
 * Where a stack gets the built-in "Space admin" role (the replacement of Spacelift's
 * `administrative` flag): every space whose resources it manages.
 */
import { previewManagedSpaces } from "./preview-checks";
import type { PreviewEnvironmentsConfig } from "./preview-types";
import type { StackModel, WorkerPoolModel } from "./types";

/** Spaces where a stack needs "Space admin": what it manages, by kind. */
export function spaceAdminSpaces(
  s: StackModel,
  managed: ReadonlyMap<string, StackModel[]>,
  pools: readonly WorkerPoolModel[],
  previews: ReadonlyMap<string, PreviewEnvironmentsConfig>,
): string[] {
  switch (s.kind) {
    case "admin-stack":
      return [s.spaceName, ...(managed.get(s.id) ?? []).map((m) => m.spaceName)];
    case "spaces":
      return ["root"]; // creating spaces and their policies needs root admin
    case "worker-pool":
      return pools.filter((p) => p.definedBy === s.id).map((p) => p.spaceName);
    case "preview-environments":
      return [s.spaceName, ...previewManagedSpaces(previews.get(s.id))];
    case "state-backend":
      return s.source.settings["spacelift"] !== undefined &&
        (s.source.settings["spacelift"] as Record<string, unknown>)["administrative"] === true
        ? [s.spaceName]
        : [];
    case "component":
      return (s.source.settings["spacelift"] as Record<string, unknown> | undefined)?.["administrative"] ===
        true
        ? [s.spaceName]
        : [];
  }
}
