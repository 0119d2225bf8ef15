import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDiagnosticError, type Diagnostic } from "../../config-engine/diagnostics";
import type { PolicyCatalog } from "../../model";
import {
  catalogPackageFor,
  listCatalogPolicies,
  openCatalog,
  readCatalogPolicy,
  unknownCatalogReferences,
  unreferencedCatalogPolicies,
} from "../../policies/catalog";

const dirs: string[] = [];

/** A catalogue folder holding exactly `files`. */
function catalogDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "policies-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const planPolicy = (header: string, pkg = "spacelift.plan_example"): string =>
  `${header}\npackage ${pkg}\n\nwarn contains "x" if {\n\tinput.spacelift.run.type == "TRACKED"\n}\n`;

const validHeader =
  "# Name: PLAN Example\n# Type: PLAN\n# Decides: Warns.\n# Input: PLAN input: spacelift.run.type.";

function diagnosticsOf(action: () => unknown): Diagnostic[] {
  try {
    action();
  } catch (e) {
    if (isDiagnosticError(e)) return [...e.diagnostics];
    throw e;
  }
  throw new Error("expected a DiagnosticError");
}

describe("the shipped catalogue", () => {
  it("holds every policy the catalogue promises, with its Spacelift type", () => {
    expect(listCatalogPolicies().map((p) => [p.name, p.type])).toEqual([
      ["GIT_PUSH Global Administrator", "GIT_PUSH"],
      ["GIT_PUSH Plan Affected", "GIT_PUSH"],
      ["GIT_PUSH Preview Environment", "GIT_PUSH"],
      ["GIT_PUSH Proposed Run", "GIT_PUSH"],
      ["GIT_PUSH Tracked Run", "GIT_PUSH"],
      ["PLAN Default", "PLAN"],
      ["PLAN Protect Resources", "PLAN"],
      ["TRIGGER Global Administrator", "TRIGGER"],
      ["TRIGGER Dependencies", "TRIGGER"],
      ["TRIGGER Preview Environment Manager", "TRIGGER"],
    ]);
  });

  it("marks every policy for the Rego v1 engine", () => {
    expect(new Set(listCatalogPolicies().map((p) => p.engineType))).toEqual(new Set(["REGO_V1"]));
  });

  it("auto-attaches the PR comment trigger to stacks labelled pr-comment-triggered", () => {
    const policy = listCatalogPolicies().find((p) => p.file === "git_push.pr-comment-trigger.rego");
    expect(policy?.defaultLabels).toEqual(["autoattach:pr-comment-triggered"]);
  });

  it("takes the description from the header's Decides field, continuation lines joined", () => {
    const policy = listCatalogPolicies().find((p) => p.file === "plan.default.rego");
    expect(policy?.description).toBe(
      "Warns when the stack's previous run failed, so an autodeploy stack stops for a human to review this plan before it is applied.",
    );
  });

  it("uploads bodies in the package Spacelift evaluates, the rest of the file unchanged", () => {
    const body = readCatalogPolicy("trigger.dependencies.rego");
    expect(body.split("\n").filter((l) => l.startsWith("package "))).toEqual(["package spacelift"]);
    expect(body).toContain('label := concat("", ["depends-on:", input.stack.id])');
    expect(body.startsWith("# Name: TRIGGER Dependencies\n")).toBe(true);
  });
});

describe("listCatalogPolicies", () => {
  it("parses name, type, labels and package from the header", () => {
    const dir = catalogDir({
      "plan.example.rego": planPolicy(`${validHeader}\n# Labels: autoattach:a, team:core`),
      "plan.example_test.rego": "package spacelift.plan_example\n",
      "README.md": "not a policy",
    });
    expect(listCatalogPolicies({ dir })).toEqual([
      {
        file: "plan.example.rego",
        name: "PLAN Example",
        type: "PLAN",
        engineType: "REGO_V1",
        description: "Warns.",
        input: "PLAN input: spacelift.run.type.",
        defaultLabels: ["autoattach:a", "team:core"],
        sourcePackage: "spacelift.plan_example",
      },
    ]);
  });

  it("fails when a required header field is missing", () => {
    const dir = catalogDir({
      "plan.example.rego": planPolicy("# Name: PLAN Example\n# Type: PLAN\n# Decides: Warns."),
    });
    expect(diagnosticsOf(() => listCatalogPolicies({ dir }))).toMatchObject([
      { code: "POLICY_HEADER_MISSING_FIELD", message: "policy header has no '# Input:' field" },
    ]);
  });

  it("fails on an unknown header key and on a stray header line, with their lines", () => {
    const dir = catalogDir({ "plan.example.rego": planPolicy(`${validHeader}\n# Owner: me\n#not a field`) });
    expect(diagnosticsOf(() => listCatalogPolicies({ dir }))).toMatchObject([
      { code: "POLICY_HEADER_INVALID", location: { line: 5 } },
      { code: "POLICY_HEADER_INVALID", location: { line: 6 } },
    ]);
  });

  it("fails on a type Spacelift does not have", () => {
    const dir = catalogDir({
      "plan.example.rego": planPolicy(validHeader.replace("# Type: PLAN", "# Type: TERRAFORM")),
    });
    expect(diagnosticsOf(() => listCatalogPolicies({ dir }))).toMatchObject([
      {
        code: "POLICY_UNKNOWN_TYPE",
        location: { file: expect.stringContaining("plan.example.rego"), line: 2 },
      },
    ]);
  });

  it("fails when the file name or the policy name does not start with the type", () => {
    const dir = catalogDir({
      "trigger.example.rego": planPolicy(
        validHeader.replace("PLAN Example", "Example"),
        "spacelift.trigger_example",
      ),
    });
    expect(diagnosticsOf(() => listCatalogPolicies({ dir })).map((d) => d.code)).toEqual([
      "POLICY_NAME_MISMATCH",
      "POLICY_NAME_MISMATCH",
    ]);
  });

  it("fails when the package is not the one derived from the file name", () => {
    const dir = catalogDir({ "plan.example.rego": planPolicy(validHeader, "spacelift") });
    expect(diagnosticsOf(() => listCatalogPolicies({ dir }))).toMatchObject([
      {
        code: "POLICY_PACKAGE_INVALID",
        message: "policy package is 'spacelift', expected 'spacelift.plan_example'",
      },
    ]);
  });

  it("fails when the header is not followed by the package statement", () => {
    const dir = catalogDir({ "plan.example.rego": `${validHeader}\nwarn contains "x" if {\n\ttrue\n}\n` });
    expect(diagnosticsOf(() => listCatalogPolicies({ dir }))).toMatchObject([
      { code: "POLICY_HEADER_INVALID", location: { line: 5 } },
    ]);
  });

  it("fails when a policy refers to the data document", () => {
    const source = `${validHeader}\npackage spacelift.plan_example\n\n# data.x in a comment is fine\nwarn contains "data.y" if {\n\tdata.spacelift.plan_example.ready\n}\n`;
    const dir = catalogDir({ "plan.example.rego": source });
    expect(diagnosticsOf(() => listCatalogPolicies({ dir }))).toMatchObject([
      { code: "POLICY_DATA_REFERENCE", location: { line: 9, col: 2 } },
    ]);
  });

  it("fails on a file name that is not <type>.<name>.rego", () => {
    const dir = catalogDir({ "Plan_Example.rego": planPolicy(validHeader) });
    expect(diagnosticsOf(() => listCatalogPolicies({ dir }))).toMatchObject([
      { code: "POLICY_FILE_NAME_INVALID" },
    ]);
  });

  it("fails when two policies share a name, whatever its case", () => {
    const dir = catalogDir({
      "plan.example.rego": planPolicy(validHeader),
      "plan.other.rego": planPolicy(
        validHeader.replace("PLAN Example", "PLAN example"),
        "spacelift.plan_other",
      ),
    });
    expect(diagnosticsOf(() => listCatalogPolicies({ dir }))).toMatchObject([
      {
        code: "POLICY_DUPLICATE_NAME",
        message: "policy name 'PLAN example' is also used by plan.example.rego",
      },
    ]);
  });

  it("reports the problems of every file at once", () => {
    const dir = catalogDir({
      "plan.a.rego": planPolicy(validHeader.replace("PLAN Example", "PLAN A"), "spacelift.wrong"),
      "plan.b.rego": planPolicy("# Name: PLAN B\n# Type: PLAN\n# Decides: x.", "spacelift.plan_b"),
    });
    expect(diagnosticsOf(() => listCatalogPolicies({ dir })).map((d) => d.code)).toEqual([
      "POLICY_PACKAGE_INVALID",
      "POLICY_HEADER_MISSING_FIELD",
    ]);
  });
});

describe("readCatalogPolicy", () => {
  it("replaces only the package statement", () => {
    const source = planPolicy(validHeader);
    const dir = catalogDir({ "plan.example.rego": source });
    expect(readCatalogPolicy("plan.example.rego", { dir })).toBe(
      source.replace("package spacelift.plan_example", "package spacelift"),
    );
  });

  it("fails for a file that is not a catalogue policy", () => {
    const dir = catalogDir({ "plan.example.rego": planPolicy(validHeader) });
    expect(diagnosticsOf(() => readCatalogPolicy("../plan.example.rego", { dir }))).toMatchObject([
      { code: "POLICY_NOT_FOUND", hint: "use one of plan.example.rego" },
    ]);
  });

  it("fails for a test file", () => {
    const dir = catalogDir({ "plan.example.rego": planPolicy(validHeader), "plan.example_test.rego": "" });
    expect(diagnosticsOf(() => readCatalogPolicy("plan.example_test.rego", { dir }))).toMatchObject([
      { code: "POLICY_NOT_FOUND" },
    ]);
  });
});

describe("openCatalog", () => {
  it("serves the model's policy catalogue: Spacelift body, type and engine of a file", () => {
    const catalog: PolicyCatalog = openCatalog();
    expect(catalog.read("plan.default.rego")).toMatchObject({
      type: "PLAN",
      engineType: "REGO_V1",
      body: readCatalogPolicy("plan.default.rego"),
    });
    expect(catalog.files()).toEqual(listCatalogPolicies().map((p) => p.file));
  });

  it("has no entry for a file outside the catalogue", () => {
    expect(openCatalog().read("plan.unknown.rego")).toBeUndefined();
  });

  it("fails at once when the catalogue is invalid", () => {
    const dir = catalogDir({ "plan.example.rego": planPolicy("# Name: PLAN Example") });
    expect(diagnosticsOf(() => openCatalog({ dir })).map((d) => d.code)).toContain(
      "POLICY_HEADER_MISSING_FIELD",
    );
  });
});

describe("references to the catalogue", () => {
  it("lists the policies no configuration refers to by name", () => {
    const names = unreferencedCatalogPolicies(["PLAN Default", "TRIGGER Dependencies", "PLAN Unknown"]).map(
      (p) => p.name,
    );
    expect(names).toHaveLength(listCatalogPolicies().length - 2);
    expect(names).not.toContain("PLAN Default");
    expect(names).toContain("PLAN Protect Resources");
  });

  it("treats names case-sensitively, as Spacelift attachments do", () => {
    expect(unreferencedCatalogPolicies(["plan default"]).map((p) => p.name)).toContain("PLAN Default");
  });

  it("lists references that name no catalogue policy by name or by file", () => {
    expect(
      unknownCatalogReferences([
        "PLAN Default",
        "plan.protect-resources.rego",
        "TRIGGER Global administrator",
      ]),
    ).toEqual(["TRIGGER Global administrator"]);
  });
});

describe("catalogPackageFor", () => {
  it("derives the package from the file name", () => {
    expect(catalogPackageFor("trigger.preview-environment-manager.rego")).toBe(
      "spacelift.trigger_preview_environment_manager",
    );
  });
});
