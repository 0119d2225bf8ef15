/**
 * Terraform JSON syntax shapes: where HCL has repeated blocks, JSON may write one object or an array
 * of objects, and `//` keys are comments (cdktf puts its metadata there).
 */
import { childPath } from "./issues";

/** A JSON object as parsed. */
export type JsonObject = { readonly [key: string]: unknown };

/** True for a non-null, non-array object. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The comment key Terraform ignores in block bodies (and cdktf fills with metadata). */
export const COMMENT_KEY = "//";

/** One block body together with its JSON path. */
export interface BodyAt {
  readonly body: unknown;
  readonly path: string;
}

/**
 * The bodies a block-valued key holds: an object is one body, an array holds one per element, null
 * holds none.
 */
export function blockBodies(value: unknown, path: string): BodyAt[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value))
    return (value as unknown[]).map((body, i) => ({ body, path: childPath(path, i) }));
  return [{ body: value, path }];
}

/** Object keys in sorted order, so reports come out in a stable order. */
export function sortedKeys(obj: JsonObject): string[] {
  return Object.keys(obj).sort();
}
