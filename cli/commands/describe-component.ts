import { describeComponent, loadAtmosConfig, resolveStacks } from "../../config-engine";
import { commandGroup, type RegisterCommand } from "../context";
import { renderOptions } from "../../config-engine/render-options";
import { renderFlags, withConfigDir, withRenderFlags, type RenderFlagValues } from "../options";
import { renderOutput } from "./describe-stacks";

interface DescribeComponentOptions extends RenderFlagValues {
  readonly configDir?: string;
  readonly stack: string;
  readonly format: string;
}

/** `describe component C -s STACK`: the full component map with imports, deps and sources. */
export const registerDescribeComponent: RegisterCommand = (program, ctx) => {
  withRenderFlags(
    withConfigDir(
      commandGroup(program, "describe", "show resolved atmos configuration")
        .command("component <component>")
        .description(
          "show one component of one stack with imports, deps, deps_all and value sources (file:line:col)",
        ),
    ),
  )
    .requiredOption("-s, --stack <stack>", "logical stack name")
    .option("--format <format>", "json or yaml", "yaml")
    .action((component: string, opts: DescribeComponentOptions) => {
      const config = loadAtmosConfig({ configDir: opts.configDir, cwd: ctx.io.cwd, env: ctx.io.env });
      const resolved = resolveStacks(config, renderOptions(config, renderFlags(opts)));
      ctx.io.stdout(renderOutput(describeComponent(resolved, component, opts.stack), opts.format));
    });
};
