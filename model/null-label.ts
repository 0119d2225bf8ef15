/**
 * The id Cloud Posse's null-label module builds from a component's context vars: the non-empty
 * parts of `label_order` (default namespace, tenant, environment, stage, name, attributes) joined
 * with `delimiter` (default `-`), lowercased. Worker pools are named this way.
 */
import type { JsonMap } from "../config-engine/types";

const DEFAULT_ORDER = ["namespace", "tenant", "environment", "stage", "name", "attributes"] as const;

/** `module.this.id` for the given vars. */
export function nullLabelId(vars: JsonMap): string {
  const order = Array.isArray(vars["label_order"])
    ? vars["label_order"].filter((v): v is string => typeof v === "string")
    : [...DEFAULT_ORDER];
  const delimiter = typeof vars["delimiter"] === "string" ? vars["delimiter"] : "-";
  const parts: string[] = [];
  for (const key of order) {
    const v = vars[key];
    if (key === "attributes" && Array.isArray(v)) {
      for (const a of v) if (typeof a === "string" && a !== "") parts.push(a);
    } else if (typeof v === "string" && v !== "") {
      parts.push(v);
    }
  }
  return parts.join(delimiter).toLowerCase();
}
