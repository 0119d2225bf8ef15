/**
 * Resolves the references and function calls found in expressions against the document's
 * declarations and the provider schemas.
 */
import type { InstanceDecl, Scope, ValidationContext } from "./context";
import type { FunctionCall, Reference, TraversalStep } from "./expressions/references";
import { REMOVED_FUNCTIONS, TERRAFORM_FUNCTIONS, TERRAFORM_PROVIDER_FUNCTIONS } from "./functions";
import { didYouMean } from "./suggest";
import { walkBlock } from "./traversal";

const NAMED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  path: ["cwd", "module", "root"],
  terraform: ["applying", "workspace"],
  each: ["key", "value"],
  count: ["index"],
};

/** Reports what is wrong with one reference found at `path`. */
export function checkReference(ctx: ValidationContext, ref: Reference, path: string, scope: Scope): void {
  const bad = (code: Parameters<ValidationContext["report"]>[0], message: string, hint?: string): void =>
    ctx.report(code, path, `${message} (in "${ref.text}")`, hint);
  const first = ref.steps[0];
  const firstName = first?.kind === "attr" ? first.name : undefined;
  const named = (
    set: ReadonlySet<string> | ReadonlyMap<string, unknown>,
    what: string,
    declare: string,
  ): void => {
    if (firstName === undefined)
      return bad("INVALID_REFERENCE", `"${ref.root}" must be followed by a ${what} name`);
    if (!set.has(firstName)) {
      bad(
        "UNDECLARED_REFERENCE",
        `${what} "${firstName}" is not declared.${didYouMean(firstName, set.keys())}`,
        declare,
      );
    }
  };
  switch (ref.root) {
    case "var":
      return named(ctx.decls.variables, "input variable", `declare it under "variable"`);
    case "local":
      return named(ctx.decls.locals, "local value", `declare it under "locals"`);
    case "module":
      return named(ctx.decls.modules, "module", `declare it under "module"`);
    case "data":
      return checkDataReference(ctx, ref, bad);
    case "self":
      if (scope.self === undefined) {
        return bad(
          "INVALID_REFERENCE",
          `"self" is only available in provisioner, connection and postcondition blocks`,
        );
      }
      if (scope.self.block === undefined) return;
      for (const p of walkBlock(scope.self.block, scope.self.label, ref.steps)) bad(p.code, p.message);
      return;
    case "each":
    case "count":
      if (!(ref.root === "each" ? scope.forEach : scope.count)) {
        const meta = ref.root === "each" ? "for_each" : "count";
        return bad("INVALID_REFERENCE", `"${ref.root}" is only available in blocks that set "${meta}"`);
      }
      return checkNamedAttribute(ref, firstName, bad);
    case "path":
    case "terraform":
      return checkNamedAttribute(ref, firstName, bad);
    case "ephemeral":
      return bad("UNSUPPORTED_CONSTRUCT", "ephemeral resources are not supported by the validator");
    default:
      if (scope.iterators.has(ref.root)) {
        if (firstName !== "key" && firstName !== "value") {
          bad("INVALID_REFERENCE", `the dynamic block iterator "${ref.root}" only has "key" and "value"`);
        }
        return;
      }
      return checkResourceReference(ctx, ref, bad);
  }
}

type Bad = (code: Parameters<ValidationContext["report"]>[0], message: string, hint?: string) => void;

function checkNamedAttribute(ref: Reference, firstName: string | undefined, bad: Bad): void {
  const allowed = NAMED_ATTRIBUTES[ref.root]!;
  if (firstName === undefined || !allowed.includes(firstName)) {
    bad("INVALID_REFERENCE", `"${ref.root}" only has ${allowed.map((a) => `"${a}"`).join(", ")}`);
  }
}

function checkResourceReference(ctx: ValidationContext, ref: Reference, bad: Bad): void {
  const first = ref.steps[0];
  if (first?.kind !== "attr") {
    return bad(
      "INVALID_REFERENCE",
      `"${ref.root}" is not a known name; a resource reference needs a resource name, like ${ref.root}.<name>`,
    );
  }
  const byName = ctx.decls.resources.get(ref.root);
  const decl = byName?.get(first.name);
  if (decl === undefined) {
    const candidates = byName ? byName.keys() : ctx.decls.resources.keys();
    const name = byName ? first.name : ref.root;
    return bad(
      "UNDECLARED_REFERENCE",
      `resource ${ref.root}.${first.name} is not declared.${didYouMean(name, candidates)}`,
    );
  }
  checkInstance(`${ref.root}.${first.name}`, decl, ref.steps.slice(1), bad);
}

function checkDataReference(ctx: ValidationContext, ref: Reference, bad: Bad): void {
  const [typeStep, nameStep] = ref.steps;
  if (typeStep?.kind !== "attr" || nameStep?.kind !== "attr") {
    return bad(
      "INVALID_REFERENCE",
      `a data source reference needs a type and a name, like data.<type>.<name>`,
    );
  }
  const byName = ctx.decls.dataSources.get(typeStep.name);
  const decl = byName?.get(nameStep.name);
  const address = `data.${typeStep.name}.${nameStep.name}`;
  if (decl === undefined) {
    const candidates = byName ? byName.keys() : ctx.decls.dataSources.keys();
    return bad(
      "UNDECLARED_REFERENCE",
      `data source ${address} is not declared.${didYouMean(byName ? nameStep.name : typeStep.name, candidates)}`,
    );
  }
  checkInstance(address, decl, ref.steps.slice(2), bad);
}

/** Checks instance keys against count/for_each, then walks the rest through the schema. */
function checkInstance(address: string, decl: InstanceDecl, steps: readonly TraversalStep[], bad: Bad): void {
  const first = steps[0];
  let rest = steps;
  if (decl.count || decl.forEach) {
    const meta = decl.count ? "count" : "for_each";
    if (first?.kind === "attr") {
      return bad(
        "INVALID_REFERENCE",
        `${address} has "${meta}" set, so its attributes must be read from an instance, like ${address}[${decl.count ? "0" : '"key"'}].${first.name}`,
      );
    }
    if (first?.kind === "splat" && decl.forEach) return;
    rest = steps.slice(1);
  } else if (first?.kind === "index") {
    return bad(
      "INVALID_REFERENCE",
      `${address} sets neither "count" nor "for_each", so it cannot be indexed`,
    );
  } else if (first?.kind === "splat") {
    rest = steps.slice(1);
  }
  if (decl.block === undefined) return;
  for (const p of walkBlock(decl.block, address, rest)) bad(p.code, p.message);
}

/** Reports calls to functions that Terraform 1.11 or the named provider does not have. */
export function checkFunctionCall(ctx: ValidationContext, call: FunctionCall, path: string): void {
  if (call.provider !== undefined) {
    const full = `provider::${call.provider}::${call.name}`;
    if (!ctx.decls.requiredProviders.has(call.provider)) {
      ctx.report(
        "UNKNOWN_FUNCTION",
        path,
        `${full}: provider "${call.provider}" is not declared in terraform.required_providers`,
      );
      return;
    }
    const { entry } = ctx.providerEntry(call.provider);
    const available =
      call.provider === "terraform" && entry?.schema.functions === undefined
        ? TERRAFORM_PROVIDER_FUNCTIONS
        : new Set(Object.keys(entry?.schema.functions ?? {}));
    if (!available.has(call.name)) {
      ctx.report(
        "UNKNOWN_FUNCTION",
        path,
        `${full}: provider "${call.provider}" has no function "${call.name}".${didYouMean(call.name, available)}`,
      );
    }
    return;
  }
  const removed = REMOVED_FUNCTIONS[call.name];
  if (removed !== undefined) {
    ctx.report("UNKNOWN_FUNCTION", path, `${call.name}(): ${removed}`);
  } else if (!TERRAFORM_FUNCTIONS.has(call.name)) {
    ctx.report(
      "UNKNOWN_FUNCTION",
      path,
      `there is no function named "${call.name}".${didYouMean(call.name, TERRAFORM_FUNCTIONS)}`,
    );
  }
}
