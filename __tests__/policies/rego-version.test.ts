/**
 * The Rego dialect of a policy body from its syntax (model/rego-version.ts): a table of v0 and v1
 * snippets in the style of OPA's v0→v1 upgrade docs, plus keywords hidden in comments and strings.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyseRego, regoEngineOf, type RegoEngine } from "../../model/rego-version";
import { listCatalogPolicies } from "../../policies/catalog";

const cases: [string, string, RegoEngine | "both" | "mixed"][] = [
  ["v1 rule with if", "package p\n\nallow if {\n  input.x == 1\n}\n", "REGO_V1"],
  ["v1 multi-value rule with contains", 'package p\n\ndeny contains msg if {\n  msg := "no"\n}\n', "REGO_V1"],
  ["v1 one-line if", "package p\n\nallow if input.admin\n", "REGO_V1"],
  ["v1 with import rego.v1 and no keyword", "package p\nimport rego.v1\n\nx := 1\n", "REGO_V1"],
  ["v1 every", "package p\n\nok if every x in input.xs { x > 0 }\n", "REGO_V1"],
  ["v1 function with if", "package p\n\nf(x) := y if {\n  y := x + 1\n}\n", "REGO_V1"],
  ["v1 else with if", "package p\n\nv := 1 if {\n  input.a\n} else := 2\n", "REGO_V1"],
  ["v0 boolean rule", "package p\n\nallow {\n  input.x == 1\n}\n", "REGO_V0"],
  ["v0 partial set", 'package p\n\ndeny[msg] {\n  msg := "no"\n}\n', "REGO_V0"],
  ["v0 partial object", "package p\n\nm[k] = v {\n  some k\n  v := input[k]\n}\n", "REGO_V0"],
  ["v0 value rule with body", "package p\n\nlevel = 2 {\n  input.high\n}\n", "REGO_V0"],
  ["v0 function", "package p\n\nf(x) = y {\n  y := x\n}\n", "REGO_V0"],
  ["v0 else", "package p\n\nv = 1 {\n  input.a\n} else = 2 {\n  true\n}\n", "REGO_V0"],
  [
    "v0 with future.keywords uses if: both parse",
    "package p\nimport future.keywords\n\nallow if {\n  input.x\n}\n",
    "both",
  ],
  [
    "v0 with future.keywords.if uses if",
    "package p\nimport future.keywords.if\n\nallow if input.x\n",
    "both",
  ],
  [
    "future.keywords.if does not import contains",
    'package p\nimport future.keywords.if\n\ndeny contains "x" if input.y\n',
    "REGO_V1",
  ],
  ["no rule bodies at all: both", 'package p\n\ndefault allow := false\nx := {"a": 1}\n', "both"],
  [
    "top-level set and comprehension are values",
    "package p\n\ns := {1, 2}\nt = {x | some x in s}\n",
    "REGO_V1",
  ],
  [
    "keyword in a comment does not count",
    "package p\n\n# allow if { … } is v1\nallow {\n  true\n}\n",
    "REGO_V0",
  ],
  ["keyword in a string does not count", 'package p\n\nmsg = "deny contains x if" {\n  true\n}\n', "REGO_V0"],
  ["keyword in a raw string does not count", "package p\n\nmsg = `if\ncontains` {\n  true\n}\n", "REGO_V0"],
  ["brace in a string does not count", 'package p\n\nallow if {\n  x := "a {"\n  x != "}"\n}\n', "REGO_V1"],
  [
    "the contains() built-in is not the keyword",
    'package p\n\nallow {\n  contains(input.branch, "feature/")\n}\n',
    "REGO_V0",
  ],
  ["a ref named like a keyword is not a keyword", "package p\n\nallow {\n  input.contains\n}\n", "REGO_V0"],
  [
    "v1 body with a v0 rule: neither parser",
    "package p\n\nallow if input.a\n\ndeny[x] {\n  x := 1\n}\n",
    "mixed",
  ],
  [
    "import rego.v1 with a v0 body: neither parser",
    "package p\nimport rego.v1\n\nallow {\n  true\n}\n",
    "mixed",
  ],
];

describe("Rego dialect of a policy body", () => {
  it.each(cases)("%s", (_name, body, expected) => {
    const a = analyseRego(body);
    const got = a.mixed ? "mixed" : (a.requires ?? "both");
    expect(got).toBe(expected);
  });

  it("names the line of the first evidence", () => {
    expect(analyseRego("package p\n\n\nallow {\n  true\n}\n").evidence).toEqual([
      { engine: "REGO_V0", line: 4, what: "a rule body without 'if'" },
    ]);
  });

  it("an explicit engine wins; a body both accept keeps Cloud Posse's REGO_V0", () => {
    expect([
      regoEngineOf("package p\nallow if true\n", "REGO_V0"),
      regoEngineOf("package p\nallow if true\n", undefined),
      regoEngineOf("package p\ndefault allow := false\n", undefined),
    ]).toEqual(["REGO_V0", "REGO_V1", "REGO_V0"]);
  });

  it("every catalogue policy reads as Rego v1, as its header declares", () => {
    const dir = join(__dirname, "..", "..", "policies");
    const found = listCatalogPolicies({ dir }).map((p) => ({
      file: p.file,
      requires: analyseRego(readFileSync(join(dir, p.file), "utf8")).requires,
    }));
    expect(found.filter((f) => f.requires !== "REGO_V1")).toEqual([]);
    expect(found.length).toBeGreaterThan(5);
  });
});
