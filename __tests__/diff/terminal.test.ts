import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../cli/run";
import { renderTerminal } from "../../diff/terminal";
import { diffOf, doc, merge, stack } from "./engine-builders";

const policy = (body: string): Record<string, Record<string, Record<string, unknown>>> => ({
  spacelift_policy: { plan: { name: "PLAN Default", type: "PLAN", body, labels: [] } },
});

const base = {
  admin: doc(
    merge(
      stack("plat-ue1-dev-vpc", { attrs: { autodeploy: false } }),
      stack("plat-ue1-dev-old", { destructor: true }),
      policy("package spacelift\n\ndeny contains msg if {\n  false\n}\n"),
    ),
  ),
};
const head = {
  admin: doc(
    merge(
      stack("plat-ue1-dev-vpc", { attrs: { autodeploy: true }, policies: ["PLAN Default"] }),
      stack("plat-ue1-dev-new"),
      policy("package spacelift\n\ndeny contains msg if {\n  input.x\n}\n"),
    ),
  ),
};

describe("diff --format terminal", () => {
  const diff = diffOf(base, head);

  it("lists red flags first, then one compact line per changed entity", () => {
    const text = renderTerminal(diff);
    const lines = text.split("\n");
    expect(lines[0]).toBe("Spacelift changes: base → head");
    expect(lines[2]).toBe("1 red flag(s):");
    expect(lines[3]).toMatch(/^ {2}✗ plat-ue1-dev-old STACK_DESTROYED: /);
    expect(text).toContain("  ~ plat-ue1-dev-vpc: autodeploy false → true; policies +PLAN Default");
    expect(text).toContain("  + plat-ue1-dev-new: new");
    expect(text).toContain("  - plat-ue1-dev-old: removed");
    expect(text).toContain("      -  false");
    expect(text).toContain("      +  input.x");
    expect(text).toMatch(/stacks: 1 added, 1 removed, 1 changed/);
  });

  it("colours only when asked", () => {
    expect(renderTerminal(diff)).not.toContain("\u001b[");
    const coloured = renderTerminal(diff, { color: true });
    expect(coloured).toContain("\u001b[31m");
    expect(coloured.replace(/\u001b\[\d+m/g, "")).toBe(renderTerminal(diff));
  });

  it("says so when nothing changes", () => {
    expect(renderTerminal(diffOf(base, base))).toContain("No red flags.\n\nNothing changes in Spacelift.");
  });
});

describe("diff --from/--to: the default format follows the terminal", () => {
  const dirs = (): { from: string; to: string; cwd: string } => {
    const cwd = mkdtempSync(join(tmpdir(), "diff-tty-"));
    for (const [side, docs] of [
      ["from", base],
      ["to", head],
    ] as const) {
      for (const [stack, d] of Object.entries(docs)) {
        mkdirSync(join(cwd, side, "stacks", stack), { recursive: true });
        writeFileSync(join(cwd, side, "stacks", stack, "cdk.tf.json"), JSON.stringify(d));
      }
    }
    return { from: "from", to: "to", cwd };
  };
  const run = async (tty: boolean, env: Record<string, string> = {}): Promise<string> => {
    const d = dirs();
    let out = "";
    await runCli(["diff", "--from", d.from, "--to", d.to], {
      stdout: (t) => (out += t),
      stderr: () => undefined,
      cwd: d.cwd,
      env,
      stdoutIsTTY: tty,
    });
    rmSync(d.cwd, { recursive: true, force: true });
    return out;
  };

  it("prints the coloured terminal report on a TTY, plain with NO_COLOR, and Markdown otherwise", async () => {
    expect(await run(true)).toMatch(/^\u001b\[1mSpacelift changes: from → to/);
    expect(await run(true, { NO_COLOR: "1" })).toMatch(/^Spacelift changes: from → to\n/);
    expect(await run(false)).toMatch(/^<!-- spacelift-atmos-diff -->/);
  });
});
