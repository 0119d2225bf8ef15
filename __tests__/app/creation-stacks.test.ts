import { execFileSync } from "node:child_process";
import * as path from "node:path";

// Each case runs in a fresh Node process: the switch changes cdktf's module state for good.
const ROOT = path.resolve(__dirname, "../..");

function creationStackLength(env: Record<string, string>): number {
  const script = [
    'const { disableCreationStacks } = require("./app/creation-stacks");',
    'const { Lazy } = require("cdktf");',
    "disableCreationStacks(process.env);",
    'process.stdout.write(String(Lazy.anyValue({ produce: () => "x" }).creationStack.length));',
  ].join("\n");
  const out = execFileSync(process.execPath, ["--require", "tsx/cjs", "-e", script], {
    cwd: ROOT,
    env: { PATH: process.env["PATH"], ...env },
    encoding: "utf8",
  });
  return Number(out);
}

test("cdktf tokens record no creation stack once disabled", () => {
  expect(creationStackLength({})).toBe(0);
});

test("SPACELIFT_ATMOS_CREATION_STACKS=1 keeps cdktf's creation stacks", () => {
  expect(creationStackLength({ SPACELIFT_ATMOS_CREATION_STACKS: "1" })).toBeGreaterThan(0);
});
