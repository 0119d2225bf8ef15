/**
 * Reads a list of affected stacks: the JSON `atmos describe affected` writes (items with
 * `component`, `stack`, optional `spacelift_stack` and `deleted`), or a plain list of Spacelift
 * stack ids.
 */
import type { SpaceliftModel } from "../model";

/** Affected Spacelift stack ids, and what could not be matched. */
export interface AffectedStacks {
  readonly stackIds: readonly string[];
  /** Items that are deleted in HEAD (nothing to run). */
  readonly deleted: readonly string[];
  /** Items that are not Spacelift stacks of this configuration. */
  readonly unmatched: readonly string[];
}

/** An affected list that is not in a shape this reads. */
export class AffectedInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AffectedInputError";
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Maps a parsed affected list onto the model's stacks. */
export function affectedStacks(model: SpaceliftModel, value: unknown): AffectedStacks {
  if (!Array.isArray(value))
    throw new AffectedInputError("expected a JSON list (atmos describe affected output)");
  const ids = new Set<string>();
  const deleted: string[] = [];
  const unmatched: string[] = [];
  value.forEach((item: unknown, i) => {
    if (typeof item === "string") {
      if (model.stack(item)) ids.add(item);
      else unmatched.push(item);
      return;
    }
    if (!isObject(item) || typeof item["component"] !== "string" || typeof item["stack"] !== "string") {
      throw new AffectedInputError(`item ${i} has no "component" and "stack" strings`);
    }
    const label = `${item["component"]} in ${item["stack"]}`;
    if (item["deleted"] === true) {
      deleted.push(label);
      return;
    }
    const byName =
      typeof item["spacelift_stack"] === "string" ? model.stack(item["spacelift_stack"]) : undefined;
    const match =
      byName ??
      model.stacks.find(
        (s) =>
          s.atmosComponent === item["component"] &&
          (s.atmosStack === item["stack"] || s.stackPrefix === item["stack"]),
      );
    if (match) ids.add(match.id);
    else unmatched.push(label);
  });
  return { stackIds: [...ids].sort(), deleted: deleted.sort(), unmatched: unmatched.sort() };
}
