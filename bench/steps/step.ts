/**
 * The harness of a benchmark step. Each step is its own entry file (`bench/steps/<step>.ts`, run
 * by the runner as `node --require tsx/cjs bench/steps/<step>.ts <job.json>`) so that a step loads
 * only the modules it uses; the step calls {@link runAsStep} once its imports are loaded, and the
 * harness writes a {@link StepResult} to `job.resultFile`. The runner measures wall time around the
 * whole process.
 */
import * as fs from "node:fs";
import { performance } from "node:perf_hooks";

/** The steps, in the order the runner runs them. */
export const STEP_NAMES = ["yaml-floor", "engine", "model", "synth", "affected", "cdktf-floor"] as const;
/** A step name (and the name of its entry file). */
export type StepName = (typeof STEP_NAMES)[number];

/** What the runner passes to a step. */
export interface StepJob {
  /** Repository root of the generated organisation (the cwd of the pipeline). */
  readonly root: string;
  /** Where the synth and cdktf-floor steps write their cdktf output. */
  readonly outdir: string;
  /** The cdktf floor app's description of the synth step's output (cdktf-floor only). */
  readonly floorSpec: string;
  /** Where to write the {@link StepResult}. */
  readonly resultFile: string;
}

/** What a step reports. */
export interface StepResult {
  /** Peak resident set size of the process, KiB. */
  readonly maxRssKiB: number;
  /** CPU time (user + system) of the process, ms: steadier than wall time on a loaded machine. */
  readonly cpuMs: number;
  /** Milliseconds from process start until the step's modules were loaded. */
  readonly loadedMs: number;
  /** Milliseconds of the step's work after loading. */
  readonly workMs: number;
  /** What the step produced (files, stacks, items), to check that the sizes match. */
  readonly counts: Readonly<Record<string, number>>;
}

/** Env of the pipeline: nothing of the caller's atmos or Spacelift variables leaks into a step. */
export function pipelineEnv(): Record<string, string | undefined> {
  return { PATH: process.env["PATH"], HOME: process.env["HOME"], CHECKPOINT_DISABLE: "1" };
}

/** Runs `work` on the job named by the command line and reports. Call after the step's imports. */
export function runAsStep(work: (job: StepJob) => Record<string, number>): void {
  const loadedMs = performance.now();
  try {
    const job = JSON.parse(fs.readFileSync(process.argv[2]!, "utf8")) as StepJob;
    const counts = work(job);
    const usage = process.resourceUsage();
    const result: StepResult = {
      maxRssKiB: usage.maxRSS,
      cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
      loadedMs,
      workMs: performance.now() - loadedMs,
      counts,
    };
    fs.writeFileSync(job.resultFile, JSON.stringify(result));
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  }
}
