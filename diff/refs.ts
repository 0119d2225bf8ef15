/**
 * Decodes the reference expressions this app writes into the names a reviewer knows, so a diff
 * compares meanings: `${one(lookup(local.space_ids_by_name, "plat", []))}` and
 * `${spacelift_space.plat.id}` both read `plat`, and a stack reference reads as the stack's slug.
 */
import type { TfBody, TfDocument } from "./tree";
import type { Json } from "./types";

const LOOKUP = /^\$\{one\(lookup\(local\.(\w+)_ids_by_name, ("(?:[^"\\]|\\.)*"), \[\]\)\)\}$/;
const RESOURCE_ID = /^\$\{([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.id\}$/;
const DATA_ATTRIBUTE = /^\$\{data\.([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.(\w+)\}$/;

/** The names of the entities a lookup table or a resource type holds. */
const NAMED_TYPES = new Set([
  "spacelift_space",
  "spacelift_policy",
  "spacelift_worker_pool",
  "spacelift_context",
  "spacelift_api_key",
]);

/** A resource of `doc` by type and name. */
export function resourceIn(doc: TfDocument, type: string, name: string): TfBody | undefined {
  return doc.resource?.[type]?.[name];
}

/** The slug of `spacelift_stack.<name>` in `doc` (the logical id when no slug is set). */
export function slugOf(doc: TfDocument, name: string): string {
  const slug = resourceIn(doc, "spacelift_stack", name)?.["slug"];
  return typeof slug === "string" ? slug : name;
}

/**
 * The stack a `stack_id`-like value points at: `{ local: <logical id> }` for a reference inside
 * the document, `{ slug }` for a literal id, undefined otherwise.
 */
export function stackTarget(value: Json | undefined): { local: string } | { slug: string } | undefined {
  if (typeof value !== "string") return undefined;
  const m = RESOURCE_ID.exec(value);
  if (m) return m[1] === "spacelift_stack" ? { local: m[2]! } : undefined;
  return value.includes("${") ? undefined : { slug: value };
}

/** One value with every reference this app writes replaced by the name it stands for. */
export function decodeValue(doc: TfDocument, value: Json): Json {
  if (typeof value === "string") return decodeString(doc, value);
  if (Array.isArray(value)) return value.map((v: Json) => decodeValue(doc, v));
  if (value !== null && typeof value === "object") {
    const out: Record<string, Json> = {};
    for (const k of Object.keys(value).sort()) out[k] = decodeValue(doc, (value as Record<string, Json>)[k]!);
    return out;
  }
  return value;
}

function decodeString(doc: TfDocument, text: string): string {
  const lookup = LOOKUP.exec(text);
  if (lookup) return JSON.parse(lookup[2]!) as string;
  const ref = RESOURCE_ID.exec(text);
  if (ref) {
    const [, type, name] = ref as unknown as [string, string, string];
    if (type === "spacelift_stack") return slugOf(doc, name);
    const named = resourceIn(doc, type, name)?.["name"];
    if (NAMED_TYPES.has(type) && typeof named === "string") return named;
    return text;
  }
  const data = DATA_ATTRIBUTE.exec(text);
  if (data) {
    const [, type, name, attribute] = data as unknown as [string, string, string, string];
    const body = doc.data?.[type]?.[name];
    if (type === "spacelift_role" && attribute === "id" && typeof body?.["slug"] === "string") {
      return body["slug"];
    }
    if (type === "http" && attribute === "response_body" && typeof body?.["url"] === "string") {
      return `(downloaded from ${body["url"]})`;
    }
  }
  return text;
}
