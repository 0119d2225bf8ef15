import { moduleCallsInHcl, moduleCallsInJson } from "../../affected";

describe("moduleCallsInHcl", () => {
  test("finds top-level module blocks with their source and version", () => {
    const text = [
      'module "label" {',
      '  source  = "./modules/label"',
      "}",
      'module "vpc" {',
      '  source  = "cloudposse/vpc/aws"',
      '  version = "2.1.0"',
      "}",
    ].join("\n");
    expect(moduleCallsInHcl(text)).toEqual([
      { name: "label", source: "./modules/label", hasVersion: false },
      { name: "vpc", source: "cloudposse/vpc/aws", hasVersion: true },
    ]);
  });

  test("ignores module blocks inside comments and strings", () => {
    const text = [
      '# module "a" { source = "./a" }',
      '// module "b" { source = "./b" }',
      "/* multi-line",
      'module "c" {',
      '  source = "./c"',
      "} */",
      'locals { x = "module \\"d\\" { source = \\"./d\\" }" }',
      'module "e" { source = "./e" }',
    ].join("\n");
    expect(moduleCallsInHcl(text)).toEqual([{ name: "e", source: "./e", hasVersion: false }]);
  });

  test("ignores source and version attributes nested deeper than the block body", () => {
    const text = [
      'module "x" {',
      '  source = "../x"',
      "  providers = {",
      "    aws = aws.other",
      "  }",
      "  settings = {",
      '    version = "1.0"',
      '    source  = "./not-this"',
      "  }",
      "}",
    ].join("\n");
    expect(moduleCallsInHcl(text)).toEqual([{ name: "x", source: "../x", hasVersion: false }]);
  });

  test("skips heredocs and templates that contain braces and quotes", () => {
    const text = [
      'resource "x" "y" {',
      "  policy = <<-EOT",
      '    { "module": "z", "a": "}" }',
      "  EOT",
      '  name = "${var.a == "}" ? "x" : "y"}-%{ if true }{%{ endif }"',
      "}",
      'module "after" {',
      '  source = "./after" # trailing comment',
      "}",
    ].join("\n");
    expect(moduleCallsInHcl(text)).toEqual([{ name: "after", source: "./after", hasVersion: false }]);
  });

  test("leaves source unset when it is not a literal string", () => {
    expect(moduleCallsInHcl('module "t" {\n  source = "./${var.x}"\n}\n')).toEqual([
      { name: "t", hasVersion: false },
    ]);
  });

  test("does not take an equality operator for an attribute", () => {
    expect(moduleCallsInHcl('module "m" {\n  count = var.a == 1 ? 1 : 0\n  source = "./m"\n}\n')).toEqual([
      { name: "m", source: "./m", hasVersion: false },
    ]);
  });

  test("reads a single-line block and escaped characters in the source", () => {
    expect(moduleCallsInHcl('module "s" { source = "./a\\\\b" }')).toEqual([
      { name: "s", source: "./a\\b", hasVersion: false },
    ]);
  });
});

describe("moduleCallsInJson", () => {
  test("reads module objects and arrays of them", () => {
    const text = JSON.stringify({
      module: { a: { source: "./a" }, b: [{ source: "registry/b", version: "1.0" }] },
    });
    expect(moduleCallsInJson(text)).toEqual([
      { name: "a", source: "./a", hasVersion: false },
      { name: "b", source: "registry/b", hasVersion: true },
    ]);
  });

  test("fails on invalid JSON", () => {
    expect(() => moduleCallsInJson("{")).toThrow(SyntaxError);
  });
});
