/**
 * Stack names, Spacelift stack prefixes and Terraform workspaces (atmos `GetContextPrefix`,
 * `ReplaceContextTokens`, `BuildTerraformWorkspace`).
 */
import { EngineErrors, fail, type ErrorSite } from "./errors";
import { getKey } from "./json-value";
import { renderOrFail } from "./template-errors";
import type { AtmosConfig, JsonMap, JsonValue } from "./types";

const PATTERN_PARTS = ["namespace", "tenant", "environment", "stage"] as const;

/** Where a name is computed, for NAME_VAR_MISSING messages. */
export interface NameSite {
  readonly stackFile: string;
  /** Computed only when an error is reported (finding positions re-parses a file). */
  site(): ErrorSite;
}

/**
 * `stacks.name_pattern` evaluation: split on `-`; only `{namespace}`, `{tenant}`,
 * `{environment}`, `{stage}` contribute (other literal parts are dropped, as atmos does); a token
 * whose var is not a non-empty string is NAME_VAR_MISSING.
 */
export function contextPrefix(pattern: string, vars: JsonMap, where: NameSite): string {
  const out: string[] = [];
  for (const part of pattern.split("-")) {
    const token = PATTERN_PARTS.find((t) => part === `{${t}}`);
    if (!token) continue;
    const v = getKey(vars, token);
    if (typeof v !== "string" || v === "") {
      fail(
        EngineErrors.nameVarMissing(`pattern '${pattern}'`, token, where.stackFile, {
          ...where.site(),
          keyPath: `vars.${token}`,
        }),
      );
    }
    out.push(v);
  }
  return out.join("-");
}

/** Renders `stacks.name_template` over `data`; a missing key is NAME_VAR_MISSING. */
export function renderNameTemplate(
  config: AtmosConfig,
  template: string,
  data: JsonValue,
  where: NameSite,
): string {
  return renderOrFail(
    template,
    data,
    {
      file: where.stackFile,
      site: where,
      missingKey: config.ignoreMissingTemplateValues ? "ignore" : "error",
      env: config.processEnv ?? {},
    },
    (key) =>
      fail(
        EngineErrors.nameVarMissing(`template '${template}'`, key, where.stackFile, {
          ...where.site(),
          keyPath: key,
        }),
      ),
  );
}

/**
 * Logical stack name per atmos describe: manifest `name:` > `name_template` (over the component
 * section) > `name_pattern` > stack file name.
 */
export function describeStackName(
  config: AtmosConfig,
  manifestName: string | undefined,
  /** The component section (needed only with a name_template). */
  componentSection: JsonMap | undefined,
  vars: JsonMap,
  where: NameSite,
): string {
  if (manifestName) return manifestName;
  if (config.nameTemplate)
    return renderNameTemplate(config, config.nameTemplate, componentSection ?? {}, where);
  if (config.namePattern) return contextPrefix(config.namePattern, vars, where);
  return where.stackFile;
}

/**
 * Stack prefix on atmos HEAD's Spacelift path: `name_template` rendered over `{vars}` only, else
 * `name_pattern`, else the stack file path with `/` → `-`. Manifest `name:` is not consulted.
 */
export function spaceliftStackPrefix(config: AtmosConfig, vars: JsonMap, where: NameSite): string {
  if (config.nameTemplate) return renderNameTemplate(config, config.nameTemplate, { vars }, where);
  if (config.namePattern) return contextPrefix(config.namePattern, vars, where);
  return where.stackFile.replace(/\//g, "-");
}

/** Values of the `{token}`s `ReplaceContextTokens` understands. */
export interface ContextTokens {
  readonly vars: JsonMap;
  readonly component: string;
  readonly baseComponent: string;
  readonly componentPath?: string;
  readonly workspace?: string;
}

/** atmos `ReplaceContextTokens`. */
export function replaceContextTokens(pattern: string, ctx: ContextTokens): string {
  const v = (k: string): string => {
    const x = getKey(ctx.vars, k);
    return typeof x === "string" ? x : "";
  };
  const attributes = getKey(ctx.vars, "attributes");
  const tokens: Record<string, string> = {
    "{namespace}": v("namespace"),
    "{tenant}": v("tenant"),
    "{environment}": v("environment"),
    "{stage}": v("stage"),
    "{region}": v("region"),
    "{component}": ctx.component,
    "{base-component}": ctx.baseComponent,
    "{component-path}": ctx.componentPath ?? "",
    "{workspace}": ctx.workspace ?? "",
    "{terraform_workspace}": ctx.workspace ?? "",
    "{attributes}": Array.isArray(attributes)
      ? attributes.filter((a) => typeof a === "string").join("-")
      : "",
  };
  return pattern.replace(/\{[a-z_-]+\}/g, (t) => tokens[t] ?? t);
}

/** Inputs of {@link buildWorkspace}. */
export interface WorkspaceInput {
  readonly config: AtmosConfig;
  /** Stack name used as the workspace prefix. */
  readonly prefix: string;
  readonly component: string;
  readonly baseComponent: string;
  readonly metadata: JsonMap;
  readonly vars: JsonMap;
  /** The component section; needed only with `metadata.terraform_workspace_template`. */
  readonly section: JsonMap | undefined;
  readonly where: NameSite;
}

/**
 * atmos `BuildTerraformWorkspace` with the base-component rule: `default` when workspaces are
 * disabled; else `terraform_workspace_template` > `_pattern` > `terraform_workspace` > prefix (no
 * base component) > `<prefix>-<component>`; then `/` → `-`.
 */
export function buildWorkspace(w: WorkspaceInput): string {
  if (!w.config.workspacesEnabled) return "default";
  const template = getKey(w.metadata, "terraform_workspace_template");
  const pattern = getKey(w.metadata, "terraform_workspace_pattern");
  const literal = getKey(w.metadata, "terraform_workspace");
  let ws: string;
  if (typeof template === "string" && template !== "") {
    ws = renderOrFail(template, w.section ?? {}, {
      file: w.where.stackFile,
      site: w.where,
      missingKey: w.config.ignoreMissingTemplateValues ? "ignore" : "error",
      env: w.config.processEnv ?? {},
    });
  } else if (typeof pattern === "string" && pattern !== "") {
    ws = replaceContextTokens(pattern, {
      vars: w.vars,
      component: w.component,
      baseComponent: w.baseComponent,
    });
  } else if (typeof literal === "string" && literal !== "") {
    ws = literal;
  } else if (w.baseComponent === "") {
    ws = w.prefix;
  } else {
    ws = `${w.prefix}-${w.component}`;
  }
  return ws.replace(/\//g, "-");
}
