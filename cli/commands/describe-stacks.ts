import { describeStacks, loadAtmosConfig, resolveStacks } from "../../config-engine";
import { suggestion } from "../../model/did-you-mean";
import { commandGroup, type RegisterCommand } from "../context";
import { yamlText } from "../format";
import { UsageError } from "../io";
import { withConfigDir } from "../options";

interface DescribeStacksOptions {
  readonly configDir?: string;
  readonly stack?: string;
  readonly components?: string;
  readonly sections?: string;
  readonly format: string;
  readonly processTemplates: string;
}

/** Parses `--process-templates <bool>` (atmos style). */
export function parseBoolFlag(name: string, value: string): boolean {
  if (value === "true") return true;
  if (value === "false") return false;
  throw new UsageError(`--${name} must be true or false, got '${value}'`);
}

/** Renders a describe result as JSON or YAML (keys are already sorted). */
export function renderOutput(value: unknown, format: string): string {
  if (format === "json") return `${JSON.stringify(value, null, 2)}\n`;
  if (format === "yaml") return yamlText(value);
  throw new UsageError(`--format must be json or yaml, got '${format}'`);
}

/** `describe stacks`: the atmos describe-stacks map of every (or the selected) stack. */
export const registerDescribeStacks: RegisterCommand = (program, ctx) => {
  withConfigDir(
    commandGroup(program, "describe", "show resolved atmos configuration")
      .command("stacks")
      .description("show every stack with its components, merged as atmos does"),
  )
    .option("-s, --stack <stack>", "only this stack (logical name or stack file name)")
    .option("--components <list>", "only these atmos components (comma-separated)")
    .option("--sections <list>", "only these component sections (comma-separated), e.g. vars,settings")
    .option("--format <format>", "json or yaml", "yaml")
    .option(
      "--process-templates <bool>",
      "render Go templates in component sections (default: templates.settings.enabled)",
      "",
    )
    .action((opts: DescribeStacksOptions) => {
      const config = loadAtmosConfig({ configDir: opts.configDir, cwd: ctx.io.cwd, env: ctx.io.env });
      const processTemplates =
        opts.processTemplates === ""
          ? config.templatesEnabled
          : parseBoolFlag("process-templates", opts.processTemplates);
      const resolved = resolveStacks(config, { processTemplates });
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
