/** Go's `net/url` Parse and URL.String for Sprig's `urlParse`/`urlJoin` and gomplate's `conv.URL`. */
import type { GoValue } from "../contract";
import { goTypeName, type GoMap } from "./go-values";

export interface GoUrl {
  readonly scheme: string;
  readonly opaque: string;
  readonly userinfo: string;
  readonly host: string;
  readonly path: string;
  readonly rawQuery: string;
  readonly fragment: string;
  asSprigDict(): Record<string, GoValue>;
}

function unescape(s: string): string {
  if (/%(?![0-9a-fA-F]{2})/.test(s))
    throw new Error(`invalid URL escape ${JSON.stringify(s.slice(s.indexOf("%"), s.indexOf("%") + 3))}`);
  return decodeURIComponent(s.replace(/%(?![0-9a-fA-F]{2})/g, "%25"));
}

/** Go's url.Parse (enough of it: scheme, opaque, userinfo, host, path, query, fragment). */
export function parseUrl(raw: string): GoUrl {
  let rest = raw;
  let fragment = "";
  const hash = rest.indexOf("#");
  if (hash >= 0) {
    fragment = unescape(rest.slice(hash + 1));
    rest = rest.slice(0, hash);
  }
  let scheme = "";
  const sm = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(rest);
  if (sm) {
    scheme = (sm[1] ?? "").toLowerCase();
    rest = rest.slice(sm[0].length);
  } else if (/^[^/?]*:/.test(rest) && !rest.startsWith("/")) {
    throw new Error(`parse ${JSON.stringify(raw)}: first path segment in URL cannot contain colon`);
  }
  let rawQuery = "";
  const q = rest.indexOf("?");
  if (q >= 0) {
    rawQuery = rest.slice(q + 1);
    rest = rest.slice(0, q);
  }
  let opaque = "";
  let userinfo = "";
  let host = "";
  if (scheme !== "" && !rest.startsWith("/")) {
    opaque = rest;
    rest = "";
  } else if (rest.startsWith("//")) {
    const authEnd = rest.slice(2).search(/\//);
    const authority = authEnd < 0 ? rest.slice(2) : rest.slice(2, 2 + authEnd);
    rest = authEnd < 0 ? "" : rest.slice(2 + authEnd);
    const at = authority.lastIndexOf("@");
    if (at >= 0) {
      userinfo = authority.slice(0, at);
      host = authority.slice(at + 1);
    } else host = authority;
  }
  const path = unescape(rest);
  return {
    scheme,
    opaque,
    userinfo,
    host,
    path,
    rawQuery,
    fragment,
    asSprigDict: () => ({
      scheme,
      host,
      hostname: host.startsWith("[") ? host.slice(1, host.indexOf("]")) : host.replace(/:\d*$/, ""),
      path,
      query: rawQuery,
      opaque,
      fragment,
      userinfo,
    }),
  };
}

function field(d: GoMap, key: string): string {
  const v = d[key];
  if (v === undefined) return "";
  if (typeof v !== "string") {
    const kind = goTypeName(v).startsWith("map")
      ? "map"
      : goTypeName(v).startsWith("[]")
        ? "slice"
        : goTypeName(v);
    throw new Error(`unable to parse ${key} key, must be of type string, but ${kind} found`);
  }
  return v;
}

function escapePath(p: string): string {
  return p.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/]/g, (c) => encodeURIComponent(c));
}

/** Go's URL.String() of Sprig's urlJoin dict. */
export function formatUrl(d: GoMap): string {
  const scheme = field(d, "scheme");
  const host = field(d, "host");
  const path = field(d, "path");
  const query = field(d, "query");
  const opaque = field(d, "opaque");
  const fragment = field(d, "fragment");
  const userinfo = field(d, "userinfo");
  let out = "";
  if (scheme !== "") out += `${scheme}:`;
  if (opaque !== "") out += opaque;
  else {
    if (scheme !== "" || host !== "" || userinfo !== "") {
      if (host !== "" || path !== "" || userinfo !== "") out += "//";
      if (userinfo !== "") out += `${userinfo}@`;
      out += host;
    }
    if (path !== "" && !path.startsWith("/") && host !== "") out += "/";
    out += escapePath(path);
  }
  if (query !== "") out += `?${query}`;
  if (fragment !== "") out += `#${escapePath(fragment)}`;
  return out;
}
