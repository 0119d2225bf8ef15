import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

// A smoke run of `npm run bench` at the tiny size: every step runs in its own process and the
// results file is complete. Times are not asserted (benchmarks print figures, they do not test them).
const root = path.resolve(__dirname, "../..");
let dir: string;
let stdout: string;
let results: {
  sizes: {
    size: string;
    organisation: { spaceliftStacks: number };
    steps: { step: string; wallMs: number; maxRssKiB: number; counts: Record<string, number> }[];
    synthOutput: { resources: number; spaceliftStacks: number };
    floorOutput: { resources: number };
  }[];
  targets: { target: string }[];
};

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-smoke-"));
  const json = path.join(dir, "results.json");
  stdout = execFileSync(
    process.execPath,
    [
      "--require",
      "tsx/cjs",
      "bench/run.ts",
      "--sizes",
      "tiny",
      "--repeat",
      "1",
      "--extras",
      "none",
      "--json",
      json,
    ],
    { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
  results = JSON.parse(fs.readFileSync(json, "utf8"));
}, 300_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("every step is measured with a time and a peak RSS", () => {
  const steps = results.sizes[0]!.steps;
  expect(steps.map((s) => s.step)).toEqual([
    "yaml-floor",
    "engine",
    "model",
    "synth",
    "affected",
    "cdktf-floor",
  ]);
  for (const s of steps) {
    expect(s.wallMs).toBeGreaterThan(0);
    expect(s.maxRssKiB).toBeGreaterThan(0);
  }
});

test("the synth writes one spacelift_stack per Spacelift stack of the generated organisation", () => {
  const size = results.sizes[0]!;
  expect(size.synthOutput.spaceliftStacks).toBe(size.organisation.spaceliftStacks);
});

test("the cdktf floor recreates as many resources as the synth wrote", () => {
  const size = results.sizes[0]!;
  expect(size.floorOutput.resources).toBe(size.synthOutput.resources);
});

test("the printed table has a row per step and the ratio targets", () => {
  for (const step of ["yaml-floor", "engine", "model", "synth", "affected", "cdktf-floor"])
    expect(stdout).toMatch(new RegExp(`^tiny +${step} `, "m"));
  expect(results.targets.map((t) => t.target)).toContain("engine ≤ 3× the YAML floor");
});
