/**
 * Where `atmos.yaml` is found (atmos HEAD `pkg/config/load.go`, `loadConfigSources`). atmos merges
 * every file it finds, lowest priority first; this engine reads the single highest-priority one
 * (the file atmos reports as its CLI config path, whose directory anchors relative paths):
 *
 * 1. `--config-dir` (this CLI's flag), then `ATMOS_CLI_CONFIG_PATH`: explicit, so a directory
 *    without the file is CONFIG_NOT_FOUND (atmos falls back to its defaults there);
 * 2. the current directory;
 * 3. `./stacks-config/` (this project's layout, an addition);
 * 4. unless the current directory has its own atmos config (`atmos.yaml`, `.atmos.yaml`,
 *    `atmos.d/`, `.atmos.d/`) or `ATMOS_GIT_ROOT_BASEPATH=false`: the git repository root, then
 *    the nearest parent directory holding `atmos.yaml` / `.atmos.yaml`;
 * 5. `$HOME/.atmos/`, then the system directory `/usr/local/etc/atmos/`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { EngineErrors, fail } from "./errors";

/** File names atmos reads in a config directory, in order. */
const CONFIG_FILES = ["atmos.yaml", "atmos.yml", ".atmos.yaml", ".atmos.yml"];
/** What makes a directory "have local atmos config" (atmos `hasLocalAtmosConfig`). */
const LOCAL_CONFIG_INDICATORS = ["atmos.yaml", ".atmos.yaml", "atmos.d", ".atmos.d"];
/** atmos `SystemDirConfigFilePath` (non-Windows). */
export const SYSTEM_CONFIG_DIR = "/usr/local/etc/atmos";

/** Inputs of the search. */
export interface AtmosConfigSearch {
  /** `--config-dir`. @default - search */
  readonly configDir?: string;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** @default {@link SYSTEM_CONFIG_DIR} */
  readonly systemDir?: string;
}

/** The file found and which rule found it (for messages). */
export interface FoundAtmosConfig {
  readonly file: string;
  readonly source: string;
}

/** Finds atmos.yaml; throws CONFIG_NOT_FOUND naming every place searched. */
export function findAtmosConfig(search: AtmosConfigSearch): FoundAtmosConfig {
  const { cwd, env } = search;
  const envDir = env["ATMOS_CLI_CONFIG_PATH"];
  const explicit =
    search.configDir !== undefined
      ? { dir: search.configDir, source: "--config-dir" }
      : envDir !== undefined && envDir !== ""
        ? { dir: envDir, source: "ATMOS_CLI_CONFIG_PATH" }
        : undefined;
  if (explicit) {
    const dir = path.resolve(cwd, explicit.dir);
    const file = configFileIn(dir);
    if (!file) fail(EngineErrors.configNotFound(path.relative(cwd, dir) || ".", explicit.source));
    return { file, source: explicit.source };
  }

  const candidates: { dir: string | undefined; source: string }[] = [
    { dir: cwd, source: "the current directory" },
    { dir: path.join(cwd, "stacks-config"), source: "./stacks-config" },
  ];
  if (!LOCAL_CONFIG_INDICATORS.some((f) => fs.existsSync(path.join(cwd, f)))) {
    if (env["ATMOS_GIT_ROOT_BASEPATH"] !== "false") {
      candidates.push({ dir: gitRoot(cwd), source: "the git repository root" });
    }
    candidates.push({ dir: nearestParentWithConfig(cwd), source: "a parent directory" });
  }
  const home = env["HOME"];
  if (home !== undefined && home !== "") {
    candidates.push({ dir: path.join(home, ".atmos"), source: "~/.atmos" });
  }
  candidates.push({ dir: search.systemDir ?? SYSTEM_CONFIG_DIR, source: "the system directory" });
  for (const c of candidates) {
    const file = c.dir === undefined ? undefined : configFileIn(c.dir);
    if (file) return { file, source: c.source };
  }
  return fail(
    EngineErrors.configNotFound(
      ".",
      "the current directory, ./stacks-config, the git root, parent directories, ~/.atmos and /usr/local/etc/atmos",
    ),
  );
}

function configFileIn(dir: string): string | undefined {
  return CONFIG_FILES.map((f) => path.join(dir, f)).find((f) => isFile(f));
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** atmos `findAtmosConfigInParentDirs`: the nearest strict ancestor with atmos.yaml or .atmos.yaml. */
function nearestParentWithConfig(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
    if (["atmos.yaml", ".atmos.yaml"].some((f) => isFile(path.join(dir, f)))) return dir;
  }
}

/** The nearest directory at or above `start` holding `.git`. */
export function gitRoot(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    if (fs.existsSync(path.join(dir, ".git"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
