/**
 * Checks attribute values against their schema: cty type conversion as Terraform applies it to JSON
 * literals, nested attributes, and the flags (computed-only, deprecated, sensitive) of the attribute.
 * Any string holding a template is accepted for any type; its references are checked instead.
 */
import type { Scope, ValidationContext } from "./context";
import { childPath } from "./issues";
import { type JsonObject, isJsonObject } from "./json-syntax";
import { type CtyType, type NestedAttributeType, type SchemaAttribute, renderType } from "./provider-schema";
import { didYouMean } from "./suggest";

const NUMBER_LITERAL = /^-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;

/** Checks one attribute's value (the key is present in the body). */
export function checkAttribute(
  ctx: ValidationContext,
  name: string,
  attr: SchemaAttribute,
  value: unknown,
  path: string,
  scope: Scope,
): void {
  if (attr.computed === true && attr.optional !== true && attr.required !== true) {
    if (value !== null) {
      ctx.report("COMPUTED_ATTRIBUTE_SET", path, `"${name}" is computed by the provider and cannot be set`);
    }
    ctx.walkStrings(value, path, scope);
    return;
  }
  if (attr.deprecated === true && value !== null) {
    ctx.report(
      "DEPRECATED",
      path,
      `"${name}" is deprecated`,
      "see the provider documentation for its replacement",
    );
  }
  if (attr.sensitive === true && typeof value === "string" && value !== "" && !value.includes("${")) {
    ctx.report(
      "SENSITIVE_LITERAL",
      path,
      `"${name}" is sensitive but holds a literal value, which puts a secret in the synthesized JSON`,
      "pass it through a sensitive variable, a write-only attribute or a secret store instead",
    );
  }
  if (attr.nested_type !== undefined) {
    checkNested(ctx, attr.nested_type, value, path, scope);
  } else {
    checkValue(ctx, attr.type ?? "dynamic", value, path, scope);
  }
}

/** Checks a value against a cty type; reports TYPE_MISMATCH for literals that cannot convert. */
export function checkValue(
  ctx: ValidationContext,
  type: CtyType,
  value: unknown,
  path: string,
  scope: Scope,
): void {
  if (value === null || value === undefined) return;
  if (typeof value === "string") {
    const literal = ctx.checkTemplate(value, path, scope);
    if (literal) checkStringLiteral(ctx, type, value, path);
    return;
  }
  if (type === "dynamic") {
    ctx.walkStrings(value, path, scope);
    return;
  }
  const mismatch = (): void => {
    ctx.report("TYPE_MISMATCH", path, `expected ${renderType(type)}, got ${describe(value)}`);
    ctx.walkStrings(value, path, scope);
  };
  if (typeof value === "number") {
    if (type !== "number" && type !== "string") mismatch();
    return;
  }
  if (typeof value === "boolean") {
    if (type !== "bool" && type !== "string") mismatch();
    return;
  }
  if (typeof type === "string") return mismatch();
  if (Array.isArray(value)) {
    if (type[0] === "list" || type[0] === "set") {
      value.forEach((v, i) => checkValue(ctx, type[1], v, childPath(path, i), scope));
    } else if (type[0] === "tuple") {
      if (value.length !== type[1].length) {
        ctx.report(
          "TYPE_MISMATCH",
          path,
          `expected ${renderType(type)} (${type[1].length} elements), got ${value.length}`,
        );
      }
      value.forEach((v, i) => checkValue(ctx, type[1][i] ?? "dynamic", v, childPath(path, i), scope));
    } else {
      mismatch();
    }
    return;
  }
  if (!isJsonObject(value)) return mismatch();
  if (type[0] === "map") {
    for (const key of Object.keys(value).sort()) {
      const p = childPath(path, key);
      if (key.includes("{")) ctx.checkTemplate(key, p, scope);
      checkValue(ctx, type[1], value[key], p, scope);
    }
  } else if (type[0] === "object") {
    checkObject(ctx, type[1], new Set(type[2] ?? []), value, path, scope);
  } else {
    mismatch();
  }
}

function checkObject(
  ctx: ValidationContext,
  attrs: { readonly [name: string]: CtyType },
  optional: ReadonlySet<string>,
  value: JsonObject,
  path: string,
  scope: Scope,
): void {
  for (const key of Object.keys(value).sort()) {
    const p = childPath(path, key);
    const t = attrs[key];
    if (t === undefined) {
      ctx.report(
        "UNKNOWN_ATTRIBUTE",
        p,
        `the object type has no attribute "${key}".${didYouMean(key, Object.keys(attrs))}`,
      );
      ctx.walkStrings(value[key], p, scope);
    } else {
      checkValue(ctx, t, value[key], p, scope);
    }
  }
  // Terraform requires every non-optional object attribute to be present (null is fine).
  const missing = Object.keys(attrs)
    .sort()
    .filter((name) => !(name in value) && !optional.has(name));
  if (missing.length > 0) {
    const list = missing.map((m) => `"${m}"`).join(", ");
    ctx.report(
      "MISSING_REQUIRED_ATTRIBUTE",
      path,
      `object attribute${missing.length > 1 ? "s" : ""} ${list} ${missing.length > 1 ? "are" : "is"} required (null is allowed)`,
    );
  }
}

function checkNested(
  ctx: ValidationContext,
  nested: NestedAttributeType,
  value: unknown,
  path: string,
  scope: Scope,
): void {
  if (value === null || value === undefined) return;
  if (typeof value === "string") {
    if (ctx.checkTemplate(value, path, scope)) {
      ctx.report(
        "TYPE_MISMATCH",
        path,
        `expected a nested object (${nested.nesting_mode}), got ${describe(value)}`,
      );
    }
    return;
  }
  const elements: Array<[unknown, string]> = [];
  if (nested.nesting_mode === "single") {
    elements.push([value, path]);
  } else if (nested.nesting_mode === "map" && isJsonObject(value)) {
    for (const key of Object.keys(value).sort()) elements.push([value[key], childPath(path, key)]);
  } else if (nested.nesting_mode !== "map" && Array.isArray(value)) {
    value.forEach((v, i) => elements.push([v, childPath(path, i)]));
  } else {
    ctx.report(
      "TYPE_MISMATCH",
      path,
      `expected a ${nested.nesting_mode} of nested objects, got ${describe(value)}`,
    );
    return;
  }
  if (nested.nesting_mode !== "single") {
    if (nested.min_items !== undefined && elements.length < nested.min_items) {
      ctx.report(
        "TOO_FEW_BLOCKS",
        path,
        `at least ${nested.min_items} element(s) required, got ${elements.length}`,
      );
    }
    if (nested.max_items !== undefined && elements.length > nested.max_items) {
      ctx.report(
        "TOO_MANY_BLOCKS",
        path,
        `at most ${nested.max_items} element(s) allowed, got ${elements.length}`,
      );
    }
  }
  for (const [element, p] of elements) {
    if (element === null) continue;
    if (typeof element === "string" && !ctx.checkTemplate(element, p, scope)) continue;
    if (!isJsonObject(element)) {
      ctx.report("TYPE_MISMATCH", p, `expected a nested object, got ${describe(element)}`);
      continue;
    }
    checkAttributes(ctx, nested.attributes, element, p, scope);
  }
}

/** Checks an object's keys against attribute schemas: unknown keys, values, missing required ones. */
export function checkAttributes(
  ctx: ValidationContext,
  attributes: { readonly [name: string]: SchemaAttribute },
  body: JsonObject,
  path: string,
  scope: Scope,
): void {
  for (const key of Object.keys(body).sort()) {
    const attr = attributes[key];
    const p = childPath(path, key);
    if (attr === undefined) {
      ctx.report(
        "UNKNOWN_ATTRIBUTE",
        p,
        `no attribute named "${key}".${didYouMean(key, Object.keys(attributes))}`,
      );
      ctx.walkStrings(body[key], p, scope);
    } else {
      checkAttribute(ctx, key, attr, body[key], p, scope);
    }
  }
  for (const name of Object.keys(attributes).sort()) {
    if (attributes[name]!.required === true && (body[name] === undefined || body[name] === null)) {
      ctx.report(
        "MISSING_REQUIRED_ATTRIBUTE",
        childPath(path, name),
        `required attribute "${name}" is not set`,
      );
    }
  }
}

function checkStringLiteral(ctx: ValidationContext, type: CtyType, value: string, path: string): void {
  if (type === "string" || type === "dynamic") return;
  if (type === "number" && NUMBER_LITERAL.test(value)) return;
  if (type === "bool" && (value === "true" || value === "false")) return;
  ctx.report("TYPE_MISMATCH", path, `expected ${renderType(type)}, got ${describe(value)}`);
}

/** A short description of a JSON value for messages. */
export function describe(value: unknown): string {
  if (typeof value === "string") return `the string ${truncate(JSON.stringify(value))}`;
  if (typeof value === "number" || typeof value === "boolean") return `${typeof value} ${String(value)}`;
  if (Array.isArray(value)) return `a list of ${value.length} element(s)`;
  if (value === null) return "null";
  return "an object";
}

function truncate(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…"` : s;
}
