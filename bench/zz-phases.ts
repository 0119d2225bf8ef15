import { loadModel } from "../app/load";
import { buildApp } from "../constructs";
const root = process.argv[2]!;
const mem = (label: string, t0: number): void => {
  global.gc?.();
  const m = process.memoryUsage();
  console.log(
    label,
    `${((performance.now() - t0) / 1000).toFixed(2)} s`,
    `heap ${(m.heapUsed / 2 ** 20).toFixed(0)} MiB rss ${(m.rss / 2 ** 20).toFixed(0)} MiB`,
  );
};
process.setSourceMapsEnabled(false);
let t = performance.now();
const model = loadModel({ cwd: root, env: {} });
mem("model", t);
t = performance.now();
const app = buildApp(model, { outdir: process.argv[3]! });
mem("buildApp", t);
t = performance.now();
app.synth();
mem("synth", t);
