/**
 * Benchmark: `npx tsx __tests__/affected/perf/bench.ts` (`BENCH_STACKS`, `BENCH_RUNS`). On the
 * engine's generated tree (default 500 atmos stacks × 20 components = 10,000 component
 * instances), compares one `describe stacks` (resolve + describe output) with `describe affected`
 * between two commits, for a change that affects every stack (a catalog var) and one that affects
 * a single stack. Minimums are reported: the machine is shared.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describeAffected } from "../../../affected";
import { describeStacks, loadAtmosConfig, resolveStacks } from "../../../config-engine";
import { generateTree } from "../../config-engine/perf/generate-tree";

const STACKS = Number(process.env.BENCH_STACKS ?? 500);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

function ms(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function min(fn: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < RUNS; i++) best = Math.min(best, ms(fn));
  return best;
}

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "affected-bench-")));
const git = (...args: string[]): string =>
  execFileSync("git", ["-C", dir, ...args], {
    encoding: "utf8",
    env: { ...process.env, GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1" },
  });
try {
  generateTree(dir, { stacks: STACKS, components: 20 });
  git("init", "--quiet", "--initial-branch=main");
  git("-c", "user.name=b", "-c", "user.email=b@example.com", "add", "--all");
  git("-c", "user.name=b", "-c", "user.email=b@example.com", "commit", "--quiet", "-m", "base");

  const describe = (): unknown =>
    describeStacks(resolveStacks(loadAtmosConfig({ cwd: dir, configDir: ".", env: {} })), {});
  const affected = (): number =>
    describeAffected({ cwd: dir, env: {}, configDir: ".", base: "main" }).items.length;

  const catalog = path.join(dir, "stacks/catalog/comp3.yaml");
  const original = fs.readFileSync(catalog, "utf8");
  fs.writeFileSync(catalog, original.replace("var_0: value-3-0", "var_0: changed"));
  let count = 0;
  const wide = min(() => (count = affected()));
  const wideCount = count;
  fs.writeFileSync(catalog, original);
  const stackFile = path.join(dir, "stacks/orgs/tenant0/dev/ue1.yaml");
  fs.appendFileSync(stackFile, "    comp1:\n      vars:\n        extra: 1\n");
  const narrow = min(() => (count = affected()));
  const one = min(describe);

  console.log(`${STACKS} atmos stacks × 20 components`);
  console.log(`describe stacks: ${one.toFixed(0)} ms`);
  console.log(
    `describe affected, catalog var (${wideCount} items): ${wide.toFixed(0)} ms (${(wide / one).toFixed(2)}× describe stacks)`,
  );
  console.log(
    `describe affected, one stack (${count} items): ${narrow.toFixed(0)} ms (${(narrow / one).toFixed(2)}× describe stacks)`,
  );
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
