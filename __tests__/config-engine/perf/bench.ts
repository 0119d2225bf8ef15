/**
 * Benchmark: `npx tsx __tests__/config-engine/perf/bench.ts` (`BENCH_RUNS=n` to change the
 * number of interleaved runs). Compares `loadAtmosConfig` + `resolveStacks` with the floor of
 * reading and YAML-parsing every manifest once, at ~1k and ~10k Spacelift stacks, with and
 * without an abstract base per component. Minimums are reported: the machine is shared.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import fg from "fast-glob";
import { parse } from "yaml";
import { loadAtmosConfig, resolveStacks, type ResolvedStacks } from "../../../config-engine";
import { generateOrganisation } from "../../../bench/generate";

const RUNS = Number(process.env.BENCH_RUNS ?? 8);

function ms(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

interface Figures {
  readonly floor: number;
  readonly engine: number;
  readonly deps: number;
  readonly settings: number;
}

function measure(stacks: number, abstractBases: boolean): Figures {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "engine-bench-"));
  try {
    // `stacks` atmos stacks of 20 components, every one a Spacelift stack, no dependencies.
    const org = generateOrganisation(dir, {
      tenants: stacks / 50,
      stages: 5,
      regions: 10,
      componentsPerStack: 20,
      importDepth: 3,
      inheritanceDepth: abstractBases ? 1 : 0,
      workspaceShare: 1,
      dependencyDensity: 0,
    });
    const files = fg.sync("**/*.yaml", { cwd: path.join(org.configDir, "stacks"), absolute: true });
    const resolve = (): ResolvedStacks =>
      resolveStacks(loadAtmosConfig({ cwd: dir, configDir: org.configDir, env: {} }));
    let floor = Infinity;
    let engine = Infinity;
    let resolved = resolve();
    for (let i = 0; i < RUNS; i++) {
      floor = Math.min(
        floor,
        ms(() => files.map((f) => parse(fs.readFileSync(f, "utf8")) as unknown)),
      );
      engine = Math.min(
        engine,
        ms(() => (resolved = resolve())),
      );
    }
    const real = resolved.components.filter((c) => !c.abstract);
    const settings = ms(() => real.forEach((c) => c.settings));
    const deps = ms(() => real.forEach((c) => c.deps));
    console.log(
      `${stacks} atmos stacks: ${resolved.components.length} component instances (${real.length} real), ${files.length} manifest files`,
    );
    return { floor, engine, deps, settings };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (n: number): string => `${n.toFixed(0)} ms`;
for (const abstractBases of [false, true]) {
  const small = measure(50, abstractBases);
  const large = measure(500, abstractBases);
  for (const [label, m] of [
    ["~1k", small],
    ["~10k", large],
  ] as const) {
    console.log(
      `${label}${abstractBases ? " + abstract bases" : ""}: floor ${fmt(m.floor)}, engine ${fmt(m.engine)} (${(m.engine / m.floor).toFixed(2)}x); then settings of real components ${fmt(m.settings)}, their deps ${fmt(m.deps)}`,
    );
  }
  console.log(`growth 1k→10k: engine ${(large.engine / small.engine).toFixed(2)}x`);
}
