import {
  DEFAULT_FAIL_ON,
  FailOnError,
  gatedRedFlags,
  parseFailOn,
  RED_FLAG_CATEGORY,
} from "../../diff/fail-on";
import { RED_FLAG_CODES, type RedFlag } from "../../diff/types";

const flag = (code: RedFlag["code"]): RedFlag => ({ code, destroys: false, subject: "s", message: "m" });

describe("--fail-on categories", () => {
  it("parses lists in any order, with repeats, default, all and none", () => {
    expect([
      parseFailOn("privilege,destroy,destroy"),
      parseFailOn("default"),
      parseFailOn("none"),
      parseFailOn("all").length,
    ]).toEqual([["destroy", "privilege"], ["destroy", "delete", "privilege", "state"], [], 9]);
  });

  it("fails on an unknown category, naming it and the known ones", () => {
    expect(() => parseFailOn("destroy,grants")).toThrow(FailOnError);
    expect(() => parseFailOn("grants")).toThrow(/unknown category 'grants'.*destroy, delete, privilege/);
  });

  it("the default gate fails on destroys, replaced stacks, role grants and moved state, not on the other flags", () => {
    const gated = gatedRedFlags(RED_FLAG_CODES.map(flag), DEFAULT_FAIL_ON).map((f) => f.code);
    expect(gated.sort()).toEqual([
      "REMOVED_BLOCK_DESTROYS",
      "ROLE_ATTACHMENT_ADDED",
      "STACK_DESTROYED",
      "STACK_REPLACED",
      "STACK_STATE_MOVED",
    ]);
  });

  it("gives every red flag code a category", () => {
    expect(RED_FLAG_CODES.filter((c) => RED_FLAG_CATEGORY[c] === undefined)).toEqual([]);
  });
});
