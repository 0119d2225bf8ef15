/**
 * The subset of Cloud Posse's null-label (`cloudposse/label/null` 0.25) that names the worker pool's
 * resources: `module.this.id` (the pool, ASG, launch template, security group) and the IAM label (the
 * same context plus `iam_attributes`), with the label tags.
 */

/** The null-label inputs that shape an id. */
export interface LabelContext {
  readonly namespace?: string;
  readonly tenant?: string;
  readonly environment?: string;
  readonly stage?: string;
  readonly name?: string;
  readonly attributes?: readonly string[];
  /** @default "-" */
  readonly delimiter?: string;
  /** @default ["namespace", "tenant", "environment", "stage", "name", "attributes"] */
  readonly labelOrder?: readonly string[];
  /** A regular expression (without slashes, as null-label writes it) of characters to drop. @default "/[^-a-zA-Z0-9]/" */
  readonly regexReplaceChars?: string;
  /** @default "lower" */
  readonly labelValueCase?: "lower" | "title" | "upper" | "none";
}

const DEFAULT_ORDER = ["namespace", "tenant", "environment", "stage", "name", "attributes"] as const;
const DEFAULT_REPLACE = "/[^-a-zA-Z0-9]/";

/** `module.this.id`: the non-empty labels in `label_order`, normalised and joined by the delimiter. */
export function labelId(context: LabelContext): string {
  const delimiter = context.delimiter ?? "-";
  const values: Record<string, string> = {
    namespace: normalise(context.namespace, context),
    tenant: normalise(context.tenant, context),
    environment: normalise(context.environment, context),
    stage: normalise(context.stage, context),
    name: normalise(context.name, context),
    attributes: (context.attributes ?? [])
      .map((a) => normalise(a, context))
      .filter((a) => a !== "")
      .join(delimiter),
  };
  return (context.labelOrder ?? DEFAULT_ORDER)
    .map((label) => values[label] ?? "")
    .filter((v) => v !== "")
    .join(delimiter);
}

/**
 * The tags null-label generates by default (`Name` plus each non-empty label, title-cased keys),
 * merged under the user's `tags` (theirs win, as in null-label).
 */
export function labelTags(
  context: LabelContext,
  userTags: Readonly<Record<string, string>>,
): Record<string, string> {
  const generated: Record<string, string> = { Name: labelId(context) };
  const pairs: [string, string | undefined][] = [
    ["Namespace", context.namespace],
    ["Tenant", context.tenant],
    ["Environment", context.environment],
    ["Stage", context.stage],
  ];
  for (const [key, value] of pairs) {
    const v = normalise(value, context);
    if (v !== "") generated[key] = v;
  }
  const merged = { ...generated, ...userTags };
  return Object.fromEntries(
    Object.keys(merged)
      .sort()
      .map((k) => [k, merged[k] ?? ""]),
  );
}

function normalise(value: string | undefined, context: LabelContext): string {
  if (value === undefined) return "";
  const pattern = stripSlashes(context.regexReplaceChars ?? DEFAULT_REPLACE);
  const cleaned = value.replace(new RegExp(pattern, "g"), "");
  switch (context.labelValueCase ?? "lower") {
    case "lower":
      return cleaned.toLowerCase();
    case "upper":
      return cleaned.toUpperCase();
    case "title":
      return cleaned.charAt(0).toUpperCase() + cleaned.slice(1).toLowerCase();
    case "none":
      return cleaned;
  }
}

function stripSlashes(pattern: string): string {
  return pattern.startsWith("/") && pattern.endsWith("/") && pattern.length >= 2
    ? pattern.slice(1, -1)
    : pattern;
}
