/**
 * The per-component checks of `describe affected`, in atmos's order, over every HEAD component
 * that is not abstract, disabled or (with `--exclude-locked`) locked:
 *
 * | # | reason             | when                                                                 |
 * |---|--------------------|----------------------------------------------------------------------|
 * | 1 | `stack.metadata`   | metadata differs from BASE, or the component is new                  |
 * | 2 | `component.module` | a changed file lies under a local module the component's folder uses  |
 * | 3 | `component`        | a changed file lies under the component's folder                      |
 * | 4 | `stack.<section>`  | each compared section differs (see sections.ts)                       |
 * | 5 | `stack.settings`   | settings differ                                                       |
 * | 6 | `file` / `folder`  | the first declared file / folder dependency with a changed file       |
 *
 * A new component reports `stack.metadata` and every non-empty section (an empty section of a
 * new component changes nothing).
 */
import * as path from "node:path";
import type { JsonMap, JsonValue, ResolvedComponent } from "../config-engine/types";
import { ChangedFiles } from "./changed-files";
import type { Comparison } from "./comparison";
import { AffectedErrors } from "./errors";
import type { AffectedItems, HitDetails } from "./items";
import { LocalModules } from "./local-modules";
import { ABSENT, COMPARABLE_SECTIONS, isNonEmpty, SectionComparer, sectionsToCompare } from "./sections";
import { Reasons } from "./types";

/** Runs checks 1–6 over every HEAD component in scope. */
export function checkHeadComponents(cmp: Comparison, items: AffectedItems): void {
  const { head } = cmp;
  const { sections, unsupported } = sectionsToCompare(head.config.affectedSections);
  for (const name of unsupported)
    cmp.warnings.push(AffectedErrors.sectionNotCompared(name, COMPARABLE_SECTIONS));
  const comparer = new SectionComparer();
  const modules = new LocalModules(cmp.warnings);
  const differs = (a: JsonValue, b: JsonValue | undefined): boolean =>
    b === undefined ? isNonEmpty(a) : !comparer.equal(a, b);

  for (const c of head.resolved.components) {
    if (cmp.skips(c) || !cmp.inScope(c.atmosStack)) continue;
    const b = cmp.baseComponent(c.atmosStack, c.atmosComponent);
    const hit = (reason: string, details: HitDetails = {}): void =>
      items.add(c, head.config, reason, details);

    if (!b || !comparer.equal(c.metadata, b.metadata)) hit(Reasons.metadata);
    const folder = path.resolve(head.config.basePath, c.componentPath);
    if (modules.of(folder).some((dir) => changedUnder(cmp, dir))) hit(Reasons.module);
    if (changedUnder(cmp, folder)) hit(Reasons.component);
    for (const s of sections) {
      const value = s.read(c);
      if (value === ABSENT) continue;
      const before = b && s.read(b);
      if (differs(value, before === ABSENT ? undefined : before)) hit(`stack.${s.name}`);
    }
    if (differs(c.settings, b?.settings)) hit(Reasons.settings);
    const dependency = changedDependency(cmp, c);
    if (dependency) {
      hit(
        dependency.kind,
        dependency.kind === "file" ? { file: dependency.declared } : { folder: dependency.declared },
      );
    }
  }
}

function changedUnder(cmp: Comparison, abs: string): boolean {
  const rel = cmp.headRelative(abs);
  return rel !== undefined && cmp.changed.anyUnder(rel);
}

/** A declared file or folder dependency. */
interface DeclaredPath {
  readonly kind: "file" | "folder";
  /** As written in YAML. */
  readonly declared: string;
}

/**
 * The first declared dependency with a change: `dependencies.files`, `dependencies.folders`,
 * `dependencies.components[{kind: file|folder, path}]`, then `settings.depends_on.<n>.file` /
 * `.folder` (keys in numeric order). Relative paths are relative to the repository root (atmos:
 * the current directory, which is the repository root in CI); a folder matches everything under it;
 * globs are matched as doublestar patterns.
 */
function changedDependency(cmp: Comparison, c: ResolvedComponent): DeclaredPath | undefined {
  for (const d of declaredPaths(c)) {
    const rel = repositoryPath(cmp, d.declared);
    if (rel === undefined) continue;
    const glob = ChangedFiles.isGlob(rel);
    const changed =
      d.kind === "file"
        ? glob
          ? cmp.changed.anyMatch(rel)
          : cmp.changed.has(rel)
        : glob
          ? cmp.changed.anyMatch(`${rel}/**`)
          : cmp.changed.anyUnder(rel);
    if (changed) return d;
  }
  return undefined;
}

function declaredPaths(c: ResolvedComponent): DeclaredPath[] {
  const out: DeclaredPath[] = [];
  const strings = (v: JsonValue | undefined): string[] =>
    Array.isArray(v) ? v.filter((s): s is string => typeof s === "string" && s !== "") : [];
  for (const f of strings(c.dependencies["files"])) out.push({ kind: "file", declared: f });
  for (const f of strings(c.dependencies["folders"])) out.push({ kind: "folder", declared: f });
  const components = c.dependencies["components"];
  for (const e of Array.isArray(components) ? components : []) {
    const m = asMap(e);
    const kind = m?.["kind"];
    const p = m?.["path"];
    if ((kind === "file" || kind === "folder") && typeof p === "string" && p !== "") {
      out.push({ kind, declared: p });
    }
  }
  const dependsOn = asMap(c.settings["depends_on"]) ?? {};
  for (const key of Object.keys(dependsOn).sort(numericThenText)) {
    const entry = asMap(dependsOn[key]);
    const file = entry?.["file"];
    const folder = entry?.["folder"];
    if (typeof file === "string" && file !== "") out.push({ kind: "file", declared: file });
    else if (typeof folder === "string" && folder !== "") out.push({ kind: "folder", declared: folder });
  }
  return out;
}

/** A declared path relative to the repository root (`/`), or undefined when it points outside. */
function repositoryPath(cmp: Comparison, declared: string): string | undefined {
  const p = declared.replaceAll("\\", "/");
  if (path.posix.isAbsolute(p) || path.isAbsolute(declared)) return cmp.headRelative(declared);
  const rel = path.posix.normalize(p).replace(/\/+$/, "");
  if (rel === ".." || rel.startsWith("../")) return undefined;
  return rel === "." ? "" : rel;
}

function asMap(v: JsonValue | undefined): JsonMap | undefined {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? v : undefined;
}

function numericThenText(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (Number.isInteger(na) && Number.isInteger(nb)) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}
