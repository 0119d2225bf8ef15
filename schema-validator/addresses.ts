/**
 * Blocks that name resource addresses: `moved`, `import`, `removed`, and `check` blocks (whose scoped
 * data sources and assertions are checked like the rest of the module).
 */
import { MODULE_SCOPE, type Scope, type ValidationContext } from "./context";
import { lexExpression } from "./expressions/lexer";
import { type Reference, factsOfTokens } from "./expressions/references";
import { childPath } from "./issues";
import { COMMENT_KEY, type JsonObject, blockBodies, isJsonObject } from "./json-syntax";
import { checkProviderRef } from "./meta-arguments";
import { checkResources } from "./resources";
import { didYouMean } from "./suggest";
import { describe } from "./values";

/** Iterates the bodies of a repeatable top-level block, checking their keys. */
function bodies(
  ctx: ValidationContext,
  section: unknown,
  name: string,
  keys: readonly string[],
  each: (body: JsonObject, path: string) => void,
): void {
  for (const { body, path } of blockBodies(section, name)) {
    if (!isJsonObject(body)) {
      ctx.report("INVALID_BLOCK", path, `expected a ${name} block, got ${describe(body)}`);
      continue;
    }
    for (const key of Object.keys(body).sort()) {
      if (!keys.includes(key) && key !== COMMENT_KEY) {
        ctx.report(
          "UNKNOWN_ATTRIBUTE",
          childPath(path, key),
          `a ${name} block has no "${key}".${didYouMean(key, keys)}`,
        );
      }
    }
    each(body, path);
  }
}

/** Whether a static address (`aws_s3_bucket.state`, `module.vpc`, with instance keys) is declared. */
function declared(ctx: ValidationContext, ref: Reference): boolean | "data" {
  const name = ref.steps[0]?.kind === "attr" ? ref.steps[0].name : undefined;
  if (ref.root === "data") return "data";
  if (name === undefined) return false;
  if (ref.root === "module") return ctx.decls.modules.has(name);
  return ctx.decls.resources.get(ref.root)?.has(name) ?? false;
}

function address(
  ctx: ValidationContext,
  body: JsonObject,
  key: string,
  path: string,
  block: string,
): Reference | undefined {
  const p = childPath(path, key);
  if (body[key] === undefined) {
    ctx.report("MISSING_REQUIRED_ATTRIBUTE", p, `a ${block} block needs "${key}"`);
    return undefined;
  }
  const ref = ctx.staticReference(body[key], p, `${block}.${key}`);
  if (ref !== undefined && declared(ctx, ref) === "data") {
    ctx.report(
      "INVALID_MOVED",
      p,
      `${block}.${key} must name a managed resource or module, got "${ref.text}"`,
    );
    return undefined;
  }
  return ref;
}

/**
 * `moved { from, to }`: `to` must be declared, or be the `from` of another moved block (a rename
 * chain a → b → c, which Terraform follows); an un-indexed `from` must no longer be declared.
 */
export function checkMoved(ctx: ValidationContext, section: unknown): void {
  const chainSteps = new Set<string>();
  for (const { body } of blockBodies(section, "moved")) {
    if (isJsonObject(body) && typeof body["from"] === "string") chainSteps.add(body["from"]);
  }
  bodies(ctx, section, "moved", ["from", "to"], (body, path) => {
    const from = address(ctx, body, "from", path, "moved");
    const to = address(ctx, body, "to", path, "moved");
    if (to !== undefined && declared(ctx, to) !== true && !chainSteps.has(to.text)) {
      ctx.report(
        "INVALID_MOVED",
        childPath(path, "to"),
        `moved.to "${to.text}" is not declared in this configuration`,
      );
    }
    const fromIsWholeObject = from !== undefined && from.steps.length === 1;
    if (from !== undefined && fromIsWholeObject && declared(ctx, from) === true && from.text !== to?.text) {
      ctx.report(
        "INVALID_MOVED",
        childPath(path, "from"),
        `moved.from "${from.text}" is still declared; a moved block's source must be gone`,
      );
    }
  });
}

/** `removed { from, lifecycle { destroy } }`: the address must no longer be declared. */
export function checkRemoved(ctx: ValidationContext, section: unknown): void {
  bodies(ctx, section, "removed", ["connection", "from", "lifecycle", "provisioner"], (body, path) => {
    const from = address(ctx, body, "from", path, "removed");
    if (from !== undefined && declared(ctx, from) === true) {
      ctx.report(
        "INVALID_MOVED",
        childPath(path, "from"),
        `removed.from "${from.text}" is still declared; delete the resource or the removed block`,
      );
    }
    for (const { body: lc, path: lp } of blockBodies(body.lifecycle, childPath(path, "lifecycle"))) {
      if (
        !isJsonObject(lc) ||
        Object.keys(lc).some((k) => k !== "destroy") ||
        typeof lc.destroy !== "boolean"
      ) {
        ctx.report(
          "INVALID_META_ARGUMENT",
          lp,
          `a removed block's lifecycle holds only "destroy" (true or false)`,
        );
      }
    }
  });
}

/** `import { to, id, provider, for_each }`: `to` must be a declared resource. */
export function checkImports(ctx: ValidationContext, section: unknown): void {
  bodies(ctx, section, "import", ["for_each", "id", "provider", "to"], (body, path) => {
    const scope: Scope = { ...MODULE_SCOPE, forEach: body.for_each !== undefined };
    const toPath = childPath(path, "to");
    if (typeof body.to !== "string" || body.to.includes("${")) {
      ctx.report(
        "INVALID_META_ARGUMENT",
        toPath,
        `import.to must be a resource address like "aws_s3_bucket.state", got ${describe(body.to)}`,
      );
    } else {
      const facts = factsOfTokens(body.to, lexExpression(body.to).tokens);
      const target = facts.references[0];
      if (target === undefined || target.root === "module" || declared(ctx, target) !== true) {
        ctx.report(
          "INVALID_MOVED",
          toPath,
          `import.to "${body.to}" is not a resource declared in this configuration`,
        );
      }
      ctx.checkFacts({ references: facts.references.slice(1), functions: facts.functions }, toPath, scope);
    }
    if (body.id === undefined)
      ctx.report("MISSING_REQUIRED_ATTRIBUTE", childPath(path, "id"), `an import block needs "id"`);
    else ctx.walkStrings(body.id, childPath(path, "id"), scope);
    if (body.for_each !== undefined)
      ctx.walkStrings(body.for_each, childPath(path, "for_each"), MODULE_SCOPE);
    if (body.provider !== undefined) checkProviderRef(ctx, body.provider, childPath(path, "provider"));
  });
}

/** `check.<name> { data, assert }`. */
export function checkChecks(ctx: ValidationContext, section: unknown): void {
  if (section === undefined) return;
  if (!isJsonObject(section)) {
    ctx.report("INVALID_BLOCK", "check", `"check" must map names to check blocks, got ${describe(section)}`);
    return;
  }
  for (const name of Object.keys(section).sort()) {
    bodies(ctx, section[name], childPath("check", name), ["assert", "data"], (body, path) => {
      if (body.data !== undefined) checkResources(ctx, "data", body.data, childPath(path, "data"));
      if (body.assert === undefined)
        ctx.report(
          "MISSING_REQUIRED_ATTRIBUTE",
          childPath(path, "assert"),
          `a check block needs at least one "assert"`,
        );
      for (const { body: a, path: ap } of blockBodies(body.assert, childPath(path, "assert"))) {
        if (!isJsonObject(a) || a.condition === undefined || a.error_message === undefined) {
          ctx.report(
            "MISSING_REQUIRED_ATTRIBUTE",
            ap,
            `an assert block needs "condition" and "error_message"`,
          );
        }
        ctx.walkStrings(a, ap, MODULE_SCOPE);
      }
    });
  }
}
