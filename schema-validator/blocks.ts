/**
 * Checks a block body against its schema block: arguments, nested blocks with their nesting mode and
 * min/max items, `dynamic` blocks, and the `//` comment key.
 */
import type { Scope, ValidationContext } from "./context";
import { childPath } from "./issues";
import { type BodyAt, COMMENT_KEY, type JsonObject, blockBodies, isJsonObject } from "./json-syntax";
import type { CtyType, SchemaAttribute, SchemaBlock, SchemaBlockType } from "./provider-schema";
import { didYouMean } from "./suggest";
import { checkAttribute, describe } from "./values";

const NO_KEYS: ReadonlySet<string> = new Set();

/**
 * Checks `body` against `block`. Keys in `skip` (meta-arguments handled by the caller) are ignored.
 */
export function checkBody(
  ctx: ValidationContext,
  block: SchemaBlock,
  body: unknown,
  path: string,
  scope: Scope,
  skip: ReadonlySet<string> = NO_KEYS,
): void {
  if (!isJsonObject(body)) {
    ctx.report("INVALID_BLOCK", path, `expected a block body (a JSON object), got ${describe(body)}`);
    return;
  }
  const attrs = block.attributes ?? {};
  const types = block.block_types ?? {};
  const usesDynamicKey = attrs.dynamic === undefined && types.dynamic === undefined && "dynamic" in body;
  const dynamicNames = usesDynamicKey
    ? checkDynamic(ctx, block, body.dynamic, childPath(path, "dynamic"), scope)
    : NO_KEYS;
  for (const key of Object.keys(body).sort()) {
    if (skip.has(key) || key === COMMENT_KEY || (usesDynamicKey && key === "dynamic")) continue;
    const p = childPath(path, key);
    const attr = attrs[key];
    const bt = types[key];
    if (attr !== undefined) {
      checkAttribute(ctx, key, attr, body[key], p, scope);
    } else if (bt !== undefined) {
      checkBlocks(ctx, key, bt, body[key], p, scope, dynamicNames.has(key));
    } else {
      const names = [...Object.keys(attrs), ...Object.keys(types)];
      ctx.report("UNKNOWN_ATTRIBUTE", p, `no attribute or block named "${key}".${didYouMean(key, names)}`);
      ctx.walkStrings(body[key], p, scope);
    }
  }
  for (const name of Object.keys(attrs).sort()) {
    const missing = body[name] === undefined || body[name] === null;
    if (attrs[name]!.required === true && missing && !dynamicNames.has(name)) {
      ctx.report(
        "MISSING_REQUIRED_ATTRIBUTE",
        childPath(path, name),
        `required attribute "${name}" is not set`,
      );
    }
  }
  for (const name of Object.keys(types).sort()) {
    const bt = types[name]!;
    if (!(name in body) && !dynamicNames.has(name) && (bt.min_items ?? 0) > 0) {
      ctx.report(
        "TOO_FEW_BLOCKS",
        childPath(path, name),
        `at least ${bt.min_items} "${name}" block(s) required, got 0`,
      );
    }
  }
}

/** Checks the blocks written under one block type key. */
function checkBlocks(
  ctx: ValidationContext,
  name: string,
  bt: SchemaBlockType,
  value: unknown,
  path: string,
  scope: Scope,
  hasDynamic: boolean,
): void {
  if (bt.block.deprecated === true) ctx.report("DEPRECATED", path, `block "${name}" is deprecated`);
  let bodies: BodyAt[];
  if (typeof value === "string") {
    if (!ctx.checkTemplate(value, path, scope)) {
      ctx.report(
        "INVALID_BLOCK",
        path,
        `"${name}" is a block: JSON cannot set it from an expression, use a dynamic block`,
      );
    } else {
      ctx.report("INVALID_BLOCK", path, `"${name}" is a block, got ${describe(value)}`);
    }
    return;
  }
  if (bt.nesting_mode === "map") {
    if (!isJsonObject(value)) {
      if (value !== null)
        ctx.report(
          "INVALID_BLOCK",
          path,
          `"${name}" blocks are keyed by label: expected an object, got ${describe(value)}`,
        );
      bodies = [];
    } else {
      bodies = Object.keys(value)
        .sort()
        .flatMap((label) => blockBodies(value[label], childPath(path, label)));
    }
  } else if (value !== null && typeof value !== "object") {
    ctx.report("INVALID_BLOCK", path, `"${name}" is a block, got ${describe(value)}`);
    return;
  } else {
    bodies = blockBodies(value, path);
  }
  const single = bt.nesting_mode === "single" || bt.nesting_mode === "group";
  const max = single ? 1 : bt.max_items;
  const min = single ? 0 : (bt.min_items ?? 0);
  if (!hasDynamic && bodies.length < min) {
    ctx.report("TOO_FEW_BLOCKS", path, `at least ${min} "${name}" block(s) required, got ${bodies.length}`);
  }
  if (max !== undefined && max > 0 && bodies.length > max) {
    ctx.report("TOO_MANY_BLOCKS", path, `at most ${max} "${name}" block(s) allowed, got ${bodies.length}`);
  }
  for (const b of bodies) checkBody(ctx, bt.block, b.body, b.path, scope);
}

const DYNAMIC_KEYS = new Set(["content", "for_each", "iterator", "labels", COMMENT_KEY]);

/** Checks `dynamic` blocks; returns the names of the block types (or attributes) they generate. */
function checkDynamic(
  ctx: ValidationContext,
  block: SchemaBlock,
  value: unknown,
  path: string,
  scope: Scope,
): Set<string> {
  const names = new Set<string>();
  if (!isJsonObject(value)) {
    ctx.report(
      "INVALID_BLOCK",
      path,
      `"dynamic" must map block type names to dynamic blocks, got ${describe(value)}`,
    );
    return names;
  }
  for (const name of Object.keys(value).sort()) {
    const target = dynamicTarget(block, name);
    const p = childPath(path, name);
    if (target === undefined) {
      const candidates = [...Object.keys(block.block_types ?? {}), ...Object.keys(block.attributes ?? {})];
      ctx.report(
        "UNKNOWN_ATTRIBUTE",
        p,
        `dynamic block for unknown block type "${name}".${didYouMean(name, candidates)}`,
      );
      ctx.walkStrings(value[name], p, scope);
      continue;
    }
    names.add(name);
    for (const spec of blockBodies(value[name], p)) checkDynamicSpec(ctx, name, target, spec, scope);
  }
  return names;
}

function checkDynamicSpec(
  ctx: ValidationContext,
  name: string,
  target: SchemaBlock,
  spec: BodyAt,
  scope: Scope,
): void {
  if (!isJsonObject(spec.body)) {
    ctx.report("INVALID_BLOCK", spec.path, `expected a dynamic block body, got ${describe(spec.body)}`);
    return;
  }
  const body: JsonObject = spec.body;
  for (const key of Object.keys(body).sort()) {
    if (!DYNAMIC_KEYS.has(key)) {
      ctx.report("UNKNOWN_ATTRIBUTE", childPath(spec.path, key), `a dynamic block has no argument "${key}"`);
    }
  }
  for (const required of ["for_each", "content"]) {
    if (body[required] === undefined) {
      ctx.report(
        "MISSING_REQUIRED_ATTRIBUTE",
        childPath(spec.path, required),
        `a dynamic block needs "${required}"`,
      );
    }
  }
  if (body.for_each !== undefined) ctx.walkStrings(body.for_each, childPath(spec.path, "for_each"), scope);
  let iterator = name;
  if (body.iterator !== undefined) {
    if (typeof body.iterator === "string" && /^[A-Za-z_][A-Za-z0-9_-]*$/.test(body.iterator)) {
      iterator = body.iterator;
    } else {
      ctx.report(
        "INVALID_META_ARGUMENT",
        childPath(spec.path, "iterator"),
        `iterator must be a bare name, got ${describe(body.iterator)}`,
      );
    }
  }
  const inner: Scope = { ...scope, iterators: new Set([...scope.iterators, iterator]) };
  if (body.labels !== undefined) ctx.walkStrings(body.labels, childPath(spec.path, "labels"), inner);
  if (body.content !== undefined)
    checkBody(ctx, target, body.content, childPath(spec.path, "content"), inner);
}

/**
 * The body schema a `dynamic "<name>"` block generates: a nested block type, or a list/set-of-object
 * attribute (Terraform lets block syntax, dynamic blocks included, set those; omitted keys become null).
 */
function dynamicTarget(block: SchemaBlock, name: string): SchemaBlock | undefined {
  const bt = block.block_types?.[name];
  if (bt !== undefined) return bt.block;
  const type: CtyType | undefined = block.attributes?.[name]?.type;
  if (type === undefined || typeof type === "string" || (type[0] !== "list" && type[0] !== "set"))
    return undefined;
  const elem = type[1];
  if (typeof elem === "string" || elem[0] !== "object") return undefined;
  const attributes: Record<string, SchemaAttribute> = {};
  for (const [k, t] of Object.entries(elem[1])) attributes[k] = { type: t, optional: true };
  return { attributes };
}
