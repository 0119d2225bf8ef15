/**
 * The catalogue of problems the schema validator reports, and the issue shape. Codes are stable API:
 * tests and the CLI match on them, never on message prose.
 */

/** Every code the validator can report, with what it means (used by `docs/validation.md`). */
export const SCHEMA_ISSUE_CODES = {
  INVALID_DOCUMENT: "The input is not a JSON object (or not parseable JSON).",
  UNKNOWN_TOP_LEVEL_KEY: "A top-level key Terraform's JSON syntax does not define.",
  UNSUPPORTED_CONSTRUCT: "A valid Terraform construct the validator cannot check (e.g. `ephemeral`).",
  UNKNOWN_PROVIDER: "A provider for which no schema is loaded.",
  UNKNOWN_RESOURCE_TYPE: "A resource type the provider schema does not define.",
  UNKNOWN_DATA_SOURCE: "A data source type the provider schema does not define.",
  TYPE_MISSING_FROM_SUBSET: "A type that exists but is not in the committed AWS schema subset.",
  UNKNOWN_ATTRIBUTE: "An argument, nested block or object attribute the schema does not define.",
  MISSING_REQUIRED_ATTRIBUTE: "A required argument (or object attribute) is absent or null.",
  COMPUTED_ATTRIBUTE_SET: "A computed-only (read-only) attribute is set in configuration.",
  TYPE_MISMATCH: "A literal value that cannot convert to the schema type.",
  INVALID_BLOCK: "A nested block written as something other than an object or a list of objects.",
  TOO_FEW_BLOCKS: "Fewer nested blocks than the schema's min_items.",
  TOO_MANY_BLOCKS: "More nested blocks than the schema's max_items.",
  DEPRECATED: "A deprecated attribute or block is set (warning).",
  SENSITIVE_LITERAL: "A sensitive attribute holds a literal value: a secret in the JSON (warning).",
  EXPRESSION_SYNTAX: "A template or `${…}` expression that cannot be tokenized.",
  UNDECLARED_REFERENCE: "A reference to a resource, data source, variable, local or module not declared.",
  UNKNOWN_REFERENCE_ATTRIBUTE: "A reference to an attribute the referenced object's schema does not have.",
  INVALID_REFERENCE:
    "A reference Terraform rejects: bad instance key, indexing a set, `each` without for_each, …",
  WRITE_ONLY_REFERENCE: "A reference to a write-only attribute, which always reads as null (warning).",
  UNKNOWN_FUNCTION: "A call to a function Terraform 1.11 (or the named provider) does not offer.",
  INVALID_META_ARGUMENT: "A malformed meta-argument (count, for_each, depends_on, provider, lifecycle, …).",
  UNDECLARED_PROVIDER_CONFIG:
    "A `provider` meta-argument naming a configuration (alias) that is not declared.",
  INVALID_TYPE_CONSTRAINT: "A variable `type` that is not a valid Terraform type constraint.",
  UNKNOWN_BACKEND: "A backend type the validator has no schema for.",
  PROVIDER_VERSION_MISMATCH: "required_providers pins a version other than the loaded schema's (warning).",
  INVALID_MOVED: "A moved/removed/import block whose addresses do not match the configuration.",
} as const;

/** A catalogued issue code. */
export type SchemaIssueCode = keyof typeof SCHEMA_ISSUE_CODES;

/** One problem found in a synthesized document. */
export interface SchemaIssue {
  readonly code: SchemaIssueCode;
  readonly severity: "error" | "warning";
  /** JSON path of the offending value, e.g. `resource.spacelift_stack.vpc.labels[2]`. */
  readonly path: string;
  /** What was found, with the offending value or name. */
  readonly message: string;
  /** What to do about it, when there is something specific to say. */
  readonly hint?: string;
}

/** What {@link validateTerraformJson} returns: every problem, never just the first. */
export interface SchemaValidationResult {
  readonly errors: readonly SchemaIssue[];
  readonly warnings: readonly SchemaIssue[];
}

const WARNING_CODES: ReadonlySet<SchemaIssueCode> = new Set<SchemaIssueCode>([
  "DEPRECATED",
  "SENSITIVE_LITERAL",
  "WRITE_ONLY_REFERENCE",
  "PROVIDER_VERSION_MISMATCH",
]);

/** Collects issues during one validation run; the severity follows from the code. */
export class IssueCollector {
  private readonly items: SchemaIssue[] = [];
  private readonly seen = new Set<string>();

  report(code: SchemaIssueCode, path: string, message: string, hint?: string): void {
    // The same reference can be reached twice (e.g. a string walked as a key and as a value).
    const key = `${code}\u0000${path}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const severity = WARNING_CODES.has(code) ? "warning" : "error";
    this.items.push(
      hint === undefined ? { code, severity, path, message } : { code, severity, path, message, hint },
    );
  }

  /** Errors and warnings, each sorted by path then code so output is deterministic. */
  result(): SchemaValidationResult {
    const sorted = [...this.items].sort(
      (a, b) => compare(a.path, b.path) || compare(a.code, b.code) || compare(a.message, b.message),
    );
    return {
      errors: sorted.filter((i) => i.severity === "error"),
      warnings: sorted.filter((i) => i.severity === "warning"),
    };
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const SIMPLE_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** Appends an object key to a JSON path: `.name`, or `["odd key"]` when it is not identifier-like. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  if (SIMPLE_KEY.test(key)) return path === "" ? key : `${path}.${key}`;
  return `${path}[${JSON.stringify(key)}]`;
}

/** Renders issues as one line each: `error CODE path: message (hint)`. */
export function formatSchemaIssues(issues: readonly SchemaIssue[]): string {
  return issues
    .map((i) => {
      const hint = i.hint === undefined ? "" : `\n    hint: ${i.hint}`;
      return `  ${i.severity} ${i.code} ${i.path || "(document)"}: ${i.message}${hint}`;
    })
    .join("\n");
}
