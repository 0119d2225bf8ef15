/**
 * `npm run bench`: generates synthetic atmos organisations of about 1,000, 5,000 and 10,000
 * Spacelift stacks and measures each pipeline step in a fresh process (see docs/benchmarks.md).
 *
 *   npm run bench -- [--sizes 1k,5k,10k] [--repeat N] [--steps a,b] [--extras a,b|none] [--keep]
 *                    [--json FILE] [--components N] [--import-depth N] [--inheritance-depth N]
 *                    [--workspace-share F] [--dependency-density F] [--stages N] [--regions N]
 *                    [--templated]
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Command, Option } from "commander";
import { floorSpecOf, outputTotals, type OutputTotals } from "./cdktf-floor-spec";
import { EXTRA_NAMES, measureExtras, type ExtraName } from "./extras";
import { generateOrganisation, type GeneratedOrganisation, type OrganisationShape } from "./generate";
import { PROJECT_ROOT, runStep, type Run } from "./measure";
import { shapeOf, SIZE_TENANTS } from "./presets";
import {
  checkTargets,
  renderExtras,
  renderTable,
  renderTargets,
  summarise,
  type ExtraSummary,
  type StepSummary,
} from "./report";
import { commitWithSharedChange } from "./repository";
import { STEP_NAMES, type StepName } from "./steps/step";

interface Options {
  readonly sizes: readonly string[];
  readonly repeat?: number;
  readonly steps: readonly StepName[];
  readonly extras: readonly ExtraName[];
  readonly keep: boolean;
  readonly json?: string;
  readonly shape: Partial<OrganisationShape>;
}

/** One size: the generated organisation, the step summaries and the synthesized totals. */
interface SizeResult {
  readonly size: string;
  readonly shape: OrganisationShape;
  readonly organisation: Omit<GeneratedOrganisation, "manifests" | "root" | "configDir"> & {
    manifests: number;
  };
  readonly steps: readonly StepSummary[];
  readonly synthOutput?: OutputTotals;
  readonly floorOutput?: OutputTotals;
}

const log = (text: string): void => void process.stderr.write(`${text}\n`);
const load1 = (): number => os.loadavg()[0]!;

function list<T extends string>(value: string, known: readonly T[], what: string): T[] {
  const items = value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "" && s !== "none");
  const unknown = items.filter((s) => !known.includes(s as T));
  if (unknown.length > 0)
    throw new Error(`unknown ${what}: ${unknown.join(", ")} (known: ${known.join(", ")})`);
  return items as T[];
}

function parseOptions(argv: readonly string[]): Options {
  const num = (v: string): number => {
    const n = Number(v);
    if (!Number.isFinite(n)) throw new Error(`not a number: ${v}`);
    return n;
  };
  const program = new Command("bench")
    .option("--sizes <list>", `sizes (${Object.keys(SIZE_TENANTS).join(", ")})`, "1k,5k,10k")
    .addOption(
      new Option("--repeat <n>", "runs per measurement (default: 3 below 5k, else 2)").argParser(num),
    )
    .option("--steps <list>", `steps (${STEP_NAMES.join(", ")})`, STEP_NAMES.join(","))
    .option(
      "--extras <list>",
      `extra measurements (${EXTRA_NAMES.join(", ")}) or none`,
      EXTRA_NAMES.join(","),
    )
    .option("--keep", "keep the generated organisations and outputs", false)
    .option("--json <file>", "where to write the results (default: bench-results/<timestamp>.json)")
    .addOption(new Option("--components <n>", "components per stack").argParser(num))
    .addOption(new Option("--import-depth <n>", "import chain length (≥ 3)").argParser(num))
    .addOption(new Option("--inheritance-depth <n>", "abstract bases per component").argParser(num))
    .addOption(new Option("--workspace-share <f>", "share of workspace-enabled components").argParser(num))
    .addOption(new Option("--dependency-density <f>", "depends_on entries per component").argParser(num))
    .addOption(new Option("--stages <n>", "stages per tenant").argParser(num))
    .addOption(new Option("--regions <n>", "regions per stage").argParser(num))
    .option("--templated", "every catalogue file uses locals and templates", false)
    .parse([...argv], { from: "user" });
  const o = program.opts<Record<string, string | number | boolean | undefined>>();
  const shape: Partial<OrganisationShape> = {
    ...(o["components"] !== undefined ? { componentsPerStack: o["components"] as number } : {}),
    ...(o["importDepth"] !== undefined ? { importDepth: o["importDepth"] as number } : {}),
    ...(o["inheritanceDepth"] !== undefined ? { inheritanceDepth: o["inheritanceDepth"] as number } : {}),
    ...(o["workspaceShare"] !== undefined ? { workspaceShare: o["workspaceShare"] as number } : {}),
    ...(o["dependencyDensity"] !== undefined ? { dependencyDensity: o["dependencyDensity"] as number } : {}),
    ...(o["stages"] !== undefined ? { stages: o["stages"] as number } : {}),
    ...(o["regions"] !== undefined ? { regions: o["regions"] as number } : {}),
    ...(o["templated"] === true ? { templated: true } : {}),
  };
  const steps = list(o["steps"] as string, STEP_NAMES, "step");
  // The cdktf floor recreates the synth step's output.
  if (steps.includes("cdktf-floor") && !steps.includes("synth"))
    steps.splice(steps.indexOf("cdktf-floor"), 0, "synth");
  return {
    sizes: list(o["sizes"] as string, Object.keys(SIZE_TENANTS), "size"),
    ...(o["repeat"] !== undefined ? { repeat: o["repeat"] as number } : {}),
    steps: STEP_NAMES.filter((s) => steps.includes(s)),
    extras: list(o["extras"] as string, EXTRA_NAMES, "extra"),
    keep: o["keep"] === true,
    ...(o["json"] !== undefined ? { json: o["json"] as string } : {}),
    shape,
  };
}

/** Checks that a step saw the organisation that was generated (a wrong size is a wrong benchmark). */
function checkCounts(step: StepName, org: GeneratedOrganisation, run: Run, outdir: string): void {
  const counts = run.step?.counts ?? {};
  const expect = (what: string, actual: number | undefined, expected: number): void => {
    if (actual !== expected) throw new Error(`${step}: ${what} is ${actual}, expected ${expected}`);
  };
  if (step === "model") expect("Spacelift stacks", counts["spaceliftStacks"], org.spaceliftStacks);
  if (step === "synth")
    expect("spacelift_stack resources", outputTotals(outdir).spaceliftStacks, org.spaceliftStacks);
  // The shared import reaches every stack: every component instance is affected.
  if (step === "affected") expect("affected items", counts["items"], org.componentInstances);
}

function measureSize(size: string, options: Options, tmp: string): SizeResult {
  const shape = shapeOf(size, options.shape);
  const root = path.join(tmp, size, "repo");
  const work = path.join(tmp, size, "work");
  fs.mkdirSync(work, { recursive: true });
  const org = generateOrganisation(root, shape);
  commitWithSharedChange(org);
  log(
    `${size}: ${org.spaceliftStacks} Spacelift stacks (${org.atmosStacks} atmos stacks, ${org.manifests.length} manifests) in ${root}`,
  );
  const repeat = options.repeat ?? (org.spaceliftStacks < 5000 ? 3 : 2);
  const runs = new Map<StepName, Run[]>(options.steps.map((s) => [s, []]));
  const loads = new Map<StepName, number[]>(options.steps.map((s) => [s, []]));
  const synthOut = path.join(work, "synth.out");
  const floorOut = path.join(work, "floor.out");
  const floorSpec = path.join(work, "floor-spec.json");
  // Rounds of every step, so that machine noise hits all steps alike.
  for (let round = 0; round < repeat; round++) {
    for (const step of options.steps) {
      const outdir = step === "cdktf-floor" ? floorOut : synthOut;
      if (step === "synth" || step === "cdktf-floor") fs.rmSync(outdir, { recursive: true, force: true });
      loads.get(step)!.push(load1());
      const run = runStep({ root, outdir, floorSpec }, step, work);
      log(
        `  ${step} #${round + 1}: ${(run.wallMs / 1000).toFixed(2)} s, ${(run.maxRssKiB / 1024).toFixed(0)} MiB`,
      );
      checkCounts(step, org, run, outdir);
      runs.get(step)!.push(run);
      if (step === "synth" && round === 0) fs.writeFileSync(floorSpec, JSON.stringify(floorSpecOf(synthOut)));
    }
  }
  const synthOutput = options.steps.includes("synth") ? outputTotals(synthOut) : undefined;
  const floorOutput = options.steps.includes("cdktf-floor") ? outputTotals(floorOut) : undefined;
  if (synthOutput && floorOutput && synthOutput.resources !== floorOutput.resources)
    throw new Error(`cdktf floor made ${floorOutput.resources} resources, synth ${synthOutput.resources}`);
  const { manifests, root: _root, configDir: _configDir, ...counts } = org;
  return {
    size,
    shape,
    organisation: { ...counts, manifests: manifests.length },
    steps: options.steps.map((step) => {
      const l = loads.get(step)!;
      return summarise(step, size, org.spaceliftStacks, runs.get(step)!, [l[0]!, l[l.length - 1]!]);
    }),
    ...(synthOutput ? { synthOutput } : {}),
    ...(floorOutput ? { floorOutput } : {}),
  };
}

function machine(): Record<string, unknown> {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

/** Runs the benchmark with command-line arguments; prints the table, writes the JSON. */
export function runBenchmark(argv: readonly string[]): void {
  const options = parseOptions(argv);
  const started = new Date();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "spacelift-atmos-bench-"));
  const loadAtStart = os.loadavg();
  log(`load average at start: ${loadAtStart.map((l) => l.toFixed(2)).join(" ")}; work dir ${tmp}`);
  try {
    const sizes = options.sizes.map((size) => measureSize(size, options, tmp));
    const repeatExtras = options.repeat ?? 3;
    const extras: ExtraSummary[] =
      options.extras.length > 0 ? measureExtras(options.extras, repeatExtras, path.join(tmp, "extras")) : [];
    const summaries = sizes.flatMap((s) => s.steps);
    const targets = checkTargets(summaries, options.sizes);
    const print = (text: string): void => void process.stdout.write(`${text}\n`);
    print(`\nBenchmark ${started.toISOString()} — ${JSON.stringify(machine())}`);
    print(
      `load average: start ${loadAtStart.map((l) => l.toFixed(2)).join(" ")}, end ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}\n`,
    );
    print(renderTable(summaries, options.sizes));
    for (const s of sizes) {
      if (s.synthOutput && s.floorOutput)
        print(
          `${s.size}: synth wrote ${s.synthOutput.resources} resources in ${s.synthOutput.stacks} stacks (${(s.synthOutput.bytes / 1e6).toFixed(1)} MB), the cdktf floor ${s.floorOutput.resources} (${(s.floorOutput.bytes / 1e6).toFixed(1)} MB)`,
        );
    }
    if (extras.length > 0) print(`\n${renderExtras(extras)}`);
    if (targets.length > 0) print(`\n${renderTargets(targets)}`);
    const jsonFile = path.resolve(
      options.json ??
        path.join(PROJECT_ROOT, "bench-results", `${started.toISOString().replace(/[:.]/g, "-")}.json`),
    );
    fs.mkdirSync(path.dirname(jsonFile), { recursive: true });
    fs.writeFileSync(
      jsonFile,
      `${JSON.stringify(
        {
          date: started.toISOString(),
          machine: machine(),
          loadAverage: { start: loadAtStart, end: os.loadavg() },
          options: { ...options, json: undefined },
          sizes,
          extras,
          targets,
        },
        null,
        2,
      )}\n`,
    );
    print(`\nresults: ${path.relative(process.cwd(), jsonFile)}`);
  } finally {
    if (options.keep) log(`kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) runBenchmark(process.argv.slice(2));
