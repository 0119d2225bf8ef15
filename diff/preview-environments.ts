/**
 * Preview environments (docs/preview-environments.md) end by design: deleting an environment file
 * removes its stack, whose active destructor destroys what the environment created. The diff
 * reports that as an expected destroy, not a red flag, when the removed stack is provably one:
 * created by a preview-environment manager that still exists, labelled by it, and carrying the
 * scheduled deletion only environment stacks have (labels alone can be written in YAML).
 */
import type { Inventory, StackEntry } from "./inventory";

/** The environment a removed stack was, when its removal is the expected end of a preview environment. */
export interface ExpiredPreview {
  readonly environmentId: string;
  /** `<owner>/<repo>#<pr>`, when labelled. */
  readonly pullRequest?: string;
}

/** The preview environment `entry` (a base-side stack) was, if its removal is expected on `head`. */
export function expectedPreviewDestroy(
  entry: StackEntry | undefined,
  head: Inventory,
): ExpiredPreview | undefined {
  if (entry === undefined || !head.cdktfStacks.includes(entry.cdktfStack)) return undefined;
  const labels = entry.resource.attrs["labels"];
  const list = Array.isArray(labels) ? labels.filter((l): l is string => typeof l === "string") : [];
  const value = (prefix: string): string | undefined =>
    list.find((l) => l.startsWith(prefix))?.slice(prefix.length);
  const environmentId = value("preview_environment_id:");
  const managedBy = value("preview-environment-managed-by:");
  const scheduled = entry.attached.some((r) => r.type === "spacelift_scheduled_delete_stack");
  if (environmentId === undefined || managedBy !== entry.cdktfStack || !scheduled) return undefined;
  const pullRequest = value("preview-environment-pr:");
  return { environmentId, ...(pullRequest !== undefined ? { pullRequest } : {}) };
}
