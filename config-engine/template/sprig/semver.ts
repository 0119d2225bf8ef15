/**
 * Masterminds/semver v3 as Sprig's `semver`/`semverCompare` use it, over node-semver. Masterminds
 * accepts `v`-prefixed and short versions (`1.2` → 1.2.0), `,` as AND, and `!=`; those are
 * translated here. Node-semver decides the rest (`^`, `~`, `x`, hyphen ranges, prerelease rules).
 */
import nodeSemver from "semver";
import { TemplateEvalError } from "../ast";
import type { GoOpaque, GoValue } from "../contract";

const VERSION =
  /^v?(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?(?:\.(0|[1-9]\d*))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

/** Masterminds `*semver.Version`. */
export class GoSemver implements GoOpaque {
  readonly goType = "*semver.Version";
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  readonly prerelease: string;
  readonly metadata: string;

  constructor(readonly original: string) {
    const m = VERSION.exec(original);
    if (!m) throw new Error("Invalid Semantic Version");
    this.major = Number(m[1]);
    this.minor = Number(m[2] ?? 0);
    this.patch = Number(m[3] ?? 0);
    this.prerelease = m[4] ?? "";
    this.metadata = m[5] ?? "";
  }

  /** Version.String(): normalized, no `v`. */
  goString(): string {
    const pre = this.prerelease ? `-${this.prerelease}` : "";
    const meta = this.metadata ? `+${this.metadata}` : "";
    return `${this.major}.${this.minor}.${this.patch}${pre}${meta}`;
  }

  /** node-semver form (build metadata dropped, as Masterminds ignores it in comparisons). */
  normalized(): string {
    return `${this.major}.${this.minor}.${this.patch}${this.prerelease ? `-${this.prerelease}` : ""}`;
  }

  goField(name: string, args: readonly GoValue[]): GoValue {
    switch (name) {
      case "Major":
        return this.major;
      case "Minor":
        return this.minor;
      case "Patch":
        return this.patch;
      case "Prerelease":
        return this.prerelease;
      case "Metadata":
        return this.metadata;
      case "Original":
        return this.original;
      case "String":
        return this.goString();
      case "Compare": {
        const other = args[0];
        if (!(other instanceof GoSemver))
          throw new TemplateEvalError(`wrong type for value; expected *semver.Version`);
        return nodeSemver.compare(this.normalized(), other.normalized());
      }
      default:
        throw new TemplateEvalError(`can't evaluate field ${name} in type *semver.Version`);
    }
  }
}

const TERM = /(!=|>=|<=|=>|=<|~>|>|<|=|~|\^)?\s*(v?[0-9xX*][0-9A-Za-z.*+-]*)/g;

/** Masterminds `NewConstraint(c).Check(v)`. */
export function semverCompare(constraint: string, version: string): boolean {
  const v = new GoSemver(version).normalized();
  const groups = constraint.split("||").map((g) => g.trim());
  const improper = (): Error => new Error(`improper constraint: ${constraint}`);
  if (groups.some((g) => g === "")) throw improper();
  return groups.some((group) => {
    if (/\s-\s/.test(group)) {
      const range = nodeSemver.validRange(group.replace(/\bv(?=\d)/g, ""));
      if (range === null) throw improper();
      return nodeSemver.satisfies(v, range);
    }
    const terms = [...group.matchAll(TERM)];
    const consumed = terms.map((t) => t[0]).join("");
    if (terms.length === 0 || consumed.replace(/\s/g, "") !== group.replace(/[\s,]/g, "")) throw improper();
    return terms.every((t) => {
      const op = t[1] ?? "";
      const ver = (t[2] ?? "").replace(/^v/, "");
      if (op === "!=") {
        const range = nodeSemver.validRange(ver);
        if (range === null) throw improper();
        return !nodeSemver.satisfies(v, range);
      }
      const range = nodeSemver.validRange(
        `${op === "~>" ? "~" : op === "=>" ? ">=" : op === "=<" ? "<=" : op}${ver}`,
      );
      if (range === null) throw improper();
      return nodeSemver.satisfies(v, range);
    });
  });
}
