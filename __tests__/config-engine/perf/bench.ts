/**
 * Benchmark: `npx tsx __tests__/config-engine/perf/bench.ts`. Compares the engine with the floor
 * of reading and YAML-parsing every manifest once, at ~1k and ~10k Spacelift stacks.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import fg from "fast-glob";
import { parse } from "yaml";
import { loadAtmosConfig, resolveStacks } from "../../../config-engine";
import { generateTree } from "./generate-tree";

function time<T>(fn: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

function best<T>(runs: number, fn: () => T): { ms: number; value: T } {
  let result = time(fn);
  for (let i = 1; i < runs; i++) {
    const r = time(fn);
    if (r.ms < result.ms) result = r;
  }
  return result;
}

function measure(stacks: number): { floor: number; engine: number; deps: number; spacelift: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "engine-bench-"));
  try {
    generateTree(dir, { stacks, components: 20 });
    const files = fg.sync("**/*.yaml", { cwd: path.join(dir, "stacks"), absolute: true });
    const floor = best(3, () => files.map((f) => parse(fs.readFileSync(f, "utf8")) as unknown));
    const engine = best(3, () => resolveStacks(loadAtmosConfig({ cwd: dir, configDir: ".", env: {} })));
    const resolved = engine.value;
    const deps = time(() => resolved.components.reduce((n, c) => n + c.deps.length, 0));
    const prefixes = time(
      () => resolved.components.filter((c) => !c.abstract).map((c) => c.spaceliftPrefix).length,
    );
    console.log(
      `${stacks} atmos stacks, ${resolved.components.length} component instances (${resolved.components.filter((c) => !c.abstract).length} real), ${files.length} manifest files`,
    );
    return { floor: floor.ms, engine: engine.ms, deps: deps.ms, spacelift: prefixes.ms };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const small = measure(50);
const large = measure(500);
const fmt = (n: number): string => `${n.toFixed(0)} ms`;
for (const [label, m] of [
  ["~1k", small],
  ["~10k", large],
] as const) {
  console.log(
    `${label}: floor (read + YAML parse) ${fmt(m.floor)}, engine ${fmt(m.engine)} (${(m.engine / m.floor).toFixed(2)}x), lazy deps for all ${fmt(m.deps)}, spacelift prefixes ${fmt(m.spacelift)}`,
  );
}
console.log(`growth 1k→10k: engine ${(large.engine / small.engine).toFixed(2)}x`);
