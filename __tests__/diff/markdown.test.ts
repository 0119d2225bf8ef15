import { renderMarkdown, REPORT_MARKER } from "../../diff/markdown";
import { diffOf, doc, merge, stack } from "./engine-builders";

const ADMIN = "admin";

describe("renderMarkdown", () => {
  it("starts with the marker the sticky-comment workflow looks for", () => {
    expect(renderMarkdown(diffOf({}, {}), undefined).split("\n")[0]).toBe(REPORT_MARKER);
  });

  it("says so when there is no red flag", () => {
    expect(renderMarkdown(diffOf({}, {}), undefined)).toContain("### Red flags (0)\n\nNo red flags.\n");
  });

  it("keeps table cells in one cell whatever the value holds", () => {
    const d = diffOf(
      { [ADMIN]: doc(stack("s", { attrs: { description: "a" } })) },
      { [ADMIN]: doc(stack("s", { attrs: { description: "a | b\n<c>" } })) },
    );
    expect(renderMarkdown(d, undefined)).toContain(
      "| <code>description</code> | <code>a</code> | <code>a &#124; b<br>&lt;c&gt;</code> |",
    );
  });

  it("fences code with more backticks than the content holds", () => {
    const d = diffOf(
      { [ADMIN]: doc(stack("s", { attrs: { before_init: ["echo ```"] } })) },
      { [ADMIN]: doc(stack("s", { attrs: { before_init: ["echo ````"] } })) },
    );
    expect(renderMarkdown(d, undefined)).toContain("`````diff\n-echo ```\n+echo ````\n`````");
  });

  it("leaves details out to fit the budget and says how many were left out", () => {
    const many = (n: number, description: string) =>
      merge(...Array.from({ length: n }, (_, i) => stack(`s${i}`, { attrs: { description } })));
    const d = diffOf({ [ADMIN]: doc(many(60, "old")) }, { [ADMIN]: doc(many(60, "new")) });
    const md = renderMarkdown(d, undefined, 8_000);
    expect([md.length <= 8_000, /_\d+ more block\(s\) left out/.test(md)]).toEqual([true, true]);
  });

  it("never leaves red flags out", () => {
    const many = (n: number, branch: string) =>
      merge(...Array.from({ length: n }, (_, i) => stack(`s${i}`, { attrs: { branch } })));
    const d = diffOf({ [ADMIN]: doc(many(40, "main")) }, { [ADMIN]: doc(many(40, "dev")) });
    const md = renderMarkdown(d, undefined, 2_000);
    expect(md.match(/^- \*\*Changes what a stack runs\*\*/gm)).toHaveLength(40);
  });
});
