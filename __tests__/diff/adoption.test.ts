import { gatedRedFlags, DEFAULT_FAIL_ON } from "../../diff";
import { renderMarkdown } from "../../diff/markdown";
import { renderTerminal } from "../../diff/terminal";
import { diffOf, doc, merge, stack } from "./engine-builders";

/** The head side of an adoption (docs/adoption.md): an existing stack imported into this app. */
const base = { admin: doc(merge(stack("plat-ue1-dev-vpc"))) };
const head = {
  admin: doc(merge(stack("plat-ue1-dev-vpc"), stack("plat-ue1-dev-legacy")), {
    import: [{ to: "spacelift_stack.plat-ue1-dev-legacy", id: "plat-ue1-dev-legacy" }],
  }),
};

describe("diff during an adoption", () => {
  it("reports an imported stack as adopted, not created", () => {
    const diff = diffOf(base, head);
    const legacy = diff.stacks.find((s) => s.id === "plat-ue1-dev-legacy")!;
    expect(legacy).toMatchObject({ change: "added", imported: true });
    expect(renderMarkdown(diff, undefined)).toContain(
      "added: <b>imported</b> (an existing Spacelift stack is adopted, not created)",
    );
    expect(renderMarkdown(diff, undefined)).toContain("1 of the added stacks are imported");
    expect(renderTerminal(diff)).toContain("+ plat-ue1-dev-legacy: imported (adopted, not created)");
    // A stack added without an import block stays a creation.
    const plain = diffOf(base, {
      admin: doc(merge(stack("plat-ue1-dev-vpc"), stack("plat-ue1-dev-legacy"))),
    });
    expect(plain.stacks.find((s) => s.id === "plat-ue1-dev-legacy")!.imported).toBeUndefined();
  });

  it("raises a destroy red flag for a removed block without destroy = false, and none with it", () => {
    const destroying = diffOf(base, {
      admin: doc(merge(stack("plat-ue1-dev-vpc")), { removed: [{ from: "module.child_stack" }] }),
    });
    expect(destroying.redFlags.map((f) => `${f.code} ${f.subject}`)).toEqual([
      "REMOVED_BLOCK_DESTROYS module.child_stack",
    ]);
    expect(gatedRedFlags(destroying.redFlags, DEFAULT_FAIL_ON)).toHaveLength(1);
    for (const lifecycle of [{ destroy: false }, [{ destroy: false }]]) {
      const forgetting = diffOf(base, {
        admin: doc(merge(stack("plat-ue1-dev-vpc")), {
          removed: [{ from: "module.child_stack", lifecycle }],
        }),
      });
      expect(forgetting.redFlags).toEqual([]);
    }
  });
});
