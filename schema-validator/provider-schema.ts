/**
 * The shape of `terraform providers schema -json` (format 1.0), the only input the validator trusts
 * about providers, plus small helpers to read it.
 */

/** A cty type as the schema JSON spells it: `"string"`, `["list","string"]`, `["object",{...}]`, … */
export type CtyType =
  | "string"
  | "number"
  | "bool"
  | "dynamic"
  | readonly ["list" | "set" | "map", CtyType]
  | readonly ["object", { readonly [name: string]: CtyType }]
  | readonly ["object", { readonly [name: string]: CtyType }, readonly string[]]
  | readonly ["tuple", readonly CtyType[]];

/** Nesting of a plugin-framework nested attribute (`nested_type`). */
export interface NestedAttributeType {
  readonly attributes: { readonly [name: string]: SchemaAttribute };
  readonly nesting_mode: "single" | "list" | "set" | "map";
  readonly min_items?: number;
  readonly max_items?: number;
}

/** One argument or exported attribute of a block. Exactly one of `type` / `nested_type` is set. */
export interface SchemaAttribute {
  readonly type?: CtyType;
  readonly nested_type?: NestedAttributeType;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly sensitive?: boolean;
  readonly deprecated?: boolean;
  readonly write_only?: boolean;
  readonly description?: string;
}

/** A block body: attributes plus nested block types. */
export interface SchemaBlock {
  readonly attributes?: { readonly [name: string]: SchemaAttribute };
  readonly block_types?: { readonly [name: string]: SchemaBlockType };
  readonly deprecated?: boolean;
  readonly description?: string;
}

/** A nested block type and how many of it a body may hold. */
export interface SchemaBlockType {
  readonly nesting_mode: "single" | "group" | "list" | "set" | "map";
  readonly block: SchemaBlock;
  readonly min_items?: number;
  readonly max_items?: number;
}

/** The schema of a provider configuration, resource or data source. */
export interface TypeSchema {
  readonly version?: number;
  readonly block: SchemaBlock;
}

/** One provider's entry under `provider_schemas`. */
export interface ProviderSchemaJson {
  readonly provider?: TypeSchema;
  readonly resource_schemas?: { readonly [type: string]: TypeSchema };
  readonly data_source_schemas?: { readonly [type: string]: TypeSchema };
  readonly ephemeral_resource_schemas?: { readonly [type: string]: TypeSchema };
  /** Provider-defined functions, callable as `provider::<local name>::<function>(…)`. */
  readonly functions?: { readonly [name: string]: unknown };
}

/** The whole document `terraform providers schema -json` prints. */
export interface ProvidersSchemaJson {
  readonly format_version: string;
  readonly provider_schemas: { readonly [source: string]: ProviderSchemaJson };
  /** Not printed by terraform; the AWS subset and the cdktf generator record the version here. */
  readonly provider_versions?: { readonly [source: string]: string };
}

/** True when `value` has the outer shape of {@link ProvidersSchemaJson}. */
export function isProvidersSchemaJson(value: unknown): value is ProvidersSchemaJson {
  if (typeof value !== "object" || value === null) return false;
  const v = value as { format_version?: unknown; provider_schemas?: unknown };
  return (
    typeof v.format_version === "string" &&
    typeof v.provider_schemas === "object" &&
    v.provider_schemas !== null &&
    !Array.isArray(v.provider_schemas)
  );
}

/** Renders a cty type the way Terraform's type constraints read: `list(object({ a = string }))`. */
export function renderType(type: CtyType): string {
  if (typeof type === "string") return type === "dynamic" ? "any" : type;
  switch (type[0]) {
    case "list":
    case "set":
    case "map":
      return `${type[0]}(${renderType(type[1])})`;
    case "tuple":
      return `tuple([${type[1].map(renderType).join(", ")}])`;
    case "object": {
      const optional = new Set(type[2] ?? []);
      const attrs = Object.keys(type[1])
        .sort()
        .map((k) => {
          const t = renderType(type[1][k]!);
          return `${k} = ${optional.has(k) ? `optional(${t})` : t}`;
        });
      return `object({ ${attrs.join(", ")} })`;
    }
  }
}
