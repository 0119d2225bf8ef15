/** Go's `regexp` package (RE2 syntax and semantics) over re2js, with Go's `$name` expansion. */
import { RE2JS } from "re2js";

interface Re2Engine {
  findAllSubmatchIndex(s: string, n: number): number[][] | null;
}

/** A compiled Go regexp. */
export class GoRegexp {
  private readonly re: Re2Engine;
  private readonly groups: Readonly<Record<string, number>>;

  private constructor(
    readonly source: string,
    compiled: RE2JS,
  ) {
    this.re = compiled.re2();
    this.groups = compiled.namedGroups();
  }

  /** Go's `regexp.Compile`: throws Go's `error parsing regexp: …`. */
  static compile(pattern: string): GoRegexp {
    try {
      return new GoRegexp(pattern, RE2JS.compile(pattern));
    } catch (e) {
      throw new Error(e instanceof Error ? e.message : String(e));
    }
  }

  /** Go's `regexp.MustCompile`, whose panic text text/template reports. */
  static mustCompile(pattern: string): GoRegexp {
    try {
      return GoRegexp.compile(pattern);
    } catch (e) {
      throw new Error(`regexp: Compile(${backquote(pattern)}): ${(e as Error).message}`);
    }
  }

  /** Go's `FindAllStringSubmatchIndex` (n < 0: all). */
  matches(s: string, n = -1): number[][] {
    if (n === 0) return [];
    return this.re.findAllSubmatchIndex(s, n) ?? [];
  }

  test(s: string): boolean {
    return this.matches(s, 1).length > 0;
  }

  find(s: string): string {
    const m = this.matches(s, 1)[0];
    return m ? s.slice(m[0], m[1]) : "";
  }

  findAll(s: string, n: number): string[] {
    return this.matches(s, n).map((m) => s.slice(m[0], m[1]));
  }

  /** Go's `FindStringSubmatch`: the match and its groups ("" for a group that did not take part). */
  findSubmatch(s: string): string[] {
    const m = this.matches(s, 1)[0];
    if (!m) return [];
    const out: string[] = [];
    for (let i = 0; i < m.length; i += 2) {
      const [a = -1, b = -1] = [m[i], m[i + 1]];
      out.push(a >= 0 ? s.slice(a, b) : "");
    }
    return out;
  }

  private replace(s: string, fn: (m: number[]) => string): string {
    let out = "";
    let last = 0;
    for (const m of this.matches(s)) {
      const [a = 0, b = 0] = m;
      out += s.slice(last, a) + fn(m);
      last = b;
    }
    return out + s.slice(last);
  }

  /** Go's `ReplaceAllString`: `$1`, `${1}`, `$name`, `${name}`, `$$` in the replacement. */
  replaceAll(s: string, template: string): string {
    return this.replace(s, (m) => this.expand(template, s, m));
  }

  replaceAllLiteral(s: string, repl: string): string {
    return this.replace(s, () => repl);
  }

  /** Go's `Regexp.Split`. */
  split(s: string, n: number): string[] {
    if (n === 0) return [];
    if (this.source.length > 0 && s.length === 0) return [""];
    const out: string[] = [];
    let beg = 0;
    let end = 0;
    for (const [a = 0, b = 0] of this.matches(s, n)) {
      if (n > 0 && out.length === n - 1) break;
      end = a;
      if (b !== 0) out.push(s.slice(beg, end));
      beg = b;
    }
    if (end !== s.length) out.push(s.slice(beg));
    return out;
  }

  private expand(template: string, src: string, m: readonly number[]): string {
    let out = "";
    let i = 0;
    while (i < template.length) {
      const dollar = template.indexOf("$", i);
      if (dollar < 0) {
        out += template.slice(i);
        break;
      }
      out += template.slice(i, dollar);
      const rest = template.slice(dollar + 1);
      if (rest.startsWith("$")) {
        out += "$";
        i = dollar + 2;
        continue;
      }
      const named = /^\{([A-Za-z0-9_]+)\}|^([A-Za-z0-9_]+)/.exec(rest);
      if (!named) {
        // Go: a malformed `$` is copied as is.
        out += "$";
        i = dollar + 1;
        continue;
      }
      const name = named[1] ?? named[2] ?? "";
      const index = /^\d+$/.test(name) ? Number(name) : this.groups[name];
      if (index !== undefined && 2 * index + 1 < m.length) {
        const [a = -1, b = -1] = [m[2 * index], m[2 * index + 1]];
        if (a >= 0) out += src.slice(a, b);
      }
      i = dollar + 1 + named[0].length;
    }
    return out;
  }
}

/** Go's `regexp.QuoteMeta`. */
export function quoteMeta(s: string): string {
  return s.replace(/[\\.+*?()|[\]{}^$]/g, "\\$&");
}

/** Go's `regexp` quoting of a pattern in messages: backquoted when it can be. */
function backquote(s: string): string {
  return s.includes("`") || /[\x00-\x08\x0a-\x1f\x7f]/.test(s) ? JSON.stringify(s) : `\`${s}\``;
}
