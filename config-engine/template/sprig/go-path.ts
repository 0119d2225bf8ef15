/** Go's `path` package (slash-separated; `path/filepath` is the same on Linux). */

/** Go's `path.Clean`. */
export function clean(p: string): string {
  if (p === "") return ".";
  const rooted = p.startsWith("/");
  const out: string[] = [];
  for (const part of p.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (!rooted) out.push("..");
      continue;
    }
    out.push(part);
  }
  const joined = out.join("/");
  if (rooted) return `/${joined}`;
  return joined === "" ? "." : joined;
}

/** Go's `path.Base`. */
export function base(p: string): string {
  if (p === "") return ".";
  const trimmed = p.replace(/\/+$/, "");
  if (trimmed === "") return "/";
  return trimmed.slice(trimmed.lastIndexOf("/") + 1);
}

/** Go's `path.Dir`. */
export function dir(p: string): string {
  return clean(p.slice(0, p.lastIndexOf("/") + 1));
}

/** Go's `path.Ext`. */
export function ext(p: string): string {
  for (let i = p.length - 1; i >= 0 && p[i] !== "/"; i--) if (p[i] === ".") return p.slice(i);
  return "";
}

export function isAbs(p: string): boolean {
  return p.startsWith("/");
}

/** Go's `path.Join`: non-empty elements joined and cleaned. */
export function join(parts: readonly string[]): string {
  const nonEmpty = parts.filter((x) => x !== "");
  return nonEmpty.length === 0 ? "" : clean(nonEmpty.join("/"));
}

/** Go's `path.Split`: [dir, file]. */
export function split(p: string): [string, string] {
  const i = p.lastIndexOf("/");
  return [p.slice(0, i + 1), p.slice(i + 1)];
}

/** Go's `path.Match` (shell patterns `*`, `?`, `[...]`, `\` escapes); throws on a bad pattern. */
export function match(pattern: string, name: string): boolean {
  let re = "^";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] ?? "";
    if (ch === "*") re += "[^/]*";
    else if (ch === "?") re += "[^/]";
    else if (ch === "\\") re += `\\${pattern[++i] ?? ""}`;
    else if (ch === "[") {
      const end = pattern.indexOf("]", i + 2);
      if (end < 0) throw new Error("syntax error in pattern");
      const body = pattern.slice(i + 1, end).replace(/^\^/, "!");
      re += `[${body.startsWith("!") ? `^/${body.slice(1)}` : body}]`;
      i = end;
    } else re += ch.replace(/[.+^${}()|\]]/g, "\\$&");
  }
  return new RegExp(`${re}$`, "u").test(name);
}
