/** Sprig v3 error texts (as text/template reports them) and in-place map changes. */
import { TemplateEvalError } from "../../config-engine/template/ast";
import { SPRIG_FUNCTIONS as S } from "../../config-engine/template/sprig";
import { call, errorOf } from "./template-lib-helpers";

describe("Sprig errors read as text/template reports them", () => {
  test.each([
    ["div", [1, 0], "error calling div: runtime error: integer divide by zero"],
    ["mod", [1, 0], "error calling mod: runtime error: integer divide by zero"],
    ["divf", [1, 0], "error calling divf: decimal division by zero"],
    ["fail", ["boom"], "error calling fail: boom"],
    ["upper", [1], "wrong type for value; expected string; got int"],
    ["upper", ["a", "b"], "wrong number of args for upper: want 1 got 2"],
    [
      "regexFind",
      ["a(", "x"],
      "error calling regexFind: regexp: Compile(`a(`): error parsing regexp: missing closing ): `a(`",
    ],
    [
      "mustRegexFind",
      ["a(", "x"],
      "error calling mustRegexFind: error parsing regexp: missing closing ): `a(`",
    ],
    [
      "mustRegexMatch",
      ["[", "x"],
      "error calling mustRegexMatch: error parsing regexp: missing closing ]: `[`",
    ],
    ["first", ["x"], "error calling first: Cannot find first on type string"],
    ["mustAppend", [{ a: 1 }, 1], "error calling mustAppend: Cannot push on type map"],
    ["concat", [[1], "x"], "error calling concat: Cannot concat type string as list"],
    ["mustFromJson", ["{"], "error calling mustFromJson: unexpected end of JSON input"],
    ["mustDateModify", ["1x", null], "wrong type for value; expected time.Time; got <nil>"],
    ["semver", ["nope"], "error calling semver: Invalid Semantic Version"],
    ["semverCompare", ["^1", "x.y"], "error calling semverCompare: Invalid Semantic Version"],
    ["semverCompare", ["foo", "1.0.0"], "error calling semverCompare: improper constraint: foo"],
    ["randInt", [5, 5], "error calling randInt: invalid argument to Intn"],
    ["repeat", [-1, "a"], "error calling repeat: strings: negative Repeat count"],
    ["dig", ["a", { a: 1 }], "error calling dig: dig needs at least three arguments"],
    [
      "urlJoin",
      [{ host: 1 }],
      "error calling urlJoin: unable to parse host key, must be of type string, but int found",
    ],
  ] as const)("%s %j", (name, args, message) => {
    expect(errorOf(S, name, args)).toBe(message);
  });

  test("errors are TemplateEvalErrors", () => {
    expect(() => call(S, "div", [1, 0])).toThrow(TemplateEvalError);
    expect(() => call(S, "upper", [1])).toThrow(TemplateEvalError);
  });

  test("getHostByName needs the network and says so", () => {
    expect(errorOf(S, "getHostByName", ["example.com"])).toMatch(
      /^error calling getHostByName: .*no network here/,
    );
  });

  test("certificate generation is refused with a reason", () => {
    for (const name of ["genCA", "genSelfSignedCert", "buildCustomCert", "genSignedCert"]) {
      expect(errorOf(S, name, ["x", 365])).toMatch(
        new RegExp(`^error calling ${name}: ${name} is not supported here`),
      );
    }
  });
});

describe("set/unset/merge change the map in place, as Go maps do", () => {
  test("set and unset", () => {
    const d: Record<string, unknown> = { a: 1 };
    call(S, "set", [d as never, "b", 2]);
    expect(d).toEqual({ a: 1, b: 2 });
    call(S, "unset", [d as never, "a"]);
    expect(d).toEqual({ b: 2 });
  });
  test("merge fills the destination", () => {
    const dst = { a: 1 };
    const out = call(S, "merge", [dst, { b: 2 }]);
    expect(out).toBe(dst);
    expect(dst).toEqual({ a: 1, b: 2 });
  });
});
