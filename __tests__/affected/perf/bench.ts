/**
 * Benchmark: `npx tsx __tests__/affected/perf/bench.ts` (`BENCH_STACKS`, `BENCH_RUNS`). On the
 * engine's generated tree (default 500 atmos stacks × 20 components = 10,000 component
 * instances), compares one `describe stacks` (resolve + describe output) with `describe affected`
 * between two commits, for a change that affects every stack (a catalog var) and one that affects
 * a single stack. Runs are interleaved after a warm-up round; minimums are reported (the machine
 * is shared).
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

/** Wall-clock and this process's CPU time (git's own CPU not included) of one call, in ms. */
interface Timing {
  readonly wall: number;
  readonly cpu: number;
}

function ms(fn: () => unknown): Timing {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  fn();
  const used = process.cpuUsage(cpu);
  return { wall: Number(process.hrtime.bigint() - start) / 1e6, cpu: (used.user + used.system) / 1e3 };
}

const best = (a: Timing, b: Timing): Timing => ({
  wall: Math.min(a.wall, b.wall),
  cpu: Math.min(a.cpu, b.cpu),
});
const show = (t: Timing): string => `${t.wall.toFixed(0)} ms wall, ${t.cpu.toFixed(0)} ms CPU`;
const ratio = (t: Timing, base: Timing): string =>
  `${(t.wall / base.wall).toFixed(2)}× wall, ${(t.cpu / base.cpu).toFixed(2)}× CPU`;

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

  // Interleaved runs (after one warm-up round), so that JIT warm-up and machine noise hit every
  // measurement alike.
  const catalog = path.join(dir, "stacks/catalog/comp3.yaml");
  const stackFile = path.join(dir, "stacks/orgs/tenant0/dev/ue1.yaml");
  const catalogText = fs.readFileSync(catalog, "utf8");
  const stackText = fs.readFileSync(stackFile, "utf8");
  const wideState = (): void => {
    fs.writeFileSync(catalog, catalogText.replace("var_0: value-3-0", "var_0: changed"));
    fs.writeFileSync(stackFile, stackText);
  };
  const narrowState = (): void => {
    fs.writeFileSync(catalog, catalogText);
    fs.writeFileSync(stackFile, `${stackText}    comp1:\n      vars:\n        extra: 1\n`);
  };
  const none: Timing = { wall: Infinity, cpu: Infinity };
  let one = none;
  let wide = none;
  let narrow = none;
  let wideCount = 0;
  let count = 0;
  for (let i = 0; i <= RUNS; i++) {
    const d = ms(describe);
    wideState();
    const w = ms(() => (wideCount = affected()));
    narrowState();
    const n = ms(() => (count = affected()));
    if (i === 0) continue;
    one = best(one, d);
    wide = best(wide, w);
    narrow = best(narrow, n);
  }

  console.log(`${STACKS} atmos stacks × 20 components`);
  console.log(`describe stacks: ${show(one)}`);
  console.log(`describe affected, catalog var (${wideCount} items): ${show(wide)} (${ratio(wide, one)})`);
  console.log(`describe affected, one stack (${count} items): ${show(narrow)} (${ratio(narrow, one)})`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
