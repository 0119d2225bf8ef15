/** Go's `*url.URL` as a template value: prints as URL.String(), fields `.Scheme`, `.Host`, … */
import { TemplateEvalError } from "../ast";
import type { GoOpaque, GoValue } from "../contract";
import { formatUrl, type GoUrl } from "../sprig/go-url";

export class GoUrlValue implements GoOpaque {
  readonly goType = "*url.URL";
  constructor(readonly url: GoUrl) {}

  goString(): string {
    const u = this.url;
    return formatUrl({
      scheme: u.scheme,
      host: u.host,
      path: u.path,
      query: u.rawQuery,
      opaque: u.opaque,
      fragment: u.fragment,
      userinfo: u.userinfo,
    });
  }

  goField(name: string): GoValue {
    const u = this.url;
    const fields: Readonly<Record<string, GoValue>> = {
      Scheme: u.scheme,
      Opaque: u.opaque,
      Host: u.host,
      Path: u.path,
      RawQuery: u.rawQuery,
      Fragment: u.fragment,
      String: this.goString(),
      Hostname: u.host.replace(/:\d*$/, ""),
      Port: /:(\d*)$/.exec(u.host)?.[1] ?? "",
    };
    if (!(name in fields)) throw new TemplateEvalError(`can't evaluate field ${name} in type *url.URL`);
    return fields[name];
  }
}
