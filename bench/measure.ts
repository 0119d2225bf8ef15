/**
 * Runs one measurement in a fresh Node process: wall time measured here, around the whole
 * process (start-up and module loading included), and peak RSS reported by the process itself.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type { StepJob, StepName, StepResult } from "./steps/step";

/** The project root (where `node --require tsx/cjs` resolves tsx). */
export const PROJECT_ROOT = path.resolve(__dirname, "..");

/** One measured run. */
export interface Run {
  /** Wall time of the process, ms. */
  readonly wallMs: number;
  /** Peak RSS, KiB (the largest Node process of the command). */
  readonly maxRssKiB: number;
  /** CPU time, ms (of every Node process of the command). */
  readonly cpuMs: number;
  /** The step's own report (steps only). */
  readonly step?: StepResult;
}

function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function failure(what: string, r: ReturnType<typeof spawnSync>): Error {
  const tail = (b: unknown): string => (Buffer.isBuffer(b) ? b.toString("utf8").slice(-4000) : "");
  return new Error(`${what} failed (exit ${r.status ?? r.signal}):\n${tail(r.stderr)}${tail(r.stdout)}`);
}

/** Runs a benchmark step (bench/steps/<step>.ts) with the same loader as `npm run synth`. */
export function runStep(job: Omit<StepJob, "resultFile">, step: StepName, workDir: string): Run {
  const resultFile = path.join(workDir, `result-${step}.json`);
  const jobFile = path.join(workDir, `job-${step}.json`);
  fs.rmSync(resultFile, { force: true });
  fs.writeFileSync(jobFile, JSON.stringify({ ...job, resultFile } satisfies StepJob));
  const start = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    ["--require", "tsx/cjs", path.join(__dirname, "steps", `${step}.ts`), jobFile],
    {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env["PATH"], HOME: process.env["HOME"], CHECKPOINT_DISABLE: "1" },
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const wallMs = elapsedMs(start);
  if (r.status !== 0) throw failure(`step ${step}`, r);
  const result = JSON.parse(fs.readFileSync(resultFile, "utf8")) as StepResult;
  return { wallMs, maxRssKiB: result.maxRssKiB, cpuMs: result.cpuMs, step: result };
}

/**
 * Runs a command that is not a step (binding generation, `cdktf synth`), with every Node process
 * it starts reporting its peak RSS through bench/rss-probe.js.
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: Readonly<Record<string, string>>; workDir: string },
): Run {
  const rssFile = path.join(options.workDir, "rss.txt");
  fs.rmSync(rssFile, { force: true });
  const start = process.hrtime.bigint();
  const r = spawnSync(command, args, {
    cwd: options.cwd,
    env: {
      PATH: process.env["PATH"],
      HOME: process.env["HOME"],
      CHECKPOINT_DISABLE: "1",
      ...options.env,
      NODE_OPTIONS: `--require ${path.join(__dirname, "rss-probe.js")}`,
      BENCH_RSS_FILE: rssFile,
    },
    maxBuffer: 256 * 1024 * 1024,
  });
  const wallMs = elapsedMs(start);
  if (r.status !== 0) throw failure(`${command} ${args.join(" ")}`, r);
  const processes = fs.existsSync(rssFile)
    ? fs
        .readFileSync(rssFile, "utf8")
        .split("\n")
        .filter((l) => l !== "")
        .map((l) => l.split(" ").map(Number))
    : [];
  return {
    wallMs,
    maxRssKiB: Math.max(0, ...processes.map((p) => p[1]!)),
    cpuMs: processes.reduce((sum, p) => sum + p[2]!, 0),
  };
}
