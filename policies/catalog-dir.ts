/**
 * Which policy catalogue a config uses. The catalogue is part of the repository that holds the
 * config (this app's project, at `integrations.spacelift_atmos.app.project_root`), so a side of a
 * diff synthesized from a temporary checkout must read the checkout's catalogue, not the one of
 * the code that runs: otherwise an edited policy compares equal to itself.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

/** This code's own package name: a project root holding another package is not this app. */
const OWN_PACKAGE = packageName(join(__dirname, "..", "package.json"));

/**
 * The catalogue folder of the tree rooted at `repositoryRoot`: `<repositoryRoot>/<projectRoot>/policies`
 * when the project root holds this app (its package.json names this package) and that folder
 * exists; else undefined, and the caller uses the code's own catalogue.
 */
export function catalogDirIn(repositoryRoot: string, projectRoot: string): string | undefined {
  const project = resolve(repositoryRoot, projectRoot);
  const dir = join(project, "policies");
  if (OWN_PACKAGE === undefined || packageName(join(project, "package.json")) !== OWN_PACKAGE) {
    return undefined;
  }
  return isDirectory(dir) ? dir : undefined;
}

function packageName(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
    const name =
      parsed !== null && typeof parsed === "object" ? (parsed as Record<string, unknown>)["name"] : undefined;
    return typeof name === "string" ? name : undefined;
  } catch {
    return undefined;
  }
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
