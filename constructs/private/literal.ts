/**
 * The one place where values from YAML become Terraform literals. Terraform's JSON syntax reads
 * every string argument as a template: `${…}` is evaluated and `%{…}` is a directive, so a label
 * `${file("/etc/hostname")}` would read the runner's file at plan time. cdktf adds a second
 * interpreter: `${TfToken[…]}`, `#{TfToken[…]}` and `&{TfToken[…]}` in any string are token
 * markers it replaces with the references it encoded. A value passed through {@link tfLiteral}
 * reaches Terraform exactly as written in YAML.
 *
 * Not for expressions our constructs build (`${spacelift_stack.x.id}`, cdktf references): those must
 * stay expressions. Not for arguments Terraform reads without templates (variable defaults, backend
 * settings, `.tfvars` content).
 */
import type { JsonValue } from "../../config-engine/types";

const INTERPOLATION = /\$\{/g;
const DIRECTIVE = /%\{/g;
/** What cdktf's token regexes need to see after their `$`, `#` or `&`. */
const TOKEN_MARKER_BODY = /\{TfToken\[/g;

/**
 * `value` as a Terraform template that evaluates to `value` itself: `${` → `$${`, `%{` → `%%{` (the
 * escapes of the HCL template spec), and each cdktf token marker broken by an empty interpolation
 * (`{${""}TfToken[`), which Terraform evaluates to nothing and cdktf no longer recognises.
 * (Replacement callbacks, because `$$` in a replacement string means one `$`.)
 */
export function tfLiteral(value: string): string {
  return value
    .replace(INTERPOLATION, () => "$${")
    .replace(DIRECTIVE, () => "%%{")
    .replace(TOKEN_MARKER_BODY, () => '{${""}TfToken[');
}

/** {@link tfLiteral} of each element. */
export function tfLiterals(values: readonly string[]): string[] {
  return values.map(tfLiteral);
}

/** {@link tfLiteral} of an optional value. */
export function tfOptionalLiteral(value: string | undefined): string | undefined {
  return value === undefined ? undefined : tfLiteral(value);
}

/** {@link tfLiteral} of every value (keys too: Terraform reads JSON object keys as templates as well). */
export function tfLiteralMap(map: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [tfLiteral(k), tfLiteral(v)]));
}

/** {@link tfLiteral} of every string (and object key) in a JSON value. */
export function tfLiteralJson(value: JsonValue): JsonValue {
  if (typeof value === "string") return tfLiteral(value);
  if (Array.isArray(value)) return value.map(tfLiteralJson);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [tfLiteral(k), tfLiteralJson(v)]));
  }
  return value;
}

/**
 * A quoted HCL string literal, for use inside an expression our constructs build
 * (`lookup(local.x, "name", [])`): JSON quoting (HCL's quoted strings share its escapes, except
 * `\b` and `\f`, written as `\u0008`/`\u000c`), then the template escapes of {@link tfLiteral}.
 */
export function hclQuoted(value: string): string {
  const quoted = JSON.stringify(value).replace(/\\([\s\S])/g, (escape, c: string) =>
    c === "b" ? "\\u0008" : c === "f" ? "\\u000c" : escape,
  );
  return tfLiteral(quoted);
}
