/**
 * A structural checker for the catalogue's Rego files. No OPA binary is available to the test
 * suite, so this catches what can be caught without one: v0-only syntax, unbalanced brackets,
 * built-ins that Rego v1 removed or Spacelift disables, decision rules of the wrong shape, and
 * test files that leave a rule without a positive or a negative case.
 */
import { lineAndColumn, maskRegoSource } from "../../policies/rego-source";

/** How a top-level rule is written, which decides what its tests must show. */
export type RuleKind = "boolean" | "set" | "function" | "value";

/** One top-level rule definition (a rule with several bodies has one entry per body). */
export interface RuleDefinition {
  readonly name: string;
  readonly kind: RuleKind;
  /** 1-based line of the rule head. */
  readonly line: number;
}

/** A problem found by the checker, with its 1-based line. */
export interface StructureProblem {
  readonly line: number;
  readonly message: string;
}

const IDENT = "[a-z_][a-z0-9_]*";
const HEAD_PATTERNS: readonly [RegExp, RuleKind][] = [
  [new RegExp(`^(${IDENT})\\s+contains\\s+\\S.*\\sif\\b`), "set"],
  [new RegExp(`^(${IDENT})\\([^)]*\\)\\s+if\\b`), "function"],
  [new RegExp(`^(${IDENT})\\([^)]*\\)\\s*:=`), "value"],
  [new RegExp(`^(${IDENT})\\s+if\\b`), "boolean"],
  [new RegExp(`^(${IDENT})\\s*:=`), "value"],
];

/** Built-ins removed by Rego v1 or disabled by Spacelift: a policy using one fails to load there. */
const FORBIDDEN_CALLS: readonly [RegExp, string][] = [
  [
    /(?<![\w.])(any|all|re_match|set_diff|cast_array|cast_set|cast_string|cast_boolean|cast_null|cast_object)\s*\(/,
    "is removed in Rego v1",
  ],
  [/(?<![\w.])net\.cidr_overlap\s*\(/, "is removed in Rego v1"],
  [
    /(?<![\w.])(http\.send|opa\.runtime|rego\.parse_module|time\.now_ns|trace)\s*\(/,
    "is disabled by Spacelift",
  ],
];

/** Names Spacelift already defines in plan policies (input aliases); a rule with one would clash. */
const SPACELIFT_ALIASES = new Set([
  "affected_resources",
  "created_resources",
  "deleted_resources",
  "recreated_resources",
  "updated_resources",
]);

/** Decision rules Spacelift reads, per policy type, with the shape each must have. */
export const DECISION_RULES: Readonly<Record<string, Readonly<Record<string, RuleKind>>>> = {
  GIT_PUSH: {
    track: "boolean",
    propose: "boolean",
    ignore: "boolean",
    ignore_track: "boolean",
    notrigger: "boolean",
    notify: "boolean",
    cancel: "set",
    message: "set",
    flag: "set",
    sample: "boolean",
  },
  PLAN: { deny: "set", warn: "set", flag: "set", sample: "boolean" },
  TRIGGER: { trigger: "set", flag: "set", sample: "boolean" },
};

/** Top-level rule definitions of a masked source (see `maskRegoSource`), plus unrecognised statements. */
export function findRuleDefinitions(masked: string): {
  rules: RuleDefinition[];
  problems: StructureProblem[];
} {
  const rules: RuleDefinition[] = [];
  const problems: StructureProblem[] = [];
  masked.split("\n").forEach((text, index) => {
    const line = index + 1;
    if (text.trim() === "" || /^\s/.test(text) || /^[}\])]/.test(text)) return;
    if (/^(package|import)\s/.test(text)) return;
    for (const [pattern, kind] of HEAD_PATTERNS) {
      const match = pattern.exec(text);
      if (match) {
        rules.push({ name: match[1]!, kind, line });
        return;
      }
    }
    problems.push({
      line,
      message: `'${text.trim()}' is not a Rego v1 rule head ('name if {', 'name contains x if {', 'name(args) if {', 'name := value')`,
    });
  });
  return { rules, problems };
}

/** The first unbalanced `(`, `[` or `{` (or stray closer) of a masked source, if any. */
export function findUnbalancedBracket(masked: string): StructureProblem | undefined {
  const pairs: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
  const stack: { ch: string; offset: number }[] = [];
  for (let offset = 0; offset < masked.length; offset++) {
    const ch = masked[offset]!;
    if (ch === "(" || ch === "[" || ch === "{") stack.push({ ch, offset });
    else if (ch in pairs) {
      const open = stack.pop();
      if (!open || open.ch !== pairs[ch]) {
        return {
          line: lineAndColumn(masked, offset).line,
          message: `'${ch}' does not close an open '${pairs[ch]}'`,
        };
      }
    }
  }
  const open = stack.pop();
  return open
    ? { line: lineAndColumn(masked, open.offset).line, message: `'${open.ch}' is never closed` }
    : undefined;
}

/** Problems of a catalogue policy's source that would break it in Spacelift's Rego v1 engine. */
export function checkPolicySource(source: string, type: string): StructureProblem[] {
  const masked = maskRegoSource(source);
  const { rules, problems } = findRuleDefinitions(masked);
  const unbalanced = findUnbalancedBracket(masked);
  if (unbalanced) problems.push(unbalanced);
  masked.split("\n").forEach((text, index) => {
    if (/^import\s/.test(text))
      problems.push({
        line: index + 1,
        message: "imports are not needed (nor supported by Spacelift) in Rego v1 policies",
      });
    for (const [pattern, why] of FORBIDDEN_CALLS) {
      const match = pattern.exec(text);
      if (match) problems.push({ line: index + 1, message: `${match[0].replace(/\s*\($/, "")} ${why}` });
    }
  });
  const decisions = DECISION_RULES[type] ?? {};
  for (const rule of rules) {
    if (SPACELIFT_ALIASES.has(rule.name)) {
      problems.push({
        line: rule.line,
        message: `rule '${rule.name}' clashes with the Spacelift input alias of that name`,
      });
    }
    const expected = decisions[rule.name];
    if (expected && expected !== rule.kind) {
      problems.push({
        line: rule.line,
        message: `decision rule '${rule.name}' must be a ${expected} rule for ${type} policies, found ${rule.kind}`,
      });
    }
  }
  if (!rules.some((r) => r.name in decisions && r.name !== "sample" && r.name !== "flag")) {
    problems.push({
      line: 1,
      message: `no ${type} decision rule (${Object.keys(decisions).join(", ")}) is defined`,
    });
  }
  return problems;
}

/** One `test_…` rule of a test file and its body (masked). */
export interface TestCase {
  readonly name: string;
  readonly line: number;
  readonly body: string;
}

/** The `test_…` rules of a masked test source, with their bodies. */
export function findTestCases(masked: string): TestCase[] {
  const cases: TestCase[] = [];
  const head = /^(test_[a-z0-9_]*)\s+if\s*\{/gm;
  for (let match = head.exec(masked); match; match = head.exec(masked)) {
    let depth = 0;
    let end = match.index + match[0].length - 1;
    for (; end < masked.length; end++) {
      if (masked[end] === "{") depth++;
      else if (masked[end] === "}" && --depth === 0) break;
    }
    cases.push({
      name: match[1]!,
      line: lineAndColumn(masked, match.index).line,
      body: masked.slice(match.index + match[0].length, end),
    });
  }
  return cases;
}

/** Whether a body line that mentions `name` asserts that the rule does not hold. */
function isNegativeAssertion(text: string, name: string): boolean {
  return (
    /^\s*not\s/.test(text) ||
    new RegExp(`count\\(\\s*${name}\\s*\\)\\s*==\\s*0`).test(text) ||
    new RegExp(`(?<![\\w.])${name}\\s*==\\s*set\\(\\)`).test(text)
  );
}

/** How the cases of a test file exercise one policy rule. */
export interface RuleCoverage {
  readonly positive: number;
  readonly negative: number;
  readonly references: number;
}

/** Counts, per rule name, the test cases asserting it holds, asserting it does not, or using it at all. */
export function coverageOf(cases: readonly TestCase[], names: Iterable<string>): Map<string, RuleCoverage> {
  const coverage = new Map<string, RuleCoverage>();
  for (const name of names) {
    const mention = new RegExp(`(?<![\\w.])${name}(?![\\w])`);
    let positive = 0;
    let negative = 0;
    let references = 0;
    for (const testCase of cases) {
      const lines = testCase.body.split("\n").filter((l) => mention.test(l));
      if (lines.length === 0) continue;
      references++;
      if (lines.some((l) => isNegativeAssertion(l, name))) negative++;
      if (lines.some((l) => !isNegativeAssertion(l, name))) positive++;
    }
    coverage.set(name, { positive, negative, references });
  }
  return coverage;
}

/**
 * Problems of a policy's test file: wrong package, duplicate or empty tests, helpers that redefine
 * a policy rule, and policy rules without the cases their kind needs (every boolean, set and
 * boolean-function rule: at least one positive case per definition and one negative case; every
 * value rule: at least one reference).
 */
export function checkTestSource(policySource: string, testSource: string): StructureProblem[] {
  const policyMasked = maskRegoSource(policySource);
  const testMasked = maskRegoSource(testSource);
  const problems: StructureProblem[] = [];
  const policyPackage = /^package\s+(\S+)/m.exec(policySource)?.[1];
  const testPackage = /^package\s+(\S+)/m.exec(testSource)?.[1];
  if (!testPackage || testPackage !== policyPackage) {
    problems.push({
      line: 1,
      message: `test package '${testPackage ?? "(none)"}' differs from the policy package '${policyPackage ?? "(none)"}'`,
    });
  }
  const unbalanced = findUnbalancedBracket(testMasked);
  if (unbalanced) problems.push(unbalanced);

  const policyRules = findRuleDefinitions(policyMasked).rules;
  const policyNames = new Set(policyRules.map((r) => r.name));
  const testDefinitions = findRuleDefinitions(testMasked);
  problems.push(...testDefinitions.problems);
  const seen = new Set<string>();
  for (const rule of testDefinitions.rules) {
    if (policyNames.has(rule.name)) {
      problems.push({ line: rule.line, message: `test file redefines the policy rule '${rule.name}'` });
    }
    if (rule.name.startsWith("test_")) {
      if (seen.has(rule.name))
        problems.push({
          line: rule.line,
          message: `test '${rule.name}' is defined twice: OPA would merge the two bodies`,
        });
      seen.add(rule.name);
    }
  }

  const cases = findTestCases(testMasked);
  if (!/\bwith\s+input\s+as\b/.test(testMasked))
    problems.push({ line: 1, message: "no test mocks the input ('with input as')" });
  const coverage = coverageOf(cases, policyNames);
  for (const testCase of cases) {
    if (![...policyNames].some((n) => new RegExp(`(?<![\\w.])${n}(?![\\w])`).test(testCase.body))) {
      problems.push({ line: testCase.line, message: `test '${testCase.name}' uses no rule of the policy` });
    }
  }
  for (const name of [...policyNames].sort()) {
    const definitions = policyRules.filter((r) => r.name === name);
    const kind = definitions[0]!.kind;
    const { positive, negative, references } = coverage.get(name)!;
    const line = definitions[0]!.line;
    if (kind === "value") {
      if (references === 0) problems.push({ line, message: `no test uses '${name}'` });
      continue;
    }
    if (positive < definitions.length) {
      problems.push({
        line,
        message: `'${name}' has ${definitions.length} definition(s) but ${positive} positive test case(s)`,
      });
    }
    if (negative === 0) problems.push({ line, message: `'${name}' has no negative test case` });
  }
  return problems;
}
