/**
 * Finds the provider schema that serves a resource or data source type, the way Terraform resolves
 * it: the provider local name (the type's prefix, or the `provider` meta-argument) → its
 * `required_providers` source → the loaded schema.
 */
import type { SchemaIssueCode } from "./issues";
import type { TypeSchema } from "./provider-schema";
import {
  BUILTIN_TERRAFORM_SOURCE,
  type ProviderSchemaEntry,
  type SchemaIndex,
  normalizeProviderSource,
} from "./schema-index";
import { didYouMean } from "./suggest";

/** `required_providers` as collected from the document. */
export type RequiredProviders = ReadonlyMap<string, { readonly source: string; readonly version?: string }>;

/** A provider local name resolved to its source address and, when loaded, its schema. */
export interface ProviderLookup {
  readonly source: string;
  readonly entry?: ProviderSchemaEntry;
}

/** Result of looking a resource or data source type up. */
export interface TypeLookup {
  readonly schema?: TypeSchema;
  readonly entry?: ProviderSchemaEntry;
  readonly problem?: { readonly code: SchemaIssueCode; readonly message: string; readonly hint?: string };
}

/** The provider local name a type belongs to by default: its prefix (`aws_s3_bucket` → `aws`). */
export function impliedProvider(type: string): string {
  return type.split("_")[0]!;
}

/** Resolves a provider local name (`aws`, `spacelift`, `terraform`). */
export function providerEntry(
  schemas: SchemaIndex,
  required: RequiredProviders,
  local: string,
): ProviderLookup {
  const declared = required.get(local);
  const source =
    declared !== undefined
      ? normalizeProviderSource(declared.source)
      : local === "terraform"
        ? BUILTIN_TERRAFORM_SOURCE
        : normalizeProviderSource(local);
  const entry = schemas.provider(source);
  return entry === undefined ? { source } : { source, entry };
}

/** Finds the schema of a resource or data source type served by provider `local`. */
export function lookupType(
  schemas: SchemaIndex,
  required: RequiredProviders,
  kind: "resource" | "data",
  type: string,
  local: string,
): TypeLookup {
  const { source, entry } = providerEntry(schemas, required, local);
  if (entry === undefined) {
    return {
      problem: {
        code: "UNKNOWN_PROVIDER",
        message: `no schema is loaded for provider "${local}" (${source}), so ${type} cannot be checked`,
        hint: "commit the provider's schema under provider-schemas/ and load it in loadProviderSchemas()",
      },
    };
  }
  const table = kind === "resource" ? entry.schema.resource_schemas : entry.schema.data_source_schemas;
  const schema = table?.[type];
  if (schema !== undefined) return { schema, entry };
  const what = kind === "resource" ? "resource type" : "data source";
  if (entry.subsetHint !== undefined) {
    return {
      entry,
      problem: {
        code: "TYPE_MISSING_FROM_SUBSET",
        message: `${what} ${type} is not in the committed schema subset of ${source}`,
        hint: entry.subsetHint,
      },
    };
  }
  return {
    entry,
    problem: {
      code: kind === "resource" ? "UNKNOWN_RESOURCE_TYPE" : "UNKNOWN_DATA_SOURCE",
      message: `${source} has no ${what} named "${type}".${didYouMean(type, Object.keys(table ?? {}))}`,
    },
  };
}
