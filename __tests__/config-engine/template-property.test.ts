/**
 * Property: any template, well-formed or not, over any data either renders or fails with a
 * catalogued diagnostic (TEMPLATE_ERROR / UNSUPPORTED_TEMPLATE) at a line and column of the
 * template, never with a crash.
 */
import fc from "fast-check";
import { isDiagnosticError } from "../../config-engine/diagnostics";
import { TemplateEvalError, UnsupportedTemplateError } from "../../config-engine/template/ast";
import type { GoValue } from "../../config-engine/template/contract";
import { renderTemplate } from "../../config-engine/template/evaluate";
import { renderOrFail } from "../../config-engine/template-errors";

const FIELDS = ["a", "b", "list", "m", "n", "s", "nul", "missing"];
const FUNCS = [
  "print",
  "printf",
  "len",
  "index",
  "slice",
  "eq",
  "ne",
  "lt",
  "and",
  "or",
  "not",
  "html",
  "js",
];
const FUNCS_ALL = [
  ...FUNCS,
  "urlquery",
  "call",
  "println",
  "le",
  "gt",
  "ge",
  "upper",
  "nosuch",
  "collectKeys",
];

const operand: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...FIELDS).map((f) => `.${f}`),
  fc.tuple(fc.constantFrom(...FIELDS), fc.constantFrom(...FIELDS)).map(([a, b]) => `.${a}.${b}`),
  fc.constantFrom(
    ".",
    "$",
    "$x",
    "$.a",
    "nil",
    "true",
    "false",
    "1",
    "-2",
    "1.5",
    "0x1F",
    "'c'",
    "1e3",
    "2i",
  ),
  fc.constantFrom('"str"', "`raw`", '"%d %s %v"', '"%5.2f|%q|%x"', '"%!"', '"%"'),
);

const command: fc.Arbitrary<string> = fc.oneof(
  operand,
  fc
    .tuple(fc.constantFrom(...FUNCS_ALL), fc.array(operand, { maxLength: 3 }))
    .map(([f, args]) => [f, ...args].join(" ")),
  fc.tuple(fc.constantFrom(...FUNCS), operand).map(([f, a]) => `(${f} ${a})`),
  fc
    .tuple(fc.constantFrom(...FUNCS), operand, fc.constantFrom(...FIELDS))
    .map(([f, a, k]) => `(${f} ${a}).${k}`),
);

const pipeline: fc.Arbitrary<string> = fc.oneof(
  command,
  fc.tuple(command, fc.constantFrom(...FUNCS)).map(([c, f]) => `${c} | ${f}`),
  fc.tuple(fc.constantFrom("$x :=", "$x =", "$i, $v :="), command).map(([d, c]) => `${d} ${c}`),
);

const piece: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "text ",
    "\n",
    "  ",
    "}}",
    "{{",
    "{{-",
    "-}}",
    "{{ end }}",
    "{{ else }}",
    "{{ break }}",
    "{{/* c */}}",
  ),
  pipeline.map((p) => `{{ ${p} }}`),
  pipeline.map((p) => `{{- ${p} -}}`),
  fc.tuple(fc.constantFrom("if", "with", "range"), pipeline).map(([k, p]) => `{{ ${k} ${p} }}`),
  fc.constantFrom('{{ define "t" }}', '{{ template "t" . }}', '{{ block "b" . }}', "{{ continue }}"),
  fc.string({ maxLength: 6 }),
);

/** Random templates: mostly balanced blocks built from pieces, plus raw piece soup. */
const template: fc.Arbitrary<string> = fc.letrec<{ block: string }>((tie) => ({
  block: fc.oneof(
    { depthSize: "small" },
    fc.array(piece, { maxLength: 6 }).map((ps) => ps.join("")),
    fc
      .tuple(fc.constantFrom("if", "with", "range"), pipeline, tie("block"), fc.option(tie("block")))
      .map(
        ([k, p, body, other]) =>
          `{{ ${k} ${p} }}${body}${other === null ? "" : `{{ else }}${other}`}{{ end }}`,
      ),
    fc.tuple(tie("block"), tie("block")).map(([a, b]) => a + b),
  ),
})).block;

const data: fc.Arbitrary<GoValue> = fc.record({
  a: fc.jsonValue({ maxDepth: 2 }),
  b: fc.jsonValue({ maxDepth: 2 }),
  list: fc.array(fc.oneof(fc.integer(), fc.string(), fc.constant(null)), { maxLength: 4 }),
  m: fc.dictionary(fc.constantFrom("a", "b", "s"), fc.oneof(fc.integer(), fc.string(), fc.double())),
  n: fc.oneof(fc.integer({ min: -3, max: 5 }), fc.double()),
  s: fc.string(),
  nul: fc.constant(null),
});

describe("template property: render or a catalogued, located error", () => {
  test("never crashes", () => {
    fc.assert(
      fc.property(template, data, fc.boolean(), (src, dot, ignore) => {
        const options = { missingKey: ignore ? "ignore" : "error", env: {} } as const;
        try {
          renderTemplate(src, dot, options);
        } catch (e) {
          if (!(e instanceof TemplateEvalError || e instanceof UnsupportedTemplateError)) throw e;
          expect(e.offset).toBeGreaterThanOrEqual(0);
          expect(e.offset).toBeLessThan(Math.max(src.length, 1));
          try {
            renderOrFail(src, dot, { ...options, file: "stacks/x.yaml", importChain: ["stacks/top.yaml"] });
          } catch (d) {
            if (!isDiagnosticError(d)) throw d;
            const [first] = d.diagnostics;
            expect(["TEMPLATE_ERROR", "UNSUPPORTED_TEMPLATE"]).toContain(first?.code);
            expect(first?.location?.line).toBeGreaterThanOrEqual(1);
            expect(first?.location?.col).toBeGreaterThanOrEqual(1);
            expect(first?.importChain).toEqual(["stacks/top.yaml"]);
          }
        }
      }),
      { numRuns: 1500, seed: 16 },
    );
  });
});
