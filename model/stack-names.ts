/**
 * Spacelift stack names, as atmos's `BuildSpaceliftStackName` derives them:
 * `settings.spacelift.stack_name_pattern` (context tokens) > `settings.spacelift.stack_name` >
 * `<prefix>-<atmos component>`, then every `/` becomes `-`. The name is also the Spacelift slug
 * (stack id), so it must already be a valid slug: anything else is an error, never a silent rename.
 */
import type { JsonValue, ResolvedComponent } from "../config-engine/types";

/** The context atmos reads from a component's vars (`GetContextFromVars`) plus its names. */
export interface StackContext {
  readonly namespace: string;
  readonly tenant: string;
  readonly environment: string;
  readonly stage: string;
  readonly region: string;
  readonly attributes: readonly string[];
  readonly component: string;
  readonly baseComponent: string;
}

const CONTEXT_VARS = ["namespace", "tenant", "environment", "stage", "region"] as const;

/** A Spacelift slug: lowercase letters, digits and `-`, starting and ending with a letter or digit. */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** Reads the naming context of a component. Only string vars count, as in atmos. */
export function stackContext(c: ResolvedComponent): StackContext {
  const str = (v: JsonValue | undefined): string => (typeof v === "string" ? v : "");
  const attrs = c.vars["attributes"];
  const ctx = Object.fromEntries(CONTEXT_VARS.map((k) => [k, str(c.vars[k])])) as Record<
    (typeof CONTEXT_VARS)[number],
    string
  >;
  return {
    ...ctx,
    attributes: Array.isArray(attrs) ? attrs.filter((a): a is string => typeof a === "string") : [],
    component: c.atmosComponent,
    baseComponent: c.baseComponent,
  };
}

/**
 * atmos `ReplaceContextTokens`: `{namespace}` `{tenant}` `{environment}` `{stage}` `{region}`
 * `{component}` `{base-component}` `{attributes}`; `{component-path}`, `{workspace}` and
 * `{terraform_workspace}` are empty on the Spacelift path.
 */
export function replaceContextTokens(pattern: string, ctx: StackContext): string {
  return pattern
    .replaceAll("{namespace}", ctx.namespace)
    .replaceAll("{tenant}", ctx.tenant)
    .replaceAll("{environment}", ctx.environment)
    .replaceAll("{stage}", ctx.stage)
    .replaceAll("{region}", ctx.region)
    .replaceAll("{base-component}", ctx.baseComponent)
    .replaceAll("{component}", ctx.component)
    .replaceAll("{attributes}", ctx.attributes.join("-"))
    .replaceAll("{component-path}", "")
    .replaceAll("{terraform_workspace}", "")
    .replaceAll("{workspace}", "");
}

/** Where a Spacelift name came from, for error messages. */
export type StackNameSource = "stack_name_pattern" | "stack_name" | "vars.stack_name" | "default";

/** A component's Spacelift stack name and the rule that produced it. */
export interface DerivedStackName {
  readonly name: string;
  readonly source: StackNameSource;
}

/** Derives the Spacelift stack name of a component (see the module comment). */
export function deriveStackName(c: ResolvedComponent): DerivedStackName {
  // Cloud Posse's admin-stack names the root admin stack `var.stack_name` when it is set
  // (root-admin-stack.tf), ignoring settings: honour it, or the root would be renamed.
  const rootName = c.vars["stack_name"];
  if (c.vars["root_admin_stack"] === true && typeof rootName === "string" && rootName !== "") {
    return { name: rootName.replaceAll("/", "-"), source: "vars.stack_name" };
  }
  const spacelift = c.settings["spacelift"];
  const settings =
    spacelift !== null && typeof spacelift === "object" && !Array.isArray(spacelift) ? spacelift : {};
  const pattern = settings["stack_name_pattern"];
  if (typeof pattern === "string" && pattern !== "") {
    return {
      name: replaceContextTokens(pattern, stackContext(c)).replaceAll("/", "-"),
      source: "stack_name_pattern",
    };
  }
  const explicit = settings["stack_name"];
  if (typeof explicit === "string" && explicit !== "") {
    return { name: explicit.replaceAll("/", "-"), source: "stack_name" };
  }
  return { name: `${c.spaceliftPrefix}-${c.atmosComponent}`.replaceAll("/", "-"), source: "default" };
}

/**
 * The Spacelift id (slug) of a stack named `name`: its oldest previous name when it was renamed
 * (`settings.spacelift.previous_names`, oldest first: the slug is force-new, so a renamed stack
 * keeps its first id), else the name. Comments, spacectl and literal references must use this.
 */
export function spaceliftSlug(name: string, previousNames: readonly string[]): string {
  return previousNames[0] ?? name;
}

/** {@link spaceliftSlug} for a resolved component, reading `previous_names` from its settings. */
export function componentSlug(c: ResolvedComponent, name: string): string {
  const spacelift = c.settings["spacelift"];
  const previous =
    spacelift !== null && typeof spacelift === "object" && !Array.isArray(spacelift)
      ? spacelift["previous_names"]
      : undefined;
  const names = Array.isArray(previous) ? previous.filter((p): p is string => typeof p === "string") : [];
  return spaceliftSlug(name, names);
}
