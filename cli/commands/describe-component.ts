import * as path from "node:path";
import { loadAtmosConfig, resolveStacks } from "../../config-engine";
import type { ResolvedStacks } from "../../config-engine/types";
import {
  configuredShape,
  describeComponentShape,
  provenanceByDefault,
  renderProvenanceYaml,
  type ComponentShape,
} from "../../config-engine/describe-component-shapes";
import { renderOptions } from "../../config-engine/render-options";
import { commandGroup, type RegisterCommand } from "../context";
import { UsageError } from "../io";
import { optionalBool, renderFlags, withConfigDir, withRenderFlags, type RenderFlagValues } from "../options";
import { renderOutput } from "./describe-stacks";

interface DescribeComponentOptions extends RenderFlagValues {
  readonly configDir?: string;
  readonly stack: string;
  readonly format: string;
  readonly provenance?: string | boolean;
  readonly filter?: string;
  readonly leafProvenance?: boolean;
}

/**
 * `describe component C -s STACK`: atmos's shapes. YAML prints atmos's `--provenance` rendering by
 * default (`describe.provenance`), JSON the `schema`-filtered map; `describe.component.filter:
 * full` (or `--filter full`) prints every computed field; `--leaf-provenance` prints this project's
 * full map with `sources` and per-leaf `provenance` (file:line:col).
 */
export const registerDescribeComponent: RegisterCommand = (program, ctx) => {
  withRenderFlags(
    withConfigDir(
      commandGroup(program, "describe", "show resolved atmos configuration")
        .command("component <component>")
        .description(
          "show one component of one stack as atmos does (filtered, full, or with provenance comments)",
        ),
    ),
  )
    .requiredOption("-s, --stack <stack>", "logical stack name")
    .option("--format <format>", "json or yaml", "yaml")
    .option(
      "--provenance [bool]",
      "atmos's inline provenance comments (# ● [1] file:line); default: on for yaml (describe.provenance)",
    )
    .option(
      "--filter <filter>",
      "schema (the sections a manifest can define) or full (every computed field); default: describe.component.filter",
    )
    .option(
      "--leaf-provenance",
      "this project's output: the full map with sources and file:line:col of every leaf",
    )
    .action((componentArg: string, opts: DescribeComponentOptions) => {
      let component = componentArg;
      if (opts.filter !== undefined && opts.filter !== "schema" && opts.filter !== "full") {
        throw new UsageError(`--filter must be schema or full, got '${opts.filter}'`);
      }
      const config = loadAtmosConfig({ configDir: opts.configDir, cwd: ctx.io.cwd, env: ctx.io.env });
      const resolved = resolveStacks(config, renderOptions(config, renderFlags(opts)));
      component = componentFromPath(component, resolved, opts.stack, ctx.io.cwd);
      const explicit = optionalBool("provenance", opts.provenance);
      if (opts.leafProvenance === true) {
        if (explicit === true) throw new UsageError("--provenance and --leaf-provenance exclude each other");
        ctx.io.stdout(
          renderOutput(describeComponentShape(resolved, config, component, opts.stack, "leaf"), opts.format),
        );
        return;
      }
      const provenance = explicit ?? (opts.format === "yaml" && provenanceByDefault(config));
      if (provenance) {
        ctx.io.stdout(renderProvenanceYaml(resolved, config, component, opts.stack));
        return;
      }
      const shape: ComponentShape = (opts.filter as ComponentShape | undefined) ?? configuredShape(config);
      ctx.io.stdout(
        renderOutput(describeComponentShape(resolved, config, component, opts.stack, shape), opts.format),
      );
    });
};

/** atmos `IsExplicitComponentPath`: `.`, `./…`, `../…` or an absolute path. */
function isComponentPath(arg: string): boolean {
  return arg === "." || /^\.\.?[/\\]/.test(arg) || path.isAbsolute(arg);
}

/**
 * atmos's path-based component argument (`describe component . -s dev` from a component folder): the
 * folder relative to the terraform base path, then the component of that stack with that name, else
 * the one whose folder it is. Outside the components directory, or several components on one folder,
 * is a usage error (atmos exits 2 too).
 */
function componentFromPath(arg: string, resolved: ResolvedStacks, stack: string, cwd: string): string {
  if (!isComponentPath(arg)) return arg;
  const base = resolved.config.terraformBasePath;
  const rel = path.relative(base, path.resolve(cwd, arg));
  if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new UsageError(
      `'${arg}' is not a component folder under the terraform components directory ${base}`,
    );
  }
  const folder = rel.split(path.sep).join("/");
  const inStack = resolved.components.filter((c) => c.atmosStack === stack && !c.abstract);
  if (inStack.some((c) => c.atmosComponent === folder)) return folder;
  const using = inStack.filter((c) => c.component === folder).map((c) => c.atmosComponent);
  if (using.length > 1) {
    throw new UsageError(
      `ambiguous component path '${arg}': components ${using.join(", ")} in stack '${stack}' all use ${folder}; name one`,
    );
  }
  return using[0] ?? folder;
}
