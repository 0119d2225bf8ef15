/**
 * Provider schemas keyed by their fully-qualified source address, plus Terraform's built-in
 * `terraform` provider (`terraform_data`, `terraform_remote_state`), which no schema file contains.
 */
import type { ProviderSchemaJson, ProvidersSchemaJson, TypeSchema } from "./provider-schema";

/** One provider's schema and what the validator needs to know about where it came from. */
export interface ProviderSchemaEntry {
  /** Source address, normalized by {@link normalizeProviderSource}. */
  readonly source: string;
  /** Provider version the schema describes, when known. */
  readonly version?: string;
  readonly schema: ProviderSchemaJson;
  /**
   * Set when the schema holds only some of the provider's types: a type missing from it is reported
   * as `TYPE_MISSING_FROM_SUBSET` with this hint instead of as unknown.
   */
  readonly subsetHint?: string;
}

/** An immutable lookup of provider schemas; build it once per process and reuse it. */
export interface SchemaIndex {
  /** The entry for a (normalized or not) source address. */
  provider(source: string): ProviderSchemaEntry | undefined;
  /** Every source address held, sorted. */
  readonly sources: readonly string[];
}

/** The source address of Terraform's built-in provider. */
export const BUILTIN_TERRAFORM_SOURCE = "terraform.io/builtin/terraform";

const BUILTIN_TERRAFORM: ProviderSchemaEntry = {
  source: BUILTIN_TERRAFORM_SOURCE,
  schema: {
    provider: { block: {} },
    resource_schemas: {
      terraform_data: block({
        id: { type: "string", computed: true },
        input: { type: "dynamic", optional: true },
        output: { type: "dynamic", computed: true },
        triggers_replace: { type: "dynamic", optional: true },
      }),
    },
    data_source_schemas: {
      terraform_remote_state: block({
        backend: { type: "string", required: true },
        config: { type: "dynamic", optional: true },
        defaults: { type: "dynamic", optional: true },
        outputs: { type: "dynamic", computed: true },
        workspace: { type: "string", optional: true },
      }),
    },
  },
};

function block(attributes: NonNullable<TypeSchema["block"]["attributes"]>): TypeSchema {
  return { version: 0, block: { attributes } };
}

/**
 * Expands a `required_providers` source the way Terraform does: `aws` → `registry.terraform.io/hashicorp/aws`,
 * `spacelift-io/spacelift` → `registry.terraform.io/spacelift-io/spacelift`; lower-cased.
 */
export function normalizeProviderSource(source: string): string {
  const parts = source.trim().toLowerCase().split("/");
  if (parts.length === 1) return `registry.terraform.io/hashicorp/${parts[0]}`;
  if (parts.length === 2) return `registry.terraform.io/${parts[0]}/${parts[1]}`;
  return parts.join("/");
}

/** Builds an index from provider entries; the built-in `terraform` provider is always included. */
export function buildSchemaIndex(entries: readonly ProviderSchemaEntry[]): SchemaIndex {
  const bySource = new Map<string, ProviderSchemaEntry>([[BUILTIN_TERRAFORM_SOURCE, BUILTIN_TERRAFORM]]);
  for (const entry of entries) {
    const source = normalizeProviderSource(entry.source);
    if (bySource.has(source)) throw new Error(`provider schema for ${source} given twice`);
    bySource.set(source, { ...entry, source });
  }
  const sources = [...bySource.keys()].sort();
  return {
    sources,
    provider: (source) => bySource.get(normalizeProviderSource(source)),
  };
}

/** The entries of a `terraform providers schema -json` document (one per provider in it). */
export function entriesFromDocument(
  doc: ProvidersSchemaJson,
  options: { readonly version?: string; readonly subsetHint?: string } = {},
): ProviderSchemaEntry[] {
  return Object.keys(doc.provider_schemas)
    .sort()
    .map((source) => {
      const version = options.version ?? doc.provider_versions?.[source];
      return {
        source,
        schema: doc.provider_schemas[source]!,
        ...(version === undefined ? {} : { version }),
        ...(options.subsetHint === undefined ? {} : { subsetHint: options.subsetHint }),
      };
    });
}
