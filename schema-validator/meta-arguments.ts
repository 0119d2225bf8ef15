/**
 * Terraform's meta-arguments on resources and data sources: count, for_each, depends_on, provider,
 * lifecycle, provisioner and connection.
 */
import { MODULE_SCOPE, type Scope, type ValidationContext } from "./context";
import { lexExpression } from "./expressions/lexer";
import { factsOfTokens } from "./expressions/references";
import { childPath } from "./issues";
import { COMMENT_KEY, type JsonObject, blockBodies, isJsonObject } from "./json-syntax";
import type { SchemaBlock } from "./provider-schema";
import { didYouMean } from "./suggest";
import { walkBlock } from "./traversal";
import { describe } from "./values";

/** Meta-arguments a resource body may hold besides its schema's arguments. */
export const RESOURCE_META_ARGUMENTS: ReadonlySet<string> = new Set([
  "connection",
  "count",
  "depends_on",
  "for_each",
  "lifecycle",
  "provider",
  "provisioner",
]);

/** Meta-arguments a data source body may hold. */
export const DATA_META_ARGUMENTS: ReadonlySet<string> = new Set([
  "count",
  "depends_on",
  "for_each",
  "lifecycle",
  "provider",
]);

const LIFECYCLE_KEYS = {
  resource: [
    "create_before_destroy",
    "ignore_changes",
    "postcondition",
    "precondition",
    "prevent_destroy",
    "replace_triggered_by",
  ],
  data: ["postcondition", "precondition"],
} as const;

const CONNECTION_KEYS = new Set(
  (
    "agent agent_identity bastion_certificate bastion_host bastion_host_key bastion_password bastion_port " +
    "bastion_private_key bastion_user cacert certificate host host_key https insecure password port " +
    "private_key proxy_host proxy_port proxy_scheme proxy_user_name proxy_user_password script_path " +
    "target_platform timeout type use_ntlm user"
  ).split(" "),
);

const PROVISIONER_KEYS: Readonly<Record<string, readonly string[]>> = {
  "local-exec": ["command", "environment", "interpreter", "quiet", "working_dir"],
  "remote-exec": ["inline", "script", "scripts"],
  file: ["content", "destination", "source"],
};
const PROVISIONER_COMMON = ["connection", "on_failure", "when", COMMENT_KEY];

/** Where a set of meta-arguments lives. */
export interface MetaTarget {
  readonly kind: "resource" | "data";
  /** `aws_s3_bucket.state` or `data.aws_region.current`. */
  readonly address: string;
  /** The schema block of the object, when its type is known (for ignore_changes and self). */
  readonly block?: SchemaBlock;
}

/** Checks the meta-arguments present in `body`; `scope` is the body's scope (count/each). */
export function checkMetaArguments(
  ctx: ValidationContext,
  target: MetaTarget,
  body: JsonObject,
  path: string,
  scope: Scope,
): void {
  if (body.count !== undefined && body.for_each !== undefined) {
    ctx.report(
      "INVALID_META_ARGUMENT",
      childPath(path, "for_each"),
      `"count" and "for_each" cannot both be set`,
    );
  }
  if (body.count !== undefined) checkCount(ctx, body.count, childPath(path, "count"));
  if (body.for_each !== undefined) checkForEach(ctx, body.for_each, childPath(path, "for_each"));
  if (body.depends_on !== undefined) checkDependsOn(ctx, body.depends_on, childPath(path, "depends_on"));
  if (body.provider !== undefined) checkProviderRef(ctx, body.provider, childPath(path, "provider"));
  const self =
    target.block === undefined ? undefined : { block: target.block, label: `self (${target.address})` };
  const selfScope: Scope = self === undefined ? scope : { ...scope, self };
  if (body.lifecycle !== undefined)
    checkLifecycle(ctx, target, body.lifecycle, childPath(path, "lifecycle"), scope, selfScope);
  if (target.kind === "resource") {
    if (body.connection !== undefined)
      checkConnection(ctx, body.connection, childPath(path, "connection"), selfScope);
    if (body.provisioner !== undefined)
      checkProvisioners(ctx, body.provisioner, childPath(path, "provisioner"), selfScope);
  }
}

function checkCount(ctx: ValidationContext, value: unknown, path: string): void {
  if (typeof value === "string") {
    if (ctx.checkTemplate(value, path, MODULE_SCOPE) && !/^[0-9]+$/.test(value)) {
      ctx.report("INVALID_META_ARGUMENT", path, `count must be a whole number, got ${describe(value)}`);
    }
  } else if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    ctx.report("INVALID_META_ARGUMENT", path, `count must be a whole number, got ${describe(value)}`);
  }
}

function checkForEach(ctx: ValidationContext, value: unknown, path: string): void {
  if (typeof value === "string") {
    if (ctx.checkTemplate(value, path, MODULE_SCOPE)) {
      ctx.report(
        "INVALID_META_ARGUMENT",
        path,
        `for_each must be a map or a set of strings, got ${describe(value)}`,
      );
    }
  } else if (isJsonObject(value)) {
    ctx.walkStrings(value, path, MODULE_SCOPE);
  } else {
    ctx.report(
      "INVALID_META_ARGUMENT",
      path,
      `for_each must be a map or a set of strings, got ${describe(value)}`,
      Array.isArray(value) ? 'a JSON array is a tuple: wrap it, "${toset([...])}"' : undefined,
    );
  }
}

/** Checks a `depends_on` list: static references to declared objects, not to their attributes. */
export function checkDependsOn(ctx: ValidationContext, value: unknown, path: string): void {
  if (!Array.isArray(value)) {
    ctx.report(
      "INVALID_META_ARGUMENT",
      path,
      `depends_on must be a list of references, got ${describe(value)}`,
    );
    return;
  }
  value.forEach((entry, i) => {
    const p = childPath(path, i);
    const ref = ctx.staticReference(entry, p, "a depends_on entry");
    if (ref === undefined) return;
    const objectSteps = ref.root === "data" ? 2 : 1;
    if (ref.steps.length > objectSteps && ref.root !== "var" && ref.root !== "local") {
      ctx.report(
        "INVALID_META_ARGUMENT",
        p,
        `depends_on must name whole objects, not attributes: got "${ref.text}"`,
      );
    }
    ctx.checkFacts({ references: [ref], functions: [] }, p, MODULE_SCOPE);
  });
}

/** Checks a `provider` meta-argument (`aws` or `aws.west`) against the declared configurations. */
export function checkProviderRef(ctx: ValidationContext, value: unknown, path: string): void {
  const ref = ctx.staticReference(value, path, "provider");
  if (ref === undefined) return;
  const alias = ref.steps[0]?.kind === "attr" ? ref.steps[0].name : "";
  if (ref.steps.length > 1 || (ref.steps.length === 1 && alias === "")) {
    ctx.report(
      "INVALID_META_ARGUMENT",
      path,
      `provider must be "<name>" or "<name>.<alias>", got "${ref.text}"`,
    );
    return;
  }
  const declared = ctx.decls.providerConfigs.get(ref.root);
  if (alias !== "" && !declared?.has(alias)) {
    ctx.report(
      "UNDECLARED_PROVIDER_CONFIG",
      path,
      `no provider "${ref.root}" configuration has alias "${alias}".${didYouMean(alias, declared ?? [])}`,
      `declare it under provider.${ref.root} with "alias": "${alias}"`,
    );
  }
}

function checkLifecycle(
  ctx: ValidationContext,
  target: MetaTarget,
  value: unknown,
  path: string,
  scope: Scope,
  selfScope: Scope,
): void {
  const allowed: readonly string[] = LIFECYCLE_KEYS[target.kind];
  for (const { body, path: p } of blockBodies(value, path)) {
    if (!isJsonObject(body)) {
      ctx.report("INVALID_BLOCK", p, `lifecycle must be an object, got ${describe(body)}`);
      continue;
    }
    for (const key of Object.keys(body).sort()) {
      const kp = childPath(p, key);
      const v = body[key];
      if (key === COMMENT_KEY) continue;
      if (!allowed.includes(key)) {
        ctx.report(
          "INVALID_META_ARGUMENT",
          kp,
          `a ${target.kind} lifecycle block has no "${key}".${didYouMean(key, allowed)}`,
        );
      } else if (key === "create_before_destroy" || key === "prevent_destroy") {
        if (typeof v !== "boolean")
          ctx.report(
            "INVALID_META_ARGUMENT",
            kp,
            `${key} must be a literal true or false, got ${describe(v)}`,
          );
      } else if (key === "ignore_changes") {
        checkIgnoreChanges(ctx, target, v, kp);
      } else if (key === "replace_triggered_by") {
        checkReplaceTriggeredBy(ctx, v, kp, scope);
      } else {
        checkConditions(ctx, key, v, kp, key === "postcondition" ? selfScope : scope);
      }
    }
  }
}

function checkIgnoreChanges(ctx: ValidationContext, target: MetaTarget, value: unknown, path: string): void {
  if (value === "all") return;
  if (!Array.isArray(value)) {
    ctx.report(
      "INVALID_META_ARGUMENT",
      path,
      `ignore_changes must be "all" or a list of attribute names, got ${describe(value)}`,
    );
    return;
  }
  value.forEach((entry, i) => {
    const p = childPath(path, i);
    const ref = ctx.staticReference(entry, p, "an ignore_changes entry");
    if (ref === undefined || target.block === undefined) return;
    const steps = [{ kind: "attr", name: ref.root } as const, ...ref.steps];
    for (const problem of walkBlock(target.block, target.address, steps)) {
      if (problem.code !== "WRITE_ONLY_REFERENCE")
        ctx.report(problem.code, p, `${problem.message} (in ignore_changes "${ref.text}")`);
    }
  });
}

function checkReplaceTriggeredBy(ctx: ValidationContext, value: unknown, path: string, scope: Scope): void {
  if (!Array.isArray(value)) {
    ctx.report(
      "INVALID_META_ARGUMENT",
      path,
      `replace_triggered_by must be a list of resource references, got ${describe(value)}`,
    );
    return;
  }
  value.forEach((entry, i) => {
    const p = childPath(path, i);
    if (typeof entry !== "string" || entry.includes("${")) {
      ctx.report(
        "INVALID_META_ARGUMENT",
        p,
        `replace_triggered_by entries are bare references like "aws_s3_bucket.state", got ${describe(entry)}`,
      );
      return;
    }
    const { tokens } = lexExpression(entry);
    const facts = factsOfTokens(entry, tokens);
    const root = facts.references[0]?.root;
    if (
      root === undefined ||
      ["var", "local", "data", "module", "each", "count", "path", "terraform", "self"].includes(root)
    ) {
      ctx.report(
        "INVALID_META_ARGUMENT",
        p,
        `replace_triggered_by entries must reference a managed resource, got "${entry}"`,
      );
    }
    ctx.checkFacts(facts, p, scope);
  });
}

function checkConditions(
  ctx: ValidationContext,
  key: string,
  value: unknown,
  path: string,
  scope: Scope,
): void {
  for (const { body, path: p } of blockBodies(value, path)) {
    if (!isJsonObject(body)) {
      ctx.report("INVALID_BLOCK", p, `${key} must be an object, got ${describe(body)}`);
      continue;
    }
    for (const k of Object.keys(body).sort()) {
      if (k !== "condition" && k !== "error_message" && k !== COMMENT_KEY) {
        ctx.report("INVALID_META_ARGUMENT", childPath(p, k), `a ${key} block has no "${k}"`);
      }
    }
    for (const k of ["condition", "error_message"]) {
      if (body[k] === undefined)
        ctx.report("MISSING_REQUIRED_ATTRIBUTE", childPath(p, k), `a ${key} block needs "${k}"`);
    }
    ctx.walkStrings(body, p, scope);
  }
}

function checkConnection(ctx: ValidationContext, value: unknown, path: string, scope: Scope): void {
  if (!isJsonObject(value)) {
    ctx.report("INVALID_BLOCK", path, `connection must be an object, got ${describe(value)}`);
    return;
  }
  for (const key of Object.keys(value).sort()) {
    if (!CONNECTION_KEYS.has(key) && key !== COMMENT_KEY) {
      ctx.report(
        "INVALID_META_ARGUMENT",
        childPath(path, key),
        `a connection block has no "${key}".${didYouMean(key, CONNECTION_KEYS)}`,
      );
    }
  }
  ctx.walkStrings(value, path, scope);
}

function checkProvisioners(ctx: ValidationContext, value: unknown, path: string, scope: Scope): void {
  for (const { body, path: p } of blockBodies(value, path)) {
    const types = isJsonObject(body) ? Object.keys(body).filter((k) => k !== COMMENT_KEY) : [];
    if (!isJsonObject(body) || types.length !== 1) {
      ctx.report(
        "INVALID_BLOCK",
        p,
        `each provisioner must be an object with one key, its type (e.g. "local-exec")`,
      );
      continue;
    }
    const type = types[0]!;
    const tp = childPath(p, type);
    const keys = PROVISIONER_KEYS[type];
    if (keys === undefined) {
      ctx.report(
        "INVALID_META_ARGUMENT",
        tp,
        `unknown provisioner type "${type}".${didYouMean(type, Object.keys(PROVISIONER_KEYS))}`,
      );
      continue;
    }
    for (const { body: pb, path: pp } of blockBodies(body[type], tp)) {
      if (!isJsonObject(pb)) {
        ctx.report("INVALID_BLOCK", pp, `a ${type} provisioner must be an object, got ${describe(pb)}`);
        continue;
      }
      for (const key of Object.keys(pb).sort()) {
        if (key === "connection") checkConnection(ctx, pb[key], childPath(pp, key), scope);
        else if (!keys.includes(key) && !PROVISIONER_COMMON.includes(key)) {
          ctx.report(
            "INVALID_META_ARGUMENT",
            childPath(pp, key),
            `a ${type} provisioner has no "${key}".${didYouMean(key, keys)}`,
          );
        } else ctx.walkStrings(pb[key], childPath(pp, key), scope);
      }
    }
  }
}
