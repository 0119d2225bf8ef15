import { describeComponent, loadAtmosConfig, resolveStacks } from "../../config-engine";
import { commandGroup, type RegisterCommand } from "../context";
import { withConfigDir } from "../options";
import { parseBoolFlag, renderOutput } from "./describe-stacks";

interface DescribeComponentOptions {
  readonly configDir?: string;
  readonly stack: string;
  readonly format: string;
  readonly processTemplates: string;
}

/** `describe component C -s STACK`: the full component map with imports, deps and sources. */
export const registerDescribeComponent: RegisterCommand = (program, ctx) => {
  withConfigDir(
    commandGroup(program, "describe", "show resolved atmos configuration")
      .command("component <component>")
      .description(
        "show one component of one stack with imports, deps, deps_all and value sources (file:line:col)",
      ),
  )
    .requiredOption("-s, --stack <stack>", "logical stack name")
    .option("--format <format>", "json or yaml", "yaml")
    .option(
      "--process-templates <bool>",
      "render Go templates in component sections (default: templates.settings.enabled)",
      "",
    )
    .action((component: string, opts: DescribeComponentOptions) => {
      const config = loadAtmosConfig({ configDir: opts.configDir, cwd: ctx.io.cwd, env: ctx.io.env });
      const processTemplates =
        opts.processTemplates === ""
          ? config.templatesEnabled
          : parseBoolFlag("process-templates", opts.processTemplates);
      const resolved = resolveStacks(config, { processTemplates });
      ctx.io.stdout(renderOutput(describeComponent(resolved, component, opts.stack), opts.format));
    });
};
