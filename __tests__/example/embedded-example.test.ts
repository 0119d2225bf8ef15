import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isMap, isSeq, parseDocument, type Node } from "yaml";
import { expectValidAgainstSchemas, validateSynthesized } from "../helpers/schema";
import { REPO_ROOT, synthesize } from "./synth-example";

const GOLDEN_DIR = join(__dirname, "..", "golden", "embedded-example");

describe("the embedded stacks-config example", () => {
  const output = synthesize();

  it("synthesizes one stack per app-implemented component, named by its Spacelift id", () => {
    expect(Object.keys(output)).toEqual([
      "core-gbl-spacelift-admin-stack",
      "core-ue1-auto-spacelift-worker-pool",
      "core-ue1-root-tfstate-backend",
      "plat-gbl-spacelift-admin-stack",
      "plat-gbl-spacelift-preview-environments",
      "root-gbl-spacelift-admin-stack",
      "root-gbl-spacelift-spaces",
    ]);
  });

  it.each(Object.keys(output))("%s passes the provider schema validator", (id) => {
    expectValidAgainstSchemas(output[id]!);
  });

  it("never sets the deprecated administrative flag", () => {
    for (const text of Object.values(output)) {
      const resources =
        (JSON.parse(text) as { resource?: Record<string, Record<string, object>> }).resource ?? {};
      for (const stack of Object.values(resources["spacelift_stack"] ?? {}))
        expect(stack).not.toHaveProperty("administrative");
    }
  });

  it("puts no literal into a sensitive attribute except YAML-derived env vars and tfvars", () => {
    for (const [id, text] of Object.entries(output)) {
      const { warnings } = validateSynthesized(text);
      const sensitive = warnings.filter((w) => w.code === "SENSITIVE_LITERAL").map((w) => w.path);
      const unexpected = sensitive.filter(
        (p) =>
          !/^resource\.spacelift_(environment_variable\.[^.]+\.value|mounted_file\.[^.]+\.content)$/.test(p),
      );
      expect({ id, unexpected }).toEqual({ id, unexpected: [] });
      expect(text).not.toMatch(/BEGIN [A-Z ]*PRIVATE KEY/);
    }
  });

  it("is byte-identical on a second synth", () => {
    expect(synthesize()).toEqual(output);
  });

  it("matches the reviewed golden files (UPDATE_GOLDEN=1 rewrites them)", () => {
    if (process.env["UPDATE_GOLDEN"] === "1") {
      for (const [id, text] of Object.entries(output)) writeFileSync(join(GOLDEN_DIR, `${id}.json`), text);
    }
    const golden = Object.fromEntries(
      readdirSync(GOLDEN_DIR)
        .filter((f) => f.endsWith(".json"))
        .sort()
        .map((f) => [f.replace(/\.json$/, ""), readFileSync(join(GOLDEN_DIR, f), "utf8")]),
    );
    expect(output).toEqual(golden);
  });

  it("does not change when YAML keys and set-like lists are reordered", () => {
    const copy = mkdtempSync(join(tmpdir(), "reordered-"));
    cpSync(join(REPO_ROOT, "stacks-config"), join(copy, "stacks-config"), { recursive: true });
    for (const file of yamlFiles(join(copy, "stacks-config", "stacks"))) {
      const doc = parseDocument(readFileSync(file, "utf8"));
      reverse(doc.contents, []);
      writeFileSync(file, doc.toString());
    }
    expect(synthesize(copy)).toEqual(output);
  });
});

/** Lists whose order carries no meaning (Spacelift or Cloud Posse treat them as sets). */
const SET_LISTS = new Set([
  "labels",
  "child_policy_attachments",
  "root_stack_policy_attachments",
  "tenants",
  "allowed_principal_arns",
  "worker_role_arns",
]);

function reverse(node: Node | null, path: string[]): void {
  if (isMap(node)) {
    // import order is merge order, so the top-level `import` list keeps its order.
    node.items.reverse();
    for (const pair of node.items)
      reverse(pair.value as Node | null, [...path, String((pair.key as { value?: unknown }).value)]);
  } else if (isSeq(node)) {
    if (SET_LISTS.has(path[path.length - 1] ?? "")) node.items.reverse();
    for (const item of node.items) reverse(item as Node, path);
  }
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? yamlFiles(p) : p.endsWith(".yaml") ? [p] : [];
  });
}
