/**
 * Deleted detection (atmos ≥ v1.206): every non-abstract BASE component whose logical stack no
 * longer exists in HEAD is `deleted.stack` (`deletion_type: stack`); one whose stack still exists
 * but which is no longer defined there is `deleted` (`deletion_type: component`). Items describe
 * the BASE component (its path, Spacelift name and context), which no longer exists.
 */
import type { Comparison } from "./comparison";
import type { AffectedItems } from "./items";
import { Reasons } from "./types";

/** Adds the deleted items (nothing when BASE counts as empty). */
export function detectDeleted(cmp: Comparison, items: AffectedItems): void {
  const base = cmp.base;
  if (!base) return;
  const headStacks = new Set(cmp.head.resolved.stackNames);
  for (const b of base.resolved.components) {
    if (b.abstract || !cmp.inScope(b.atmosStack)) continue;
    if (!headStacks.has(b.atmosStack)) {
      items.add(b, base.config, Reasons.deletedStack, { deletionType: "stack" });
    } else if (!cmp.headComponent(b.atmosStack, b.atmosComponent)) {
      items.add(b, base.config, Reasons.deleted, { deletionType: "component" });
    }
  }
}
