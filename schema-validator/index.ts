/**
 * schema-validator: checks synthesized Terraform JSON against provider schemas. Pure TypeScript (no
 * cdktf), used by the jest helper `__tests__/helpers/schema.ts` and by the CLI.
 */
export { validateTerraformJson } from "./validate";
export {
  loadProviderSchemas,
  COMMITTED_SCHEMA_FILES,
  AWS_SUBSET_HINT,
  type CommittedSchemaFile,
} from "./load";
export {
  buildSchemaIndex,
  entriesFromDocument,
  normalizeProviderSource,
  BUILTIN_TERRAFORM_SOURCE,
  type ProviderSchemaEntry,
  type SchemaIndex,
} from "./schema-index";
export {
  SCHEMA_ISSUE_CODES,
  formatSchemaIssues,
  type SchemaIssue,
  type SchemaIssueCode,
  type SchemaValidationResult,
} from "./issues";
export {
  isProvidersSchemaJson,
  renderType,
  type CtyType,
  type ProvidersSchemaJson,
  type ProviderSchemaJson,
} from "./provider-schema";
