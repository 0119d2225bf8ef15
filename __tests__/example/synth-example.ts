/** Synthesizes a copy of an atmos config tree in-process, as `npm run synth` does, into a temp dir. */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadSpaceliftApp, synthesizeSpaceliftApp } from "../../app/load";

/** The repository root (where stacks-config/ lives). */
export const REPO_ROOT = join(__dirname, "..", "..");

/** Synthesized stacks: stack id → cdk.tf.json text. */
export type SynthOutput = Record<string, string>;

/** Synthesizes the config under `cwd` (its `stacks-config/`) and returns every stack's JSON text. */
export function synthesize(cwd: string = REPO_ROOT, env: Record<string, string> = {}): SynthOutput {
  const outdir = mkdtempSync(join(tmpdir(), "synth-"));
  const reports: string[] = [];
  const app = loadSpaceliftApp({ cwd, env, outdir, report: (t) => reports.push(t) });
  const report = (t: string): number => reports.push(t);
  if (!app || !synthesizeSpaceliftApp(app, { cwd, env, report })) {
    throw new Error(`synth failed:\n${reports.join("")}`);
  }
  const stacksDir = join(outdir, "stacks");
  return Object.fromEntries(
    readdirSync(stacksDir)
      .sort()
      .map((id) => [id, readFileSync(join(stacksDir, id, "cdk.tf.json"), "utf8")]),
  );
}
