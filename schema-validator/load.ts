/**
 * Loads the provider schemas committed under `provider-schemas/` (the Spacelift snapshot and the AWS
 * subset) into one {@link SchemaIndex}, once per process.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

import { isProvidersSchemaJson } from "./provider-schema";
import {
  buildSchemaIndex,
  entriesFromDocument,
  type ProviderSchemaEntry,
  type SchemaIndex,
} from "./schema-index";

/** A committed schema file, relative to the repository root. */
export interface CommittedSchemaFile {
  readonly file: string;
  readonly version: string;
  readonly subsetHint?: string;
}

/** How to grow the AWS subset; shown with every AWS type the subset lacks. */
export const AWS_SUBSET_HINT =
  "the committed AWS schema is a subset: add the type to provider-schemas/aws-types.json and run " +
  "`node scripts/aws-schema-subset.js` (needs terraform and the hashicorp/aws 5.100.0 mirror)";

/** The schema files the project validates against. */
export const COMMITTED_SCHEMA_FILES: readonly CommittedSchemaFile[] = [
  { file: "provider-schemas/spacelift-v1.53.5.json", version: "1.53.5" },
  { file: "provider-schemas/aws-5.100.0-subset.json", version: "5.100.0", subsetHint: AWS_SUBSET_HINT },
  { file: "provider-schemas/http-3.4.5-data-source.json", version: "3.4.5" },
];

const REPO_ROOT = resolve(__dirname, "..");
const cache = new Map<string, SchemaIndex>();

/**
 * The committed provider schemas as an index. Parsed on the first call and cached per root directory,
 * so every synth test can call it freely.
 *
 * @param options.rootDir repository root holding `provider-schemas/` (default: this checkout)
 */
export function loadProviderSchemas(options: { readonly rootDir?: string } = {}): SchemaIndex {
  const root = resolve(options.rootDir ?? REPO_ROOT);
  const hit = cache.get(root);
  if (hit) return hit;
  const entries: ProviderSchemaEntry[] = [];
  for (const f of COMMITTED_SCHEMA_FILES) {
    const path = join(root, f.file);
    const doc: unknown = JSON.parse(readFileSync(path, "utf8"));
    if (!isProvidersSchemaJson(doc)) {
      throw new Error(`${path} is not a 'terraform providers schema -json' document`);
    }
    entries.push(
      ...entriesFromDocument(doc, {
        version: f.version,
        ...(f.subsetHint === undefined ? {} : { subsetHint: f.subsetHint }),
      }),
    );
  }
  const index = buildSchemaIndex(entries);
  cache.set(root, index);
  return index;
}
