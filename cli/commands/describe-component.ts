import { loadAtmosConfig, resolveStacks } from "../../config-engine";
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
    .action((component: string, opts: DescribeComponentOptions) => {
      if (opts.filter !== undefined && opts.filter !== "schema" && opts.filter !== "full") {
        throw new UsageError(`--filter must be schema or full, got '${opts.filter}'`);
      }
      const config = loadAtmosConfig({ configDir: opts.configDir, cwd: ctx.io.cwd, env: ctx.io.env });
      const resolved = resolveStacks(config, renderOptions(config, renderFlags(opts)));
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
