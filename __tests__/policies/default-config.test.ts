/** The embedded example uses the whole catalogue, and every catalogue reference in it exists. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadModel } from "../../app/load";
import {
  listCatalogPolicies,
  SPACELIFT_POLICY_TYPES,
  unknownCatalogReferences,
} from "../../policies/catalog";
import { REPO_ROOT } from "../example/synth-example";

describe("the policy catalogue and the embedded config", () => {
  const model = loadModel({ cwd: REPO_ROOT, env: {} });
  const fromCatalogue = model.policies
    .filter((p) => p.body.kind === "file" && p.body.path.startsWith("policies/"))
    .map((p) => (p.body.kind === "file" ? p.body.path.replace(/^policies\//, "") : ""));

  it("references every catalogue policy", () => {
    const referenced = new Set(fromCatalogue);
    expect(
      listCatalogPolicies()
        .map((p) => p.file)
        .filter((f) => !referenced.has(f)),
    ).toEqual([]);
  });

  it("references only catalogue files that exist", () => {
    expect(unknownCatalogReferences(fromCatalogue)).toEqual([]);
  });

  it("attaches only policies that are declared", () => {
    const declared = new Set(model.policies.map((p) => p.name));
    for (const stack of model.stacks)
      for (const name of stack.policyNames) expect(declared.has(name)).toBe(true);
  });

  it("names in README.md only policies the embedded config creates", () => {
    // A policy name is its type followed by capitalised words: "GIT_PUSH Plan Affected".
    const pattern = new RegExp(`\\b(?:${SPACELIFT_POLICY_TYPES.join("|")})(?: [A-Z][A-Za-z]*)+`, "g");
    const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
    const mentioned = [...new Set(readme.match(pattern) ?? [])].sort();
    expect(mentioned).toContain("GIT_PUSH Plan Affected");
    const created = new Set(model.policies.map((p) => p.name));
    expect(mentioned.filter((name) => !created.has(name))).toEqual([]);
  });
});
