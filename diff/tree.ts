/**
 * A synthesized `cdktf.out` tree: one `stacks/<name>/cdk.tf.json` per cdktf stack, read as plain
 * JSON (no cdktf needed, so `--from/--to` work on any two trees, e.g. CI artifacts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Json } from "./types";

/** The attributes of one resource or data source, as written in the JSON. */
export type TfBody = { readonly [attribute: string]: Json };

/** The parts of a cdk.tf.json the diff reads. */
export interface TfDocument {
  readonly resource?: { readonly [type: string]: { readonly [name: string]: TfBody } };
  readonly data?: { readonly [type: string]: { readonly [name: string]: TfBody } };
  readonly moved?: readonly { readonly from: string; readonly to: string }[];
  /** `import` blocks (an adoption under way: docs/adoption.md). */
  readonly import?: readonly { readonly to: string; readonly id: string }[];
  /** `removed` blocks; `lifecycle.destroy = false` forgets the resource instead of destroying it. */
  readonly removed?: readonly { readonly from: string; readonly lifecycle?: Json }[];
}

/** The cdktf stacks of one tree, by name, sorted. */
export interface SynthTree {
  /** What the user named (a directory or a git ref). */
  readonly label: string;
  readonly stacks: ReadonlyMap<string, TfDocument>;
}

/** A tree that cannot be read (missing directory, invalid JSON). */
export class TreeReadError extends Error {
  readonly treeReadErrorBrand = true;

  constructor(message: string) {
    super(message);
    this.name = "TreeReadError";
  }
}

/** True when `e` is a {@link TreeReadError}. */
export function isTreeReadError(e: unknown): e is TreeReadError {
  return (
    typeof e === "object" && e !== null && (e as { treeReadErrorBrand?: unknown }).treeReadErrorBrand === true
  );
}

/** Reads `<dir>/stacks/*\/cdk.tf.json` (the `cdktf.out` layout). */
export function readSynthTree(dir: string, label: string = dir): SynthTree {
  const stacksDir = join(dir, "stacks");
  if (!existsSync(stacksDir) || !statSync(stacksDir).isDirectory()) {
    throw new TreeReadError(
      `${dir} is not a cdktf output directory (no stacks/ folder): run \`npm run synth\` first`,
    );
  }
  const stacks = new Map<string, TfDocument>();
  for (const name of readdirSync(stacksDir).sort()) {
    const file = join(stacksDir, name, "cdk.tf.json");
    if (!existsSync(file)) continue;
    stacks.set(name, parseDocument(readFileSync(file, "utf8"), file));
  }
  return { label, stacks };
}

/** Builds a tree from documents in memory (tests, or JSON produced elsewhere). */
export function treeOf(label: string, documents: Readonly<Record<string, TfDocument>>): SynthTree {
  return {
    label,
    stacks: new Map(
      Object.keys(documents)
        .sort()
        .map((k) => [k, documents[k]!]),
    ),
  };
}

function parseDocument(text: string, file: string): TfDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new TreeReadError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TreeReadError(`${file} is not a Terraform JSON document (expected an object)`);
  }
  const doc = value as Record<string, unknown>;
  for (const key of ["resource", "data"] as const) {
    const section = doc[key];
    if (section !== undefined && !isNested(section)) {
      throw new TreeReadError(`${file}: "${key}" is not an object of objects`);
    }
  }
  if (doc["moved"] !== undefined && !isMovedList(doc["moved"])) {
    throw new TreeReadError(`${file}: "moved" is not a list of { from, to } blocks`);
  }
  return doc;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function isNested(v: unknown): boolean {
  return (
    isObject(v) &&
    Object.values(v).every((byName) => isObject(byName) && Object.values(byName).every(isObject))
  );
}

function isMovedList(v: unknown): boolean {
  return (
    Array.isArray(v) &&
    v.every((m) => isObject(m) && typeof m["from"] === "string" && typeof m["to"] === "string")
  );
}
