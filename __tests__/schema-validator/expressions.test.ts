import fc from "fast-check";

import { lexTemplate } from "../../schema-validator/expressions/lexer";
import { factsOfPieces } from "../../schema-validator/expressions/references";
import { parseTypeConstraint } from "../../schema-validator/type-constraints";

/** The references of a template, as written. */
function refs(src: string): string[] {
  return factsOfPieces(src, lexTemplate(src).pieces).references.map((r) => r.text);
}

describe("template lexer and reference extraction", () => {
  it("finds nothing in a plain string", () => {
    expect(lexTemplate("aws_s3_bucket.state.arn { not a template }")).toEqual({ pieces: [], errors: [] });
  });

  it("keeps indexing, splats and legacy numeric steps in a reference", () => {
    expect(refs('${a_b.c[0].d["k"].e[*].f.0.g}')).toEqual(['a_b.c[0].d["k"].e[*].f.0.g']);
    const [ref] = factsOfPieces("${a_b.c[*].d}", lexTemplate("${a_b.c[*].d}").pieces).references;
    expect(ref?.steps).toEqual([{ kind: "attr", name: "c" }, { kind: "splat" }, { kind: "attr", name: "d" }]);
  });

  it("reads references inside computed indexes", () => {
    expect(refs("${a_b.c[local.i].d}")).toEqual(["local.i", "a_b.c[local.i].d"]);
  });

  it("records function calls, including provider-defined ones", () => {
    const src = '${upper(provider::aws::arn_parse("x").region)}';
    expect(factsOfPieces(src, lexTemplate(src).pieces).functions).toEqual([
      { name: "upper" },
      { provider: "aws", name: "arn_parse" },
    ]);
  });

  it("does not report attribute accesses on call results as references", () => {
    expect(refs('${jsondecode("{}").spacelift_space.id}')).toEqual([]);
  });

  it("binds names of object-for expressions and template for directives", () => {
    expect(refs("${{ for k, v in var.m : k => v.id if v.on }}")).toEqual(["var.m"]);
    expect(refs("%{ for x in var.xs ~}${x.name}%{ endfor ~}")).toEqual(["var.xs"]);
  });

  it("reports an unterminated interpolation", () => {
    expect(lexTemplate("${var.x").errors).toEqual(['unterminated "${" starting at offset 0']);
  });

  it("finds no pieces in any string without ${ or %{ (property)", () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !s.includes("${") && !s.includes("%{")),
        (s) => lexTemplate(s).pieces.length === 0 && lexTemplate(s).errors.length === 0,
      ),
    );
  });

  it("never throws, whatever the input (property)", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom("$", "{", "}", "%", '"', "\\", "[", "]", ".", "a", "_", "1", " ", "(", ")"),
        }),
        (s) => {
          const lexed = lexTemplate(s);
          factsOfPieces(s, lexed.pieces);
          return true;
        },
      ),
    );
  });

  it("extracts exactly the generated reference (property)", () => {
    const ident = fc
      .stringMatching(/^[a-z][a-z0-9_]{0,8}$/)
      .filter((s) => !["true", "false", "null", "for", "in", "if"].includes(s));
    fc.assert(
      fc.property(ident, ident, ident, fc.nat(9), (type, name, attr, index) => {
        const ref = `${type}_x.${name}[${index}].${attr}`;
        return JSON.stringify(refs(`prefix-\${${ref}}-suffix`)) === JSON.stringify([ref]);
      }),
    );
  });
});

describe("variable type constraints", () => {
  it.each([
    ["string", "string"],
    ["any", "dynamic"],
    ["list(string)", ["list", "string"]],
    ["map", ["map", "dynamic"]],
    ["tuple([string, number])", ["tuple", ["string", "number"]]],
    [
      'object({ a = string, "b" = optional(list(number), [1, 2]) })',
      ["object", { a: "string", b: ["list", "number"] }, ["b"]],
    ],
  ])("parses %s", (src, type) => {
    expect(parseTypeConstraint(src)).toEqual({ type });
  });

  it("fails on an unknown type name", () => {
    expect(parseTypeConstraint("lsit(string)")).toEqual({ error: 'unknown type "lsit"' });
  });

  it("fails on trailing tokens", () => {
    expect(parseTypeConstraint("string string")).toEqual({ error: 'unexpected "string" after the type' });
  });
});
