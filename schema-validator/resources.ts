/** The `resource` and `data` sections: type lookup, meta-arguments and the body against its schema. */
import type { Scope, ValidationContext } from "./context";
import { providerLocalName } from "./declarations";
import { childPath } from "./issues";
import { COMMENT_KEY, type JsonObject, isJsonObject } from "./json-syntax";
import { DATA_META_ARGUMENTS, RESOURCE_META_ARGUMENTS, checkMetaArguments } from "./meta-arguments";
import { checkBody } from "./blocks";
import { lookupType } from "./type-lookup";
import { describe } from "./values";

/** Checks every resource (`kind` "resource") or data source (`kind` "data") of the document. */
export function checkResources(
  ctx: ValidationContext,
  kind: "resource" | "data",
  section: unknown,
  path: string = kind,
): void {
  if (section === undefined) return;
  if (!isJsonObject(section)) {
    ctx.report("INVALID_BLOCK", path, `"${kind}" must map types to named bodies, got ${describe(section)}`);
    return;
  }
  for (const type of Object.keys(section).sort()) {
    const typePath = childPath(path, type);
    const byName = section[type];
    if (!isJsonObject(byName)) {
      ctx.report("INVALID_BLOCK", typePath, `"${type}" must map names to bodies, got ${describe(byName)}`);
      continue;
    }
    for (const name of Object.keys(byName).sort()) {
      checkInstance(ctx, kind, type, name, byName[name], childPath(typePath, name), typePath);
    }
  }
}

function checkInstance(
  ctx: ValidationContext,
  kind: "resource" | "data",
  type: string,
  name: string,
  body: unknown,
  path: string,
  typePath: string,
): void {
  if (!isJsonObject(body)) {
    ctx.report(
      "INVALID_BLOCK",
      path,
      `expected a ${kind === "data" ? "data source" : "resource"} body, got ${describe(body)}`,
    );
    return;
  }
  const local = providerLocalName(body.provider, type);
  const lookup = lookupType(ctx.schemas, ctx.decls.requiredProviders, kind, type, local);
  if (lookup.problem !== undefined) {
    ctx.report(lookup.problem.code, typePath, lookup.problem.message, lookup.problem.hint);
  }
  const block = lookup.schema?.block;
  const address = kind === "data" ? `data.${type}.${name}` : `${type}.${name}`;
  const scope: Scope = {
    count: body.count !== undefined,
    forEach: body.for_each !== undefined,
    iterators: new Set(),
  };
  checkMetaArguments(ctx, { kind, address, ...(block === undefined ? {} : { block }) }, body, path, scope);
  const meta = kind === "resource" ? RESOURCE_META_ARGUMENTS : DATA_META_ARGUMENTS;
  if (block !== undefined) {
    checkBody(ctx, block, body, path, scope, meta);
  } else {
    walkNonMeta(ctx, body, meta, path, scope);
  }
}

function walkNonMeta(
  ctx: ValidationContext,
  body: JsonObject,
  meta: ReadonlySet<string>,
  path: string,
  scope: Scope,
): void {
  for (const key of Object.keys(body).sort()) {
    if (!meta.has(key) && key !== COMMENT_KEY) ctx.walkStrings(body[key], childPath(path, key), scope);
  }
}
