import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { listCatalogPolicies } from "../../policies/catalog";
import { maskRegoSource } from "../../policies/rego-source";
import {
  checkPolicySource,
  checkTestSource,
  findRuleDefinitions,
  findUnbalancedBracket,
} from "./rego-structure";

const dir = join(__dirname, "../../policies");
const read = (file: string): string => readFileSync(join(dir, file), "utf8");
const testFileOf = (file: string): string => file.replace(/\.rego$/, "_test.rego");
const policies = listCatalogPolicies();

describe("catalogue folder", () => {
  it("pairs every policy with a test file and every test file with a policy", () => {
    const files = readdirSync(dir).filter((f) => f.endsWith(".rego"));
    const tests = files.filter((f) => f.endsWith("_test.rego")).sort();
    expect(tests).toEqual(policies.map((p) => testFileOf(p.file)).sort());
  });

  it("holds no JSON or YAML file, which 'opa test policies/' would load as data", () => {
    expect(readdirSync(dir).filter((f) => /\.(json|ya?ml)$/.test(f))).toEqual([]);
  });

  it("gives every policy its own package, so 'opa test policies/' loads them together", () => {
    const packages = policies.map((p) => p.sourcePackage);
    expect(new Set(packages).size).toBe(packages.length);
  });

  it("documents every policy, by file and name, in the README", () => {
    const readme = read("README.md");
    const missing = policies.filter(
      (p) => !readme.includes(`| \`${p.file}\``) || !readme.includes(` ${p.name} `),
    );
    expect(missing.map((p) => p.file)).toEqual([]);
  });

  it("keeps the 'touches the stack' rules of Proposed Run and Tracked Run identical", () => {
    const section = (file: string): string => {
      const source = read(file);
      return source.slice(source.indexOf("stack_affected if {"));
    };
    expect(section("git_push.tracked-run.rego")).toBe(section("git_push.proposed-run.rego"));
  });
});

describe.each(policies.map((p) => [p.file, p.type] as const))("%s", (file, type) => {
  it("uses only Rego v1 syntax, balanced brackets and built-ins Spacelift allows", () => {
    expect(checkPolicySource(read(file), type)).toEqual([]);
  });

  it("has a positive and a negative test case for every rule", () => {
    expect(checkTestSource(read(file), read(testFileOf(file)))).toEqual([]);
  });
});

describe("structure checker", () => {
  const policy = (body: string): string => `# Name: PLAN X\npackage spacelift.plan_x\n\n${body}\n`;

  it("fails on v0 rule heads", () => {
    const problems = checkPolicySource(policy('deny[msg] {\n\tmsg := "x"\n}'), "PLAN");
    expect(problems.map((p) => p.line)).toContain(4);
  });

  it("fails on a decision rule of the wrong shape", () => {
    const problems = checkPolicySource(policy("deny if {\n\ttrue\n}"), "PLAN");
    expect(problems.map((p) => p.message)).toContain(
      "decision rule 'deny' must be a set rule for PLAN policies, found boolean",
    );
  });

  it("fails when no decision rule is defined", () => {
    expect(checkPolicySource(policy("helper if {\n\ttrue\n}"), "TRIGGER")).toHaveLength(1);
  });

  it("fails on imports and on built-ins that Rego v1 removed or Spacelift disables", () => {
    const source = policy('import rego.v1\n\nwarn contains "x" if {\n\tany([true])\n\ttime.now_ns() > 0\n}');
    expect(checkPolicySource(source, "PLAN").map((p) => p.line)).toEqual([4, 7, 8]);
  });

  it("fails on a rule named like a Spacelift input alias", () => {
    const source = policy(
      'deleted_resources contains r if {\n\tsome r in input.x\n}\n\nwarn contains "x" if {\n\ttrue\n}',
    );
    expect(checkPolicySource(source, "PLAN")).toHaveLength(1);
  });

  it("reports the line of an unclosed bracket and ignores brackets inside strings and comments", () => {
    expect(findUnbalancedBracket(maskRegoSource('a := {"}": 1} # }\nb := [1, 2\n'))).toEqual({
      line: 2,
      message: "'[' is never closed",
    });
  });

  it("classifies rule heads by kind", () => {
    const source =
      "a if {\n}\nb contains x if {\n}\nc(x) if {\n}\nd(x) := y if {\n}\ne := 1\nf := 1 if {\n} else := 2\n";
    expect(findRuleDefinitions(maskRegoSource(source)).rules.map((r) => `${r.name}:${r.kind}`)).toEqual([
      "a:boolean",
      "b:set",
      "c:function",
      "d:value",
      "e:value",
      "f:value",
    ]);
  });

  const boolPolicy = policy(
    "trigger contains s if {\n\tsome s in input.s\n}\n\nready if {\n\tinput.r\n}\n\nready if {\n\tinput.q\n}",
  );

  it("fails when a rule has no negative case", () => {
    const tests =
      "package spacelift.plan_x\n\ntest_a if {\n\ttrigger == {1} with input as {}\n\tready with input as {}\n}\n\ntest_b if {\n\tready with input as {}\n}\n";
    expect(checkTestSource(boolPolicy, tests).map((p) => p.message)).toEqual([
      "'ready' has no negative test case",
      "'trigger' has no negative test case",
    ]);
  });

  it("fails when a rule has fewer positive cases than definitions", () => {
    const tests =
      "package spacelift.plan_x\n\ntest_a if {\n\ttrigger == {1} with input as {}\n\tready with input as {}\n}\n\ntest_b if {\n\tcount(trigger) == 0 with input as {}\n\tnot ready with input as {}\n}\n";
    expect(checkTestSource(boolPolicy, tests).map((p) => p.message)).toEqual([
      "'ready' has 2 definition(s) but 1 positive test case(s)",
    ]);
  });

  it("fails on duplicate tests, redefined policy rules and a foreign package", () => {
    const tests =
      "package spacelift.other\n\nready if {\n\ttrue\n}\n\ntest_a if {\n\ttrigger == set() with input as {}\n}\n\ntest_a if {\n\ttrigger == {1} with input as {}\n}\n";
    expect(checkTestSource(boolPolicy, tests).map((p) => p.line)).toEqual(expect.arrayContaining([1, 3, 11]));
  });
});
