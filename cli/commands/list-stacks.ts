import { loadAtmosConfig, resolveStacks } from "../../config-engine";
import { commandGroup, type RegisterCommand } from "../context";
import { withConfigDir } from "../options";

interface ListStacksOptions {
  readonly configDir?: string;
  readonly component?: string;
}

/** `list stacks`: sorted logical stack names, one per line. */
export const registerListStacks: RegisterCommand = (program, ctx) => {
  withConfigDir(
    commandGroup(program, "list", "list atmos objects")
      .command("stacks")
      .description("list the logical stack names"),
  )
    .option("-c, --component <component>", "only stacks containing this terraform component")
    .action((opts: ListStacksOptions) => {
      const config = loadAtmosConfig({ configDir: opts.configDir, cwd: ctx.io.cwd, env: ctx.io.env });
      const resolved = resolveStacks(config);
      const names = opts.component
        ? [
            ...new Set(
              resolved.components.filter((c) => c.atmosComponent === opts.component).map((c) => c.atmosStack),
            ),
          ].sort()
        : resolved.stackNames;
      ctx.io.stdout(names.map((n) => `${n}\n`).join(""));
    });
};
