"use strict";
/**
 * Loaded with `NODE_OPTIONS=--require <this file>` by the benchmark runner for commands it does not
 * control (binding generation, `cdktf synth`): every Node process of the command appends its peak
 * resident set size (KiB) and its CPU time (ms) to $BENCH_RSS_FILE when it exits.
 */
const fs = require("node:fs");

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
    fs.appendFileSync(file, `${process.pid} ${usage.maxRSS} ${cpuMs}\n`);
  });
}
