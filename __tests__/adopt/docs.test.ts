import { readFileSync } from "node:fs";
import { join } from "node:path";
import { adoptableTypes } from "../../adopt/identity";

describe("docs/adoption.md", () => {
  it("lists the import id format of every resource type adoption matches", () => {
    const doc = readFileSync(join(__dirname, "..", "..", "docs", "adoption.md"), "utf8");
    const table = doc.split("\n").filter((l) => l.startsWith("| `"));
    const documented = new Set(
      table.flatMap((l) => [...l.split("|")[1]!.matchAll(/`([a-z0-9_]+)`/g)].map((m) => m[1]!)),
    );
    expect(adoptableTypes().filter((t) => !documented.has(t))).toEqual([]);
  });
});
