/** The module-level sections: `variable`, `output`, `locals` and `module` calls. */
import { MODULE_SCOPE, type Scope, type ValidationContext } from "./context";
import { childPath } from "./issues";
import { COMMENT_KEY, type JsonObject, blockBodies, isJsonObject } from "./json-syntax";
import { checkDependsOn } from "./meta-arguments";
import type { CtyType } from "./provider-schema";
import { didYouMean } from "./suggest";
import { parseTypeConstraint } from "./type-constraints";
import { checkValue, describe } from "./values";

const VARIABLE_KEYS = ["default", "description", "ephemeral", "nullable", "sensitive", "type", "validation"];
const OUTPUT_KEYS = ["depends_on", "description", "ephemeral", "precondition", "sensitive", "value"];
const MODULE_META = new Set([
  "count",
  "depends_on",
  "for_each",
  "providers",
  "source",
  "version",
  COMMENT_KEY,
]);
const NO_REFERENCES: Scope = {
  ...MODULE_SCOPE,
  noTemplates: "a variable default cannot use references or functions",
};

/** Iterates `section`'s named bodies, reporting ones that are not objects. */
function named(
  ctx: ValidationContext,
  section: unknown,
  sectionPath: string,
  each: (name: string, body: JsonObject, path: string) => void,
): void {
  if (section === undefined) return;
  if (!isJsonObject(section)) {
    ctx.report(
      "INVALID_BLOCK",
      sectionPath,
      `"${sectionPath}" must map names to bodies, got ${describe(section)}`,
    );
    return;
  }
  for (const name of Object.keys(section).sort()) {
    const path = childPath(sectionPath, name);
    const body = section[name];
    if (isJsonObject(body)) each(name, body, path);
    else ctx.report("INVALID_BLOCK", path, `expected an object, got ${describe(body)}`);
  }
}

function unknownKeys(
  ctx: ValidationContext,
  body: JsonObject,
  allowed: readonly string[],
  path: string,
  what: string,
): void {
  for (const key of Object.keys(body).sort()) {
    if (!allowed.includes(key) && key !== COMMENT_KEY) {
      ctx.report(
        "UNKNOWN_ATTRIBUTE",
        childPath(path, key),
        `${what} has no "${key}".${didYouMean(key, allowed)}`,
      );
    }
  }
}

function literalBool(ctx: ValidationContext, body: JsonObject, key: string, path: string): void {
  if (body[key] !== undefined && typeof body[key] !== "boolean") {
    ctx.report(
      "TYPE_MISMATCH",
      childPath(path, key),
      `${key} must be true or false, got ${describe(body[key])}`,
    );
  }
}

function conditions(ctx: ValidationContext, value: unknown, path: string, what: string, scope: Scope): void {
  for (const { body, path: p } of blockBodies(value, path)) {
    if (!isJsonObject(body)) {
      ctx.report("INVALID_BLOCK", p, `${what} must be an object, got ${describe(body)}`);
      continue;
    }
    unknownKeys(ctx, body, ["condition", "error_message"], p, `a ${what} block`);
    for (const k of ["condition", "error_message"]) {
      if (body[k] === undefined)
        ctx.report("MISSING_REQUIRED_ATTRIBUTE", childPath(p, k), `a ${what} block needs "${k}"`);
    }
    ctx.walkStrings(body, p, scope);
  }
}

/** `variable.<name>`: known keys, a parseable type, a default of that type, validation blocks. */
export function checkVariables(ctx: ValidationContext, section: unknown): void {
  named(ctx, section, "variable", (_name, body, path) => {
    unknownKeys(ctx, body, VARIABLE_KEYS, path, "a variable");
    let type: CtyType = "dynamic";
    if (body.type !== undefined) {
      const parsed =
        typeof body.type === "string"
          ? parseTypeConstraint(body.type)
          : { error: `got ${describe(body.type)}` };
      if ("error" in parsed) {
        ctx.report(
          "INVALID_TYPE_CONSTRAINT",
          childPath(path, "type"),
          `invalid type constraint: ${parsed.error}`,
        );
      } else {
        type = parsed.type;
      }
    }
    if (body.default !== undefined)
      checkValue(ctx, type, body.default, childPath(path, "default"), NO_REFERENCES);
    if (body.description !== undefined && typeof body.description !== "string") {
      ctx.report(
        "TYPE_MISMATCH",
        childPath(path, "description"),
        `description must be a string, got ${describe(body.description)}`,
      );
    }
    for (const key of ["ephemeral", "nullable", "sensitive"]) literalBool(ctx, body, key, path);
    if (body.validation !== undefined)
      conditions(ctx, body.validation, childPath(path, "validation"), "validation", MODULE_SCOPE);
  });
}

/** `output.<name>`: a value is required; references are checked. */
export function checkOutputs(ctx: ValidationContext, section: unknown): void {
  named(ctx, section, "output", (_name, body, path) => {
    unknownKeys(ctx, body, OUTPUT_KEYS, path, "an output");
    if (body.value === undefined)
      ctx.report("MISSING_REQUIRED_ATTRIBUTE", childPath(path, "value"), `an output needs "value"`);
    else ctx.walkStrings(body.value, childPath(path, "value"), MODULE_SCOPE);
    for (const key of ["ephemeral", "sensitive"]) literalBool(ctx, body, key, path);
    if (body.depends_on !== undefined) checkDependsOn(ctx, body.depends_on, childPath(path, "depends_on"));
    if (body.precondition !== undefined)
      conditions(ctx, body.precondition, childPath(path, "precondition"), "precondition", MODULE_SCOPE);
  });
}

/** `locals`: every value's references are checked. */
export function checkLocals(ctx: ValidationContext, section: unknown): void {
  for (const { body, path } of blockBodies(section, "locals")) {
    if (!isJsonObject(body)) {
      ctx.report("INVALID_BLOCK", path, `locals must be an object, got ${describe(body)}`);
      continue;
    }
    for (const name of Object.keys(body).sort()) {
      if (name !== COMMENT_KEY) ctx.walkStrings(body[name], childPath(path, name), MODULE_SCOPE);
    }
  }
}

/** `module.<name>`: a literal source; inputs are not checked (no module schema) but their references are. */
export function checkModules(ctx: ValidationContext, section: unknown): void {
  named(ctx, section, "module", (_name, body, path) => {
    if (typeof body.source !== "string" || body.source === "" || body.source.includes("${")) {
      ctx.report(
        "MISSING_REQUIRED_ATTRIBUTE",
        childPath(path, "source"),
        `a module call needs a literal "source", got ${describe(body.source)}`,
      );
    }
    if (body.count !== undefined && body.for_each !== undefined) {
      ctx.report(
        "INVALID_META_ARGUMENT",
        childPath(path, "for_each"),
        `"count" and "for_each" cannot both be set`,
      );
    }
    for (const key of ["count", "for_each"]) {
      if (body[key] !== undefined) ctx.walkStrings(body[key], childPath(path, key), MODULE_SCOPE);
    }
    if (body.depends_on !== undefined) checkDependsOn(ctx, body.depends_on, childPath(path, "depends_on"));
    if (isJsonObject(body.providers)) {
      for (const key of Object.keys(body.providers).sort()) {
        ctx.staticReference(
          body.providers[key],
          childPath(childPath(path, "providers"), key),
          "a module providers entry",
        );
      }
    }
    const scope: Scope = {
      ...MODULE_SCOPE,
      count: body.count !== undefined,
      forEach: body.for_each !== undefined,
    };
    for (const key of Object.keys(body).sort()) {
      if (!MODULE_META.has(key)) ctx.walkStrings(body[key], childPath(path, key), scope);
    }
  });
}
