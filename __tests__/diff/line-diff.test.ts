import fc from "fast-check";
import { lineDiff, linesOf, unifiedDiff } from "../../diff/line-diff";

describe("lineDiff", () => {
  it("keeps the old side in the kept and removed lines, and the new side in the kept and added ones", () => {
    const line = fc.constantFrom("a", "b", "c", "d", "");
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.array(line, { maxLength: 30 }), (before, after) => {
        const d = lineDiff(before, after);
        expect(d.filter((l) => l.op !== "+").map((l) => l.text)).toEqual(before);
        expect(d.filter((l) => l.op !== "-").map((l) => l.text)).toEqual(after);
      }),
    );
  });

  it("keeps as many lines as the longest common subsequence", () => {
    const d = lineDiff(["a", "b", "c", "d"], ["b", "x", "c", "d"]);
    expect(d.filter((l) => l.op === " ").map((l) => l.text)).toEqual(["b", "c", "d"]);
  });
});

describe("unifiedDiff", () => {
  it("is empty for equal texts", () => {
    expect(unifiedDiff("a\nb\n", "a\nb\n")).toEqual([]);
  });

  it("heads each hunk with the line ranges of both sides", () => {
    const before = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"].join("\n");
    const after = before.replace("6", "six");
    expect(unifiedDiff(before, after).map((l) => `${l.op}${l.text}`)).toEqual([
      "@@@ -3,7 +3,7 @@",
      " 3",
      " 4",
      " 5",
      "-6",
      "+six",
      " 7",
      " 8",
      " 9",
    ]);
  });

  it("opens a second hunk when changes are more than twice the context apart", () => {
    const before = Array.from({ length: 20 }, (_, i) => `${i + 1}`).join("\n");
    const after = before.replace(/^2$/m, "two").replace(/^19$/m, "nineteen");
    expect(
      unifiedDiff(before, after)
        .filter((l) => l.op === "@")
        .map((l) => l.text),
    ).toEqual(["@@ -1,5 +1,5 @@", "@@ -16,5 +16,5 @@"]);
  });

  it("counts a pure insertion at the start as zero lines of the old side", () => {
    expect(unifiedDiff("", "a\n")[0]).toEqual({ op: "@", text: "@@ -0,0 +1,1 @@" });
  });
});

describe("linesOf", () => {
  it("does not turn a final newline into an empty line", () => {
    expect(linesOf("a\nb\n")).toEqual(["a", "b"]);
  });
});
