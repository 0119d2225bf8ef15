/**
 * Provider configurations (`provider`) and the `terraform` settings block: required providers,
 * backend and cloud configuration.
 */
import { BACKEND_SCHEMAS, CLOUD_BLOCK } from "./backends";
import { checkBody } from "./blocks";
import { MODULE_SCOPE, type Scope, type ValidationContext } from "./context";
import { childPath } from "./issues";
import { COMMENT_KEY, blockBodies, isJsonObject } from "./json-syntax";
import { didYouMean } from "./suggest";
import { describe } from "./values";

const PROVIDER_META = new Set(["alias", "version"]);
const TERRAFORM_KEYS = [
  "backend",
  "cloud",
  "experiments",
  "provider_meta",
  "required_providers",
  "required_version",
];
const REQUIRED_PROVIDER_KEYS = ["configuration_aliases", "source", "version"];
const NO_TEMPLATES: Scope = {
  ...MODULE_SCOPE,
  noTemplates: "the terraform block cannot use references or functions",
};

/** Checks every `provider.<name>` configuration against the provider's schema. */
export function checkProviders(ctx: ValidationContext, section: unknown): void {
  if (section === undefined) return;
  if (!isJsonObject(section)) {
    ctx.report(
      "INVALID_BLOCK",
      "provider",
      `"provider" must map provider names to configurations, got ${describe(section)}`,
    );
    return;
  }
  for (const local of Object.keys(section).sort()) {
    const path = childPath("provider", local);
    const { source, entry } = ctx.providerEntry(local);
    if (entry === undefined) {
      ctx.report("UNKNOWN_PROVIDER", path, `no schema is loaded for provider "${local}" (${source})`);
    }
    const aliases = new Set<string>();
    for (const { body, path: p } of blockBodies(section[local], path)) {
      if (!isJsonObject(body)) {
        ctx.report("INVALID_BLOCK", p, `expected a provider configuration, got ${describe(body)}`);
        continue;
      }
      const alias = body.alias ?? "";
      if (typeof alias !== "string" || (alias !== "" && !/^[A-Za-z][A-Za-z0-9_-]*$/.test(alias))) {
        ctx.report(
          "INVALID_META_ARGUMENT",
          childPath(p, "alias"),
          `alias must be a name, got ${describe(alias)}`,
        );
      } else if (aliases.has(alias)) {
        const what =
          alias === ""
            ? "a second default configuration (add an alias)"
            : `a second configuration with alias "${alias}"`;
        ctx.report("INVALID_META_ARGUMENT", p, `provider "${local}" has ${what}`);
      } else {
        aliases.add(alias);
      }
      if (body.version !== undefined) {
        ctx.report(
          "DEPRECATED",
          childPath(p, "version"),
          `the provider "version" argument is deprecated`,
          `use terraform.required_providers.${local}.version`,
        );
      }
      const block = entry?.schema.provider?.block;
      if (block !== undefined) checkBody(ctx, block, body, p, MODULE_SCOPE, PROVIDER_META);
      else ctx.walkStrings(body, p, MODULE_SCOPE);
    }
  }
}

/** Checks the `terraform` block(s). */
export function checkTerraformBlock(ctx: ValidationContext, section: unknown): void {
  for (const { body, path } of blockBodies(section, "terraform")) {
    if (!isJsonObject(body)) {
      ctx.report("INVALID_BLOCK", path, `expected the terraform settings block, got ${describe(body)}`);
      continue;
    }
    for (const key of Object.keys(body).sort()) {
      const p = childPath(path, key);
      const value = body[key];
      if (key === COMMENT_KEY) continue;
      if (!TERRAFORM_KEYS.includes(key)) {
        ctx.report(
          "UNKNOWN_ATTRIBUTE",
          p,
          `the terraform block has no "${key}".${didYouMean(key, TERRAFORM_KEYS)}`,
        );
      } else if (key === "required_version" && typeof value !== "string") {
        ctx.report(
          "TYPE_MISMATCH",
          p,
          `required_version must be a version constraint string, got ${describe(value)}`,
        );
      } else if (key === "required_providers") {
        checkRequiredProviders(ctx, value, p);
      } else if (key === "backend") {
        checkBackend(ctx, value, p);
      } else if (key === "cloud") {
        checkBody(ctx, CLOUD_BLOCK, value, p, NO_TEMPLATES);
      } else {
        ctx.walkStrings(value, p, NO_TEMPLATES);
      }
    }
  }
}

function checkRequiredProviders(ctx: ValidationContext, value: unknown, path: string): void {
  for (const { body, path: p } of blockBodies(value, path)) {
    if (!isJsonObject(body)) {
      ctx.report(
        "INVALID_BLOCK",
        p,
        `required_providers must map names to requirements, got ${describe(body)}`,
      );
      continue;
    }
    for (const local of Object.keys(body).sort()) {
      const lp = childPath(p, local);
      const req = body[local];
      if (typeof req === "string") {
        checkVersion(ctx, local, req, lp);
        continue;
      }
      if (!isJsonObject(req)) {
        ctx.report("TYPE_MISMATCH", lp, `expected { source, version }, got ${describe(req)}`);
        continue;
      }
      for (const key of Object.keys(req).sort()) {
        if (!REQUIRED_PROVIDER_KEYS.includes(key)) {
          ctx.report(
            "UNKNOWN_ATTRIBUTE",
            childPath(lp, key),
            `a provider requirement has no "${key}".${didYouMean(key, REQUIRED_PROVIDER_KEYS)}`,
          );
        }
      }
      if (typeof req.version === "string") checkVersion(ctx, local, req.version, childPath(lp, "version"));
      if (req.configuration_aliases !== undefined) {
        const aliases = Array.isArray(req.configuration_aliases)
          ? req.configuration_aliases
          : [req.configuration_aliases];
        aliases.forEach((a, i) =>
          ctx.staticReference(
            a,
            childPath(childPath(lp, "configuration_aliases"), i),
            "a configuration alias",
          ),
        );
      }
    }
  }
}

/** Warns when an exact version pin differs from the version of the loaded schema. */
function checkVersion(ctx: ValidationContext, local: string, constraint: string, path: string): void {
  const exact = /^\s*=?\s*v?([0-9]+\.[0-9]+\.[0-9]+)\s*$/.exec(constraint)?.[1];
  const loaded = ctx.providerEntry(local).entry?.version;
  if (exact !== undefined && loaded !== undefined && exact !== loaded) {
    ctx.report(
      "PROVIDER_VERSION_MISMATCH",
      path,
      `provider "${local}" is pinned to ${exact}, but the validator's schema describes ${loaded}`,
      "align the pin with the committed schema, or refresh the schema for the new version",
    );
  }
}

function checkBackend(ctx: ValidationContext, value: unknown, path: string): void {
  if (!isJsonObject(value)) {
    ctx.report(
      "INVALID_BLOCK",
      path,
      `backend must map one backend type to its configuration, got ${describe(value)}`,
    );
    return;
  }
  const types = Object.keys(value)
    .filter((k) => k !== COMMENT_KEY)
    .sort();
  if (types.length > 1)
    ctx.report("INVALID_BLOCK", path, `only one backend may be configured, got ${types.join(", ")}`);
  for (const type of types) {
    const schema = BACKEND_SCHEMAS[type];
    const p = childPath(path, type);
    if (schema === undefined) {
      ctx.report(
        "UNKNOWN_BACKEND",
        p,
        `the validator has no schema for backend "${type}".${didYouMean(type, Object.keys(BACKEND_SCHEMAS))}`,
        "add it to schema-validator/backends.ts",
      );
      continue;
    }
    checkBody(ctx, schema, value[type], p, NO_TEMPLATES);
  }
}
