/**
 * Measurements outside the generated organisations: generating the Spacelift bindings (`.gen/`,
 * what `npm run get` does) and synthesizing the embedded example (`stacks-config/`), once through
 * the app alone and once through `cdktf synth` with the CLI's start-up. Outputs go to temporary
 * directories; the worktree is not touched.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { PROJECT_ROOT, runCommand, type Run } from "./measure";
import type { ExtraSummary } from "./report";

/** The extra measurements, by name. */
export const EXTRA_NAMES = ["gen", "example-app", "example-cdktf"] as const;
/** An extra measurement name. */
export type ExtraName = (typeof EXTRA_NAMES)[number];

const DESCRIPTIONS: Readonly<Record<ExtraName, string>> = {
  gen: "node scripts/generate-bindings.js (npm run get)",
  "example-app": "node --require tsx/cjs main.ts (embedded example)",
  "example-cdktf": "cdktf synth (embedded example, CLI start-up included)",
};

function once(name: ExtraName, workDir: string): Run {
  const out = path.join(workDir, `${name}-out`);
  fs.rmSync(out, { recursive: true, force: true });
  const node = process.execPath;
  switch (name) {
    case "gen":
      return runCommand(node, [path.join(PROJECT_ROOT, "scripts/generate-bindings.js"), out], {
        cwd: PROJECT_ROOT,
        workDir,
      });
    case "example-app":
      return runCommand(node, ["--require", "tsx/cjs", "main.ts"], {
        cwd: PROJECT_ROOT,
        env: { CDKTF_OUTDIR: out },
        workDir,
      });
    case "example-cdktf":
      return runCommand(path.join(PROJECT_ROOT, "node_modules/.bin/cdktf"), ["synth", "--output", out], {
        cwd: PROJECT_ROOT,
        workDir,
      });
  }
}

/** Measures `names`, `repeat` times each (interleaved), in `workDir`. */
export function measureExtras(names: readonly ExtraName[], repeat: number, workDir: string): ExtraSummary[] {
  const runs = new Map<ExtraName, Run[]>(names.map((n) => [n, []]));
  for (let i = 0; i < repeat; i++) for (const n of names) runs.get(n)!.push(once(n, workDir));
  return names.map((name) => {
    const rs = runs.get(name)!;
    return {
      name,
      description: DESCRIPTIONS[name],
      wallMs: Math.min(...rs.map((r) => r.wallMs)),
      maxWallMs: Math.max(...rs.map((r) => r.wallMs)),
      maxRssKiB: Math.max(...rs.map((r) => r.maxRssKiB)),
      cpuMs: Math.min(...rs.map((r) => r.cpuMs)),
      runs: rs,
    };
  });
}
