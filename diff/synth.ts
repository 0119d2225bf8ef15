/**
 * Synthesizes one side of a diff in-process with this checkout's code: the same pipeline as
 * `npm run synth` (app/load.ts), written to a temporary cdktf output directory. The policy
 * catalogue is configuration, not code: app/model.ts reads the one of the side's own tree.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadSpaceliftApp, synthesizeSpaceliftApp } from "../app/load";
import { readSynthTree, type SynthTree } from "./tree";

/** What to synthesize. */
export interface SideOptions {
  /** What the report calls this side (a ref or "working tree"). */
  readonly label: string;
  readonly cwd: string;
  /** Absolute path of the directory holding atmos.yaml. */
  readonly configDir: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Where diagnostics go (already prefixed with the side). */
  readonly report: (text: string) => void;
}

/**
 * Synthesizes every stack of the config and reads the result back, or returns undefined after
 * reporting why (config errors). The temporary output is removed before returning.
 */
export function synthesizeSide(options: SideOptions): SynthTree | undefined {
  const outdir = mkdtempSync(join(tmpdir(), "spacelift-atmos-synth-"));
  try {
    const env = { ...options.env };
    // A whole tree as committed is compared: never a single stack, a bootstrap local state, or
    // cdktf's own output directory.
    delete env["SPACELIFT_ATMOS_ONLY_STACK"];
    delete env["CDKTF_OUTDIR"];
    delete env["SPACELIFT_ATMOS_LOCAL_STATE"];
    const app = loadSpaceliftApp({
      cwd: options.cwd,
      env,
      configDir: options.configDir,
      outdir,
      report: options.report,
    });
    // The same checks as main.ts: a secret never reaches the report (a PR comment).
    if (!app || !synthesizeSpaceliftApp(app, { cwd: options.cwd, env, report: options.report })) {
      return undefined;
    }
    return readSynthTree(outdir, options.label);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
