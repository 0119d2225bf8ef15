import { boundedList, didYouMean } from "../../model/did-you-mean";

describe("boundedList", () => {
  it("lists every name up to the bound", () => {
    expect(boundedList(["a", "b", "c"], 3)).toBe("a, b, c");
  });

  it("cuts longer lists with 'and N more'", () => {
    expect(boundedList(["a", "b", "c", "d", "e"], 3)).toBe("a, b, c and 2 more");
  });
});

describe("didYouMean", () => {
  it("suggests a close name case-insensitively", () => {
    expect(didYouMean("Protect_From_Deleton", ["protect_from_deletion", "labels"])).toBe(
      "protect_from_deletion",
    );
  });
});
