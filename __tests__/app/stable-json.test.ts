/**
 * app/stable-json.ts replaces cdktf's json-stable-stringify when main.ts runs: its output must be
 * the package's, byte for byte, or every Spacelift stack's JSON would change.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { cdktfStableStringifyPath, stableJson } from "../../app/stable-json";
import { REPO_ROOT } from "../example/synth-example";

// Jest has its own module registry, so this is the package itself, not the replacement.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const packageStringify = require(cdktfStableStringifyPath()) as (v: unknown, o: { space: number }) => string;
const reference = (v: unknown): string | undefined => packageStringify(v, { space: 2 });

const GOLDEN_DIR = join(REPO_ROOT, "__tests__", "golden", "embedded-example");
const goldenFiles = readdirSync(GOLDEN_DIR).filter((f) => f.endsWith(".json"));

describe("stableJson", () => {
  it.each(goldenFiles)("writes %s as json-stable-stringify does", (file) => {
    const value: unknown = JSON.parse(readFileSync(join(GOLDEN_DIR, file), "utf8"));
    expect(stableJson(value)).toBe(reference(value));
  });

  it("keeps the package's quirks: empty lists and maps, undefined, functions, toJSON, odd keys", () => {
    const value = {
      empty: { list: [], map: {} },
      dropped: undefined,
      fn: () => 1,
      list: [undefined, () => 1, null, [], {}, [[]]],
      date: new Date(0),
      custom: { toJSON: () => ({ b: 1, a: [2] }) },
      "10": "integer-like keys sort as strings",
      "2": true,
      "": "empty key",
      __proto__: "kept",
      'ünïcödé \u2028 "quoted"': -0,
      numbers: [1e21, 1.5e-7, Number.NaN, Number.POSITIVE_INFINITY],
    };
    Object.defineProperty(value, "__proto__", { value: "own", enumerable: true });
    expect(stableJson(value)).toBe(reference(value));
    expect(stableJson([])).toBe(reference([]));
    expect(stableJson("text")).toBe(reference("text"));
    expect(stableJson(undefined)).toBe(reference(undefined));
  });

  it("equals json-stable-stringify on arbitrary JSON values", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => stableJson(value) === reference(value)),
      { numRuns: 500 },
    );
  });

  it("refuses a circular structure as the package does", () => {
    const a: Record<string, unknown> = { b: {} };
    (a["b"] as Record<string, unknown>)["a"] = a;
    expect(() => stableJson(a)).toThrow("Converting circular structure to JSON");
    expect(() => reference(a)).toThrow("Converting circular structure to JSON");
  });

  it("is what main.ts writes with: the embedded example matches the golden files byte for byte", () => {
    const outdir = mkdtempSync(join(tmpdir(), "stable-json-main-"));
    try {
      const probe = `require(${JSON.stringify(join(REPO_ROOT, "main.ts"))});
        const { cdktfStableStringifyPath } = require(${JSON.stringify(join(REPO_ROOT, "app", "stable-json.ts"))});
        if (require.cache[cdktfStableStringifyPath()].exports.fast !== true) process.exit(3);`;
      const run = spawnSync(process.execPath, ["--require", require.resolve("tsx/cjs"), "-e", probe], {
        cwd: REPO_ROOT,
        env: { PATH: process.env["PATH"] ?? "", CDKTF_OUTDIR: outdir },
        encoding: "utf8",
      });
      // stderr carries the example's warnings; it is shown only when the run fails.
      expect({ status: run.status, stderr: run.status === 0 ? "" : run.stderr }).toEqual({
        status: 0,
        stderr: "",
      });
      for (const file of goldenFiles) {
        const id = file.replace(/\.json$/, "");
        const written = readFileSync(join(outdir, "stacks", id, "cdk.tf.json"), "utf8");
        expect({ id, same: written === readFileSync(join(GOLDEN_DIR, file), "utf8") }).toEqual({
          id,
          same: true,
        });
      }
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });
});
