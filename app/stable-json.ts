/**
 * cdktf writes every stack with `json-stable-stringify` (keys sorted, two-space indent). That
 * package allocates a closure and two arrays per value and looks up `seen` linearly: writing the
 * 80 MB of a 10,000-stack synth took about 2.2 s of its 20 (docs/benchmarks.md). `stableJson`
 * produces the same bytes for the options cdktf passes (`{ space: 2 }`), including that package's
 * quirks (an empty list or map spans two lines, `undefined` is dropped from maps and `null` in
 * lists, `toJSON` is honoured), which `__tests__/app/stable-json.test.ts` checks against it.
 */
import { Module, createRequire } from "node:module";
import * as path from "node:path";

const SPACE = "  ";
const indents: string[] = ["\n"];

function indentOf(level: number): string {
  for (let i = indents.length; i <= level; i++) indents.push(`${indents[i - 1] as string}${SPACE}`);
  return indents[level] as string;
}

function write(value: unknown, level: number, open: Set<object>): string | undefined {
  let node = value;
  if (node !== null && node !== undefined) {
    const toJSON = (node as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === "function") node = (toJSON as () => unknown).call(node);
  }
  if (node === undefined) return undefined;
  if (typeof node !== "object" || node === null) return JSON.stringify(node);
  const indent = indentOf(level);
  const inner = indentOf(level + 1);
  if (Array.isArray(node)) {
    let out = "[";
    for (let i = 0; i < node.length; i++) {
      out += `${i === 0 ? "" : ","}${inner}${write(node[i], level + 1, open) ?? "null"}`;
    }
    return `${out}${indent}]`;
  }
  if (open.has(node)) throw new TypeError("Converting circular structure to JSON");
  open.add(node);
  const map = node as Record<string, unknown>;
  const keys = Object.keys(map).sort();
  let out = "{";
  let first = true;
  for (const key of keys) {
    const text = write(map[key], level + 1, open);
    if (!text) continue;
    out += `${first ? "" : ","}${inner}${JSON.stringify(key)}: ${text}`;
    first = false;
  }
  open.delete(node);
  return `${out}${indent}}`;
}

/** `json-stable-stringify(value, { space: 2 })`, byte for byte, several times faster. */
export function stableJson(value: unknown): string | undefined {
  return write(value, 0, new Set());
}

/** The `json-stable-stringify` module cdktf requires (its own copy, resolved from cdktf). */
export function cdktfStableStringifyPath(): string {
  const cdktfDir = path.dirname(require.resolve("cdktf"));
  return createRequire(path.join(cdktfDir, "index.js")).resolve("json-stable-stringify");
}

/**
 * Makes cdktf write stacks with {@link stableJson}: registers it as the `json-stable-stringify`
 * module cdktf loads. Effective only before cdktf is first loaded; returns whether it is in place.
 * cdktf 0.21 calls it with `{ space: 2 }` only; any other call throws, so that a cdktf upgrade
 * that changes this cannot silently change the output.
 */
export function installStableJson(): boolean {
  const file = cdktfStableStringifyPath();
  const cached = require.cache[file];
  if (cached) return (cached.exports as { fast?: boolean }).fast === true;
  const fast = (value: unknown, options?: { space?: number | string }): string | undefined => {
    if (options === undefined || Object.keys(options).length !== 1 || options.space !== 2) {
      throw new Error(
        `json-stable-stringify called with ${JSON.stringify(options)}: app/stable-json.ts only replaces ` +
          "cdktf's { space: 2 } calls; check it against this cdktf version",
      );
    }
    return stableJson(value);
  };
  const module = new Module(file);
  module.filename = file;
  module.loaded = true;
  module.exports = Object.assign(fast, { fast: true });
  require.cache[file] = module;
  return true;
}
