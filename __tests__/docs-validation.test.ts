import { readFileSync } from "node:fs";
import { join } from "node:path";
import { RED_FLAG_CODES } from "../diff/types";

const ROOT = join(__dirname, "..");
const CATALOGUES = [
  "config-engine/errors.ts",
  "model/errors.ts",
  "model/preview-errors.ts",
  "model/worker-pool-errors.ts",
  "app/errors.ts",
  "affected/errors.ts",
];

describe("docs/validation.md", () => {
  it("lists every guard's code (every catalogue and every diff red flag)", () => {
    const doc = readFileSync(join(ROOT, "docs", "validation.md"), "utf8");
    const codes = new Set<string>(RED_FLAG_CODES);
    for (const file of CATALOGUES) {
      const text = readFileSync(join(ROOT, file), "utf8");
      for (const m of text.matchAll(/^\s*\| "([A-Z][A-Z0-9_]+)"/gm)) codes.add(m[1]!);
    }
    expect(codes.size).toBeGreaterThan(80);
    expect([...codes].filter((c) => !doc.includes(c)).sort()).toEqual([]);
  });
});
