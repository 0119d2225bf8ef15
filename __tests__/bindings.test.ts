import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

const root = join(__dirname, "..");

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out;
}

describe(".gen bindings", () => {
  it("are exactly what the committed provider schema generates", () => {
    const tmp = mkdtempSync(join(tmpdir(), "gen-"));
    try {
      execFileSync(process.execPath, [join(root, "scripts/generate-bindings.js"), tmp], { stdio: "pipe" });
      const committed = listFiles(join(root, ".gen"));
      const regenerated = listFiles(tmp);
      expect(regenerated).toEqual(committed);
      const differing = committed.filter(
        (f) => !readFileSync(join(root, ".gen", f)).equals(readFileSync(join(tmp, f))),
      );
      expect(differing).toEqual([]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it("cover every resource and data source of the schema snapshot", () => {
    const schema = JSON.parse(
      readFileSync(join(root, "provider-schemas/spacelift-v1.53.5.json"), "utf8"),
    ) as {
      provider_schemas: Record<string, { resource_schemas: object; data_source_schemas: object }>;
    };
    const provider = Object.values(schema.provider_schemas)[0]!;
    const folders = new Set(readdirSync(join(root, ".gen/providers/spacelift")));
    const toFolder = (t: string): string => t.replace(/^spacelift_/, "").replace(/_/g, "-");
    for (const t of Object.keys(provider.resource_schemas)) {
      const f = toFolder(t);
      expect(folders.has(f) || folders.has(`${f}-resource`)).toBe(true);
    }
    for (const t of Object.keys(provider.data_source_schemas)) {
      expect(folders.has(`data-spacelift-${toFolder(t)}`)).toBe(true);
    }
  });
});
