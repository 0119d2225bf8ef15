import { describeStacks, loadAtmosConfig, resolveStacks } from "../../config-engine";
import { suggestion } from "../../model/did-you-mean";
import { commandGroup, type RegisterCommand } from "../context";
import { yamlText } from "../format";
import { UsageError } from "../io";
import { renderOptions } from "../../config-engine/render-options";
import { renderFlags, withConfigDir, withRenderFlags, type RenderFlagValues } from "../options";

interface DescribeStacksOptions extends RenderFlagValues {
  readonly configDir?: string;
  readonly stack?: string;
  readonly components?: string;
  readonly sections?: string;
  readonly format: string;
}

/** Renders a describe result as JSON or YAML (keys are already sorted). */
export function renderOutput(value: unknown, format: string): string {
  if (format === "json") return `${JSON.stringify(value, null, 2)}\n`;
  if (format === "yaml") return yamlText(value);
  throw new UsageError(`--format must be json or yaml, got '${format}'`);
}

/** `describe stacks`: the atmos describe-stacks map of every (or the selected) stack. */
export const registerDescribeStacks: RegisterCommand = (program, ctx) => {
  withRenderFlags(
    withConfigDir(
      commandGroup(program, "describe", "show resolved atmos configuration")
        .command("stacks")
        .description("show every stack with its components, merged as atmos does"),
    ),
  )
    .option("-s, --stack <stack>", "only this stack (logical name or stack file name)")
    .option("--components <list>", "only these atmos components (comma-separated)")
    .option("--sections <list>", "only these component sections (comma-separated), e.g. vars,settings")
    .option("--format <format>", "json or yaml", "yaml")
    .action((opts: DescribeStacksOptions) => {
      const config = loadAtmosConfig({ configDir: opts.configDir, cwd: ctx.io.cwd, env: ctx.io.env });
      const resolved = resolveStacks(config, renderOptions(config, renderFlags(opts)));
      const list = (s?: string): string[] | undefined =>
        s
          ?.split(",")
          .map((x) => x.trim())
          .filter((x) => x !== "");
      const out = describeStacks(resolved, {
        stack: opts.stack,
        components: list(opts.components),
        sections: list(opts.sections),
      });
      ctx.io.stdout(renderOutput(out, opts.format));
      // atmos prints `{}` and exits 0 for a stack that matches nothing; say so where people look.
      if (opts.stack !== undefined && Object.keys(out).length === 0) {
        const known = [...new Set(resolved.components.map((c) => c.atmosStack))];
        ctx.io.stderr(`no stack matched '${opts.stack}'.${suggestion(opts.stack, known)}\n`);
      }
    });
};
