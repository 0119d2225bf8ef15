/**
 * Follows a reference's steps (`.versioning_configuration[0].status`) through a schema the way
 * Terraform's static reference validation does: unknown attributes, attribute access on lists,
 * indexing sets and stepping into primitives are problems; anything dynamic stops the walk.
 */
import type { TraversalStep } from "./expressions/references";
import type { SchemaIssueCode } from "./issues";
import { type CtyType, type SchemaAttribute, type SchemaBlock, renderType } from "./provider-schema";
import { didYouMean } from "./suggest";

/** Where a walk currently is. */
type Node =
  | { readonly kind: "block"; readonly block: SchemaBlock; readonly label: string }
  | {
      readonly kind: "blocks";
      readonly mode: "list" | "set" | "map";
      readonly block: SchemaBlock;
      readonly label: string;
    }
  | { readonly kind: "type"; readonly type: CtyType; readonly label: string }
  | { readonly kind: "any" };

/** A problem found while walking, plus a note when the reference reads a write-only attribute. */
export interface TraversalProblem {
  readonly code: SchemaIssueCode;
  readonly message: string;
}

/** Walks `steps` from a block (a resource, data source or `self`); returns the problems found. */
export function walkBlock(
  block: SchemaBlock,
  label: string,
  steps: readonly TraversalStep[],
): TraversalProblem[] {
  const problems: TraversalProblem[] = [];
  let node: Node = { kind: "block", block, label };
  for (const step of steps) {
    node = apply(node, step, problems);
    if (node.kind === "any") break;
  }
  return problems;
}

function apply(node: Node, step: TraversalStep, problems: TraversalProblem[]): Node {
  const fail = (code: SchemaIssueCode, message: string): Node => {
    problems.push({ code, message });
    return { kind: "any" };
  };
  if (node.kind === "any") return node;
  if (step.kind === "splat") {
    if (node.kind === "blocks") return node.mode === "map" ? { kind: "any" } : elementOf(node);
    if (node.kind === "type" && typeof node.type !== "string" && node.type[0] !== "object") {
      return node.type[0] === "list" || node.type[0] === "set"
        ? elementType(node.type[1], node.label)
        : { kind: "any" };
    }
    return node; // a splat over a single value wraps it in a one-element list
  }
  switch (node.kind) {
    case "block": {
      if (step.kind === "attr") return member(node.block, node.label, step.name, problems);
      if (typeof step.key === "string") return member(node.block, node.label, step.key, problems);
      if (step.key === undefined) return { kind: "any" };
      return fail(
        "INVALID_REFERENCE",
        `${node.label} is an object, not a list: it cannot be indexed with [${step.key}]`,
      );
    }
    case "blocks": {
      const what = `block type "${node.label}" is represented by a ${node.mode} of objects`;
      if (node.mode === "set") {
        return fail("INVALID_REFERENCE", `${what}; set elements have no keys, use a for expression or [*]`);
      }
      if (node.mode === "list" && step.kind === "attr") {
        return fail(
          "INVALID_REFERENCE",
          `${what}, so it must be indexed first, like ${node.label}[0].${step.name}`,
        );
      }
      return elementOf(node);
    }
    case "type":
      return typeStep(node.type, node.label, step, fail);
  }
}

function member(block: SchemaBlock, label: string, name: string, problems: TraversalProblem[]): Node {
  const attr = block.attributes?.[name];
  if (attr) {
    if (attr.write_only === true) {
      problems.push({
        code: "WRITE_ONLY_REFERENCE",
        message: `"${name}" of ${label} is write-only: it always reads as null`,
      });
    }
    return attributeNode(attr, name);
  }
  const bt = block.block_types?.[name];
  if (bt) {
    if (bt.nesting_mode === "single" || bt.nesting_mode === "group")
      return { kind: "block", block: bt.block, label: name };
    return { kind: "blocks", mode: bt.nesting_mode, block: bt.block, label: name };
  }
  const names = [...Object.keys(block.attributes ?? {}), ...Object.keys(block.block_types ?? {})];
  problems.push({
    code: "UNKNOWN_REFERENCE_ATTRIBUTE",
    message: `${label} has no attribute or block named "${name}".${didYouMean(name, names)}`,
  });
  return { kind: "any" };
}

function attributeNode(attr: SchemaAttribute, name: string): Node {
  if (attr.type !== undefined) return { kind: "type", type: attr.type, label: name };
  const nested = attr.nested_type;
  if (nested === undefined) return { kind: "any" };
  const block: SchemaBlock = { attributes: nested.attributes };
  return nested.nesting_mode === "single"
    ? { kind: "block", block, label: name }
    : { kind: "blocks", mode: nested.nesting_mode, block, label: name };
}

function elementOf(node: Node & { kind: "blocks" }): Node {
  return { kind: "block", block: node.block, label: `${node.label} element` };
}

function elementType(type: CtyType, label: string): Node {
  return type === "dynamic" ? { kind: "any" } : { kind: "type", type, label: `${label} element` };
}

function typeStep(
  type: CtyType,
  label: string,
  step: Exclude<TraversalStep, { kind: "splat" }>,
  fail: (code: SchemaIssueCode, message: string) => Node,
): Node {
  if (type === "dynamic") return { kind: "any" };
  const shown =
    step.kind === "attr" ? `.${step.name}` : `[${step.key === undefined ? "…" : JSON.stringify(step.key)}]`;
  if (typeof type === "string") {
    return fail("INVALID_REFERENCE", `${label} is a ${type}: ${shown} cannot be applied to it`);
  }
  switch (type[0]) {
    case "map":
      return elementType(type[1], label);
    case "list":
      if (step.kind === "attr") {
        return fail(
          "INVALID_REFERENCE",
          `${label} is a ${renderType(type)}: index it (${label}[0]) or use [*] before ${shown}`,
        );
      }
      return elementType(type[1], label);
    case "set":
      return fail(
        "INVALID_REFERENCE",
        `${label} is a ${renderType(type)}: set elements have no keys, use a for expression or [*]`,
      );
    case "tuple": {
      if (step.kind === "attr")
        return fail("INVALID_REFERENCE", `${label} is a tuple: ${shown} cannot be applied to it`);
      const elem = typeof step.key === "number" ? type[1][step.key] : undefined;
      return elem === undefined ? { kind: "any" } : elementType(elem, label);
    }
    case "object": {
      const name = step.kind === "attr" ? step.name : typeof step.key === "string" ? step.key : undefined;
      if (name === undefined) {
        if (step.kind === "index" && step.key === undefined) return { kind: "any" };
        return fail("INVALID_REFERENCE", `${label} is an object: it cannot be indexed with ${shown}`);
      }
      const attrType = type[1][name];
      if (attrType === undefined) {
        return fail(
          "UNKNOWN_REFERENCE_ATTRIBUTE",
          `${label} has no attribute named "${name}".${didYouMean(name, Object.keys(type[1]))}`,
        );
      }
      return attrType === "dynamic" ? { kind: "any" } : { kind: "type", type: attrType, label: name };
    }
  }
}
