/**
 * The tags Cloud Posse's null-label (`cloudposse/label/null` 0.25) puts on every resource of the
 * component, which the worker pool keeps so existing cost and ownership reports still match.
 */

/** The null-label context vars that become tags. */
export interface LabelTagSource {
  readonly namespace?: string | null;
  readonly tenant?: string | null;
  readonly environment?: string | null;
  readonly stage?: string | null;
}

/**
 * `Name` (the label id) plus each non-empty label under its title-cased key, with the user's `tags`
 * merged over them (theirs win, as in null-label). Keys are sorted.
 */
export function labelTags(
  id: string,
  labels: LabelTagSource,
  userTags: Readonly<Record<string, string>>,
): Record<string, string> {
  const generated: Record<string, string> = { Name: id };
  const pairs: [string, string | null | undefined][] = [
    ["Namespace", labels.namespace],
    ["Tenant", labels.tenant],
    ["Environment", labels.environment],
    ["Stage", labels.stage],
  ];
  for (const [key, value] of pairs) {
    if (value !== undefined && value !== null && value !== "") generated[key] = value.toLowerCase();
  }
  const merged = { ...generated, ...userTags };
  return Object.fromEntries(
    Object.keys(merged)
      .sort()
      .map((k) => [k, merged[k] ?? ""]),
  );
}
