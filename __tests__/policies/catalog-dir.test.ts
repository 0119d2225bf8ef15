/**
 * Which catalogue a config reads: the `policies/` folder of this app's project inside the
 * repository (so each side of a diff reads its own), never a folder of another package.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { catalogDirIn } from "../../policies/catalog-dir";

describe("catalogDirIn", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "catalog-dir-"));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const project = (dir: string, name: string | undefined, withPolicies: boolean): void => {
    mkdirSync(join(root, dir), { recursive: true });
    if (name !== undefined) writeFileSync(join(root, dir, "package.json"), JSON.stringify({ name }));
    if (withPolicies) mkdirSync(join(root, dir, "policies"));
  };

  it("is <repository>/<project_root>/policies when the project root holds this app", () => {
    project("tools/spacelift", "spacelift-atmos", true);
    expect(catalogDirIn(root, "tools/spacelift")).toBe(join(root, "tools/spacelift/policies"));
  });

  it("is the repository's policies/ with the default project root", () => {
    project("", "spacelift-atmos", true);
    expect(catalogDirIn(root, "")).toBe(join(root, "policies"));
  });

  it.each([
    ["no package.json", undefined, true],
    ["another package", "infrastructure", true],
    ["no policies folder", "spacelift-atmos", false],
  ])("is undefined with %s (the code's own catalogue is used)", (_, name, withPolicies) => {
    project("", name, withPolicies);
    expect(catalogDirIn(root, "")).toBeUndefined();
  });

  it("is undefined when package.json is not JSON", () => {
    project("", undefined, true);
    writeFileSync(join(root, "package.json"), "{");
    expect(catalogDirIn(root, "")).toBeUndefined();
  });
});
