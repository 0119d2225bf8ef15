/** Shared set-up of the break-glass tests: in-process CLI runs and models built from fake components. */
import { join } from "node:path";
import type { ResolvedComponent } from "../../config-engine/types";
import { runCli } from "../../cli/run";
import { buildSpaceliftModel, type SpaceliftModel } from "../../model";
import type { RepositoryLayout } from "../../runbook";
import { emptyCatalog, fakeResolved } from "../model/fake-resolved";

/** The repository root, whose stacks-config/ is the embedded example. */
export const REPO_ROOT = join(__dirname, "..", "..");

/** The layout of the fake organisation (atmos.yaml at the repository root). */
export const FAKE_LAYOUT: RepositoryLayout = { configDirInRepo: "", basePathInRepo: "", appProjectRoot: "" };

/** What one CLI run printed and returned. */
export interface CliResult {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs `spacelift-atmos <argv>` in-process in `cwd` (the repository root by default). */
export async function run(argv: string[], cwd: string = REPO_ROOT): Promise<CliResult> {
  let out = "";
  let err = "";
  const code = await runCli(argv, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    cwd,
    env: {},
  });
  return { code, out, err };
}

/** The model of a fake organisation. */
export function fakeModel(components: ResolvedComponent[]): SpaceliftModel {
  return buildSpaceliftModel(fakeResolved(components), { catalog: emptyCatalog });
}

/** `component` with its backend section replaced (the fake's default is an s3 backend with lock files). */
export function withBackend(
  component: ResolvedComponent,
  backendType: string,
  backend: ResolvedComponent["backend"],
): ResolvedComponent {
  return { ...component, backendType, backend };
}
