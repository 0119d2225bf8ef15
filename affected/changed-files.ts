/**
 * The changed files of one comparison, indexed once: a sorted array of repository-relative,
 * `/`-separated paths. "Is anything under this folder changed" and "is this file changed" are
 * binary searches, so thousands of components cost O(components · log files), not a scan each.
 */
import picomatch from "picomatch";

/** Characters that make a declared dependency path a glob (atmos matches them with doublestar). */
const GLOB_CHARS = /[*?[\]{}]/;

/** Sorted, de-duplicated changed files with prefix and glob queries. */
export class ChangedFiles {
  private readonly files: readonly string[];

  constructor(files: Iterable<string>) {
    this.files = [...new Set([...files].map(normalize))].sort(compare);
  }

  /** Every changed file, sorted. */
  get all(): readonly string[] {
    return this.files;
  }

  get size(): number {
    return this.files.length;
  }

  /** True when `file` (repository-relative) is changed. */
  has(file: string): boolean {
    const f = normalize(file);
    const i = this.lowerBound(f);
    return i < this.files.length && this.files[i] === f;
  }

  /** True when a changed file lies under `dir` (repository-relative; `""` is the whole repository). */
  anyUnder(dir: string): boolean {
    const d = normalize(dir);
    if (d === "") return this.files.length > 0;
    const prefix = `${d}/`;
    const i = this.lowerBound(prefix);
    return i < this.files.length && this.files[i]!.startsWith(prefix);
  }

  /** True when a changed file matches the doublestar `pattern` (repository-relative). */
  anyMatch(pattern: string): boolean {
    const isMatch = picomatch(normalize(pattern), { dot: true });
    return this.files.some((f) => isMatch(f));
  }

  /** True when `path` contains glob characters. */
  static isGlob(path: string): boolean {
    return GLOB_CHARS.test(path);
  }

  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.files.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(this.files[mid]!, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function normalize(p: string): string {
  const s = p.replaceAll("\\", "/").replace(/\/+$/, "");
  return s === "." ? "" : s.replace(/^\.\//, "");
}

/** Code-unit order: the order `startsWith` prefix ranges are contiguous in. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
