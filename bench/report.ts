/**
 * Summaries, ratios, targets and the printed table of a benchmark run.
 */
import type { Run } from "./measure";
import type { StepName } from "./steps/step";

/** The repeated runs of one step at one size, summarised. */
export interface StepSummary {
  readonly step: StepName;
  readonly size: string;
  readonly spaceliftStacks: number;
  /** Fastest wall time, ms (the figure every ratio uses). */
  readonly wallMs: number;
  /** Slowest wall time, ms. */
  readonly maxWallMs: number;
  /** Highest peak RSS over the runs, KiB. */
  readonly maxRssKiB: number;
  /** Lowest CPU time over the runs, ms. */
  readonly cpuMs: number;
  /** Of the fastest run: ms until the step's modules were loaded (start-up), and of its work. */
  readonly loadedMs: number;
  readonly workMs: number;
  readonly counts: Readonly<Record<string, number>>;
  readonly runs: readonly Run[];
  /** Loadavg (1 min) when the first and the last run started. */
  readonly load: readonly [number, number];
}

/** A command measured once per benchmark (binding generation, the embedded example). */
export interface ExtraSummary {
  readonly name: string;
  readonly description: string;
  readonly wallMs: number;
  readonly maxWallMs: number;
  readonly maxRssKiB: number;
  readonly cpuMs: number;
  readonly runs: readonly Run[];
}

/** A target of issue #12 and whether it held. */
export interface TargetCheck {
  readonly target: string;
  readonly size: string;
  readonly value: string;
  readonly limit: string;
  readonly met: boolean;
}

/** Summarises the runs of one step. */
export function summarise(
  step: StepName,
  size: string,
  spaceliftStacks: number,
  runs: readonly Run[],
  load: readonly [number, number],
): StepSummary {
  const fastest = runs.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
  return {
    step,
    size,
    spaceliftStacks,
    wallMs: fastest.wallMs,
    maxWallMs: Math.max(...runs.map((r) => r.wallMs)),
    maxRssKiB: Math.max(...runs.map((r) => r.maxRssKiB)),
    cpuMs: Math.min(...runs.map((r) => r.cpuMs)),
    loadedMs: fastest.step?.loadedMs ?? 0,
    workMs: fastest.step?.workMs ?? 0,
    counts: fastest.step?.counts ?? {},
    runs,
    load,
  };
}

/** What each step's ratio is taken against: the description and the reference time. */
export function ratioOf(
  s: StepSummary,
  atSize: (step: StepName) => StepSummary | undefined,
): { value: number; against: string } | undefined {
  const time = (step: StepName): number | undefined => atSize(step)?.wallMs;
  const of = (
    reference: number | undefined,
    against: string,
  ): { value: number; against: string } | undefined =>
    reference === undefined ? undefined : { value: s.wallMs / reference, against };
  switch (s.step) {
    case "engine":
      return of(time("yaml-floor"), "YAML floor");
    case "model":
      return of(time("engine"), "engine");
    case "affected":
      return of(time("engine"), "engine");
    case "synth": {
      const cdktf = time("cdktf-floor");
      const yaml = time("yaml-floor");
      return of(cdktf !== undefined && yaml !== undefined ? cdktf + yaml : undefined, "cdktf+YAML floors");
    }
    case "yaml-floor":
    case "cdktf-floor":
      return undefined;
  }
}

const GiB = 1024 * 1024;
const fmtS = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const fmtMiB = (kib: number): string => `${(kib / 1024).toFixed(0)} MiB`;
const fmtX = (x: number): string => `${x.toFixed(2)}×`;

/** The targets of issue #12 over the summaries (only those whose steps were measured). */
export function checkTargets(summaries: readonly StepSummary[], sizes: readonly string[]): TargetCheck[] {
  const get = (step: StepName, size: string): StepSummary | undefined =>
    summaries.find((s) => s.step === step && s.size === size);
  const checks: TargetCheck[] = [];
  const ratioCheck = (step: StepName, limit: number, target: string, at = sizes): void => {
    for (const size of at) {
      const s = get(step, size);
      const r = s && ratioOf(s, (x) => get(x, size));
      if (r) checks.push({ target, size, value: fmtX(r.value), limit: fmtX(limit), met: r.value <= limit });
    }
  };
  ratioCheck("engine", 3, "engine ≤ 3× the YAML floor");
  ratioCheck("model", 1.5, "model adds ≤ 50% to the engine");
  ratioCheck("affected", 2, "describe affected ≤ 2× one engine run");
  const big = get("synth", "10k");
  if (big) {
    checks.push({
      target: "full synth time",
      size: "10k",
      value: fmtS(big.wallMs),
      limit: "20.00 s",
      met: big.wallMs <= 20_000,
    });
    checks.push({
      target: "full synth peak RSS",
      size: "10k",
      value: fmtMiB(big.maxRssKiB),
      limit: "2048 MiB",
      met: big.maxRssKiB <= 2 * GiB,
    });
  }
  ratioCheck("synth", 1.5, "full synth ≤ 1.5× (cdktf floor + YAML floor)", ["10k"]);
  for (const step of ["yaml-floor", "engine", "model", "synth", "affected", "cdktf-floor"] as const) {
    const small = get(step, "1k");
    const large = get(step, "10k");
    if (small && large) {
      const growth = large.wallMs / small.wallMs;
      checks.push({
        target: `growth 1k→10k of ${step}`,
        size: "1k→10k",
        value: fmtX(growth),
        limit: "12.00×",
        met: growth <= 12,
      });
    }
  }
  return checks;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** The results table: one row per (size, step). */
export function renderTable(summaries: readonly StepSummary[], sizes: readonly string[]): string {
  const get = (step: StepName, size: string): StepSummary | undefined =>
    summaries.find((s) => s.step === step && s.size === size);
  const rows = summaries.map((s) => {
    const r = ratioOf(s, (x) => get(x, s.size));
    const previous = sizes[sizes.indexOf(s.size) - 1];
    const before = previous !== undefined ? get(s.step, previous) : undefined;
    return [
      s.size,
      s.step,
      String(s.spaceliftStacks),
      fmtS(s.wallMs),
      `${(((s.maxWallMs - s.wallMs) / s.wallMs) * 100).toFixed(0)}%`,
      fmtS(s.cpuMs),
      fmtS(s.loadedMs),
      fmtMiB(s.maxRssKiB),
      r ? `${fmtX(r.value)} ${r.against}` : "",
      before ? fmtX(s.wallMs / before.wallMs) : "",
      s.load.map((l) => l.toFixed(1)).join("/"),
    ];
  });
  return table(
    ["size", "step", "stacks", "time", "spread", "CPU", "start-up", "peak RSS", "ratio", "growth", "load"],
    rows,
  );
}

/** The extras table. */
export function renderExtras(extras: readonly ExtraSummary[]): string {
  return table(
    ["what", "command", "time", "spread", "CPU", "peak RSS"],
    extras.map((e) => [
      e.name,
      e.description,
      fmtS(e.wallMs),
      `${(((e.maxWallMs - e.wallMs) / e.wallMs) * 100).toFixed(0)}%`,
      fmtS(e.cpuMs),
      fmtMiB(e.maxRssKiB),
    ]),
  );
}

/** The target lines. */
export function renderTargets(checks: readonly TargetCheck[]): string {
  return checks
    .map((c) => `${c.met ? "met   " : "MISSED"}  ${c.target} (${c.size}): ${c.value} (limit ${c.limit})`)
    .join("\n");
}
