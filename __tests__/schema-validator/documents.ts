/**
 * Small Terraform JSON documents for the validator tests: a valid baseline that each test breaks in
 * exactly one way, and helpers to read the result as `{ code, path }` pairs.
 */
import {
  type SchemaIssue,
  type SchemaValidationResult,
  loadProviderSchemas,
  validateTerraformJson,
} from "../../schema-validator";

/** The `terraform` block every test document starts from. */
export const REQUIRED_PROVIDERS = {
  required_providers: {
    aws: { source: "hashicorp/aws", version: "5.100.0" },
    spacelift: { source: "spacelift-io/spacelift", version: "1.53.5" },
  },
};

/** A valid `spacelift_stack` body; spread extra keys over it. */
export function stackBody(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: "vpc", repository: "infra", branch: "main", ...extra };
}

/** A document with the required providers, a space and the given sections. */
export function documentWith(sections: Record<string, unknown>): Record<string, unknown> {
  const resource = (sections.resource ?? {}) as Record<string, unknown>;
  return {
    terraform: REQUIRED_PROVIDERS,
    provider: { aws: [{ region: "eu-west-1" }], spacelift: [{}] },
    ...sections,
    resource: { spacelift_space: { platform: { name: "platform", parent_space_id: "root" } }, ...resource },
  };
}

/** A document holding one resource `type.name` with `body`. */
export function withResource(
  type: string,
  name: string,
  body: unknown,
  sections: Record<string, unknown> = {},
): Record<string, unknown> {
  const extra = (sections.resource ?? {}) as Record<string, unknown>;
  return documentWith({ ...sections, resource: { ...extra, [type]: { [name]: body } } });
}

/** Validates against the committed schemas. */
export function validate(doc: unknown): SchemaValidationResult {
  return validateTerraformJson(doc, loadProviderSchemas());
}

const pair = (i: SchemaIssue): { code: string; path: string } => ({ code: i.code, path: i.path });

/** The errors as `{ code, path }`. */
export function errorsOf(doc: unknown): Array<{ code: string; path: string }> {
  return validate(doc).errors.map(pair);
}

/** The warnings as `{ code, path }`. */
export function warningsOf(doc: unknown): Array<{ code: string; path: string }> {
  return validate(doc).warnings.map(pair);
}

/** The single error of `doc` (fails the test when there is not exactly one). */
export function onlyError(doc: unknown): SchemaIssue {
  const { errors } = validate(doc);
  expect(errors.map(pair)).toHaveLength(1);
  return errors[0]!;
}
