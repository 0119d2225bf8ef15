import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import {
  adoptionFile,
  ADOPTION_FILE_NAME,
  isSafe,
  isStateReadError,
  planAdoption,
  readInventory,
  readStateFile,
  releaseFiles,
  renderJson,
  renderText,
  type AdoptionPlan,
  type StateResource,
} from "../../adopt";
import { readSynthTree, synthesizeSide, type SynthTree } from "../../diff";
import type { CommandContext, RegisterCommand } from "../context";
import { commandGroup } from "../context";
import { render } from "../format";
import { ExitCode, UsageError } from "../io";
import { withConfigDir } from "../options";

interface AdoptOptions {
  state?: string[];
  inventory?: string[];
  leave?: string[];
  from?: string;
  format: string;
  configDir?: string;
  outDir?: string;
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

function withInputs(cmd: ReturnType<typeof commandGroup>): ReturnType<typeof commandGroup> {
  return withConfigDir(
    cmd
      .option(
        "--state <file>",
        "old Terraform state (`terraform state pull` or `terraform show -json`) of an admin-stack, spaces or worker-pool component; repeatable",
        collect,
      )
      .option(
        "--inventory <file>",
        "name-based inventory of hand-made Spacelift resources (JSON); repeatable",
        collect,
      )
      .option("--leave <address>", "old address (glob `*`) to leave behind on purpose; repeatable", collect)
      .option("--from <dir>", "use this synthesized cdktf.out instead of synthesizing the config"),
  );
}

/**
 * `spacelift-atmos adopt plan|write`: move a live estate from Cloud Posse's HCL components to this
 * app without creating what exists or destroying what is live (docs/adoption.md).
 */
export const registerAdopt: RegisterCommand = (program, ctx) => {
  const group = commandGroup(
    program,
    "adopt",
    "take over resources that Cloud Posse's components (or the Spacelift UI) created, without recreating or destroying them",
  );
  withInputs(
    group
      .command("plan")
      .description(
        "match every resource this app would create with the old states and inventories; exit 1 when something would be created that exists or something would be lost",
      )
      .option("--format <format>", "text or json", "text"),
  ).action((opts: AdoptOptions) => {
    if (opts.format !== "text" && opts.format !== "json") {
      throw new UsageError(`--format must be text or json, got '${opts.format}'`);
    }
    const inputs = loadInputs(opts, ctx);
    if (!inputs) return;
    const { plan, olds, files } = inputs;
    ctx.io.stdout(
      opts.format === "json"
        ? render(renderJson(plan, olds.length, files), "json")
        : renderText(plan, olds.length, files),
    );
    if (!isSafe(plan)) ctx.setExitCode(ExitCode.ConfigError);
  });
  withInputs(
    group
      .command("write")
      .description(
        `write ${ADOPTION_FILE_NAME} beside atmos.yaml (import blocks while it exists) and, per old state, removed blocks and a state-rm script; refuses an unsafe plan`,
      )
      .option("--out-dir <dir>", "where the removed blocks and state-rm scripts go", "adoption"),
  ).action((opts: AdoptOptions) => {
    const inputs = loadInputs(opts, ctx);
    if (!inputs) return;
    const { plan, olds, files, configDir } = inputs;
    if (!isSafe(plan)) {
      ctx.io.stderr(renderText(plan, olds.length, files));
      ctx.io.stderr("adopt write: the plan is not safe; nothing was written.\n");
      ctx.setExitCode(ExitCode.ConfigError);
      return;
    }
    const written = writeOutputs(plan, olds, configDir, resolve(ctx.io.cwd, opts.outDir ?? "adoption"));
    ctx.io.stdout(
      `${renderText(plan, olds.length, files).split("\n")[0]}\nwrote:\n${written.map((w) => `  ${relative(ctx.io.cwd, w) || w}\n`).join("")}`,
    );
  });
};

interface Inputs {
  readonly plan: AdoptionPlan;
  readonly olds: readonly StateResource[];
  readonly files: number;
  readonly configDir: string;
}

function loadInputs(opts: AdoptOptions, ctx: CommandContext): Inputs | undefined {
  const states = opts.state ?? [];
  const inventories = opts.inventory ?? [];
  if (states.length === 0 && inventories.length === 0) {
    throw new UsageError("give at least one --state <file> or --inventory <file>");
  }
  const { cwd, env } = ctx.io;
  const configDir = resolve(cwd, opts.configDir ?? env["ATMOS_CLI_CONFIG_PATH"] ?? "stacks-config");
  let olds: StateResource[];
  try {
    olds = [
      ...states.flatMap((f) => readStateFile(resolve(cwd, f), f)),
      ...inventories.flatMap((f) => readInventory(resolve(cwd, f))),
    ];
  } catch (e) {
    if (isStateReadError(e)) throw new UsageError(e.message);
    throw e;
  }
  let tree: SynthTree | undefined;
  if (opts.from !== undefined) {
    tree = readSynthTree(resolve(cwd, opts.from), opts.from);
  } else {
    let printed = "";
    // The plan compares what the configuration creates; an adoption file from an earlier write
    // must not shape (or break) it.
    tree = synthesizeSide({
      label: "this configuration",
      cwd,
      configDir,
      env: { ...env, SPACELIFT_ATMOS_IGNORE_ADOPTION: "1" },
      report: (t) => (printed += t),
    });
    if (!tree) {
      ctx.io.stderr(printed + "adopt: the configuration does not synthesize; nothing was compared.\n");
      ctx.setExitCode(ExitCode.ConfigError);
      return undefined;
    }
  }
  return {
    plan: planAdoption(tree, olds, { leave: opts.leave ?? [] }),
    olds,
    files: states.length + inventories.length,
    configDir,
  };
}

function writeOutputs(
  plan: AdoptionPlan,
  olds: readonly StateResource[],
  configDir: string,
  outDir: string,
): string[] {
  const written: string[] = [];
  const adoptionPath = join(configDir, ADOPTION_FILE_NAME);
  writeFileSync(adoptionPath, render(adoptionFile(plan), "json"));
  written.push(adoptionPath);
  for (const f of releaseFiles(plan, olds)) {
    const path = join(outDir, f.name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.content, f.name.endsWith(".sh") ? { mode: 0o755 } : {});
    written.push(path);
  }
  return written;
}
