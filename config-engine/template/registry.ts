/**
 * The function map of a template, built as atmos builds it (`ProcessTmplWithDatasources`): Go's
 * builtins, then Gomplate (when enabled), then Sprig (when enabled), then atmos's own functions;
 * a later set overrides an earlier one for the same name, as Go's `Template.Funcs` does.
 */
import { ATMOS_FUNCTIONS } from "./atmos-functions";
import { GO_BUILTINS } from "./builtins";
import type { FunctionLibrary, GoFunction } from "./contract";

/*
 * Sprig and Gomplate (with re2js, semver, bcryptjs, smol-toml) take about 0.3 s to load, a tenth
 * of the engine at 10k stacks: they load when a template first needs them, not with the engine.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const sprig = (): FunctionLibrary =>
  (require("./sprig") as { SPRIG_FUNCTIONS: FunctionLibrary }).SPRIG_FUNCTIONS;
const gomplate = (): FunctionLibrary =>
  (require("./gomplate") as { GOMPLATE_FUNCTIONS: FunctionLibrary }).GOMPLATE_FUNCTIONS;
/* eslint-enable @typescript-eslint/no-require-imports */

/** Function name → function. */
export type FunctionMap = ReadonlyMap<string, GoFunction>;

/** `templates.settings.{sprig,gomplate}.enabled`. */
export interface FunctionSwitches {
  readonly sprig: boolean;
  readonly gomplate: boolean;
}

const built = new Map<string, FunctionMap>();

/** The (cached) function map for the given switches. */
export function functionMap(switches: FunctionSwitches): FunctionMap {
  const key = `${switches.sprig}/${switches.gomplate}`;
  let map = built.get(key);
  if (!map) {
    const libraries: FunctionLibrary[] = [GO_BUILTINS];
    if (switches.gomplate) libraries.push(gomplate());
    if (switches.sprig) libraries.push(sprig());
    libraries.push(ATMOS_FUNCTIONS);
    const m = new Map<string, GoFunction>();
    for (const lib of libraries) for (const name of Object.keys(lib)) m.set(name, lib[name] as GoFunction);
    map = m;
    built.set(key, map);
  }
  return map;
}

/**
 * Every function: what atmos's `ProcessTmpl` gives name templates, workspace templates and
 * import contexts (Gomplate and Sprig always on).
 */
export function allFunctions(): FunctionMap {
  return (everything ??= functionMap({ sprig: true, gomplate: true }));
}

let everything: FunctionMap | undefined;

/** The known name closest to `name` (edit distance), for "did you mean" hints. */
export function closestFunction(name: string, functions: FunctionMap): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const candidate of functions.keys()) {
    const d = distance(name.toLowerCase(), candidate.toLowerCase());
    if (!best || d < best.d || (d === best.d && candidate < best.name)) best = { name: candidate, d };
  }
  return best && best.d <= Math.max(2, Math.floor(name.length / 3)) ? best.name : undefined;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] as number;
      row[j] = Math.min(
        (row[j] as number) + 1,
        (row[j - 1] as number) + 1,
        prev + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      prev = tmp;
    }
  }
  return row[b.length] as number;
}
