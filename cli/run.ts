import * as fs from "node:fs";
import * as path from "node:path";
import { Command, CommanderError } from "commander";
import { DiagnosticError, errorCount, isDiagnosticError } from "../config-engine/diagnostics";
import { EngineErrors } from "../config-engine/errors";
import { COMMANDS } from "./commands";
import type { CommandContext } from "./context";
import { reportStyle } from "./diagnostics";
import { ExitCode, isUsageError, type CliIo } from "./io";
import { renderDiagnostics } from "../config-engine/diagnostic-report";
import { completionScript } from "./completion";

/** Commands that write files: their failure message says that nothing was written. */
const WRITING_COMMANDS = new Set([
  "adopt write",
  "preview-env upsert",
  "preview-env delete",
  "preview-env sweep",
]);

/**
 * Runs the `spacelift-atmos` CLI in-process and resolves to its exit code: 0 ok, 1 config or
 * validation errors, 2 usage errors, 3 internal errors (stack trace only with `--debug`).
 */
export async function runCli(argv: readonly string[], cliIo: CliIo): Promise<number> {
  let exitCode: number = ExitCode.Ok;
  const debug = argv.includes("--debug");
  // --strict and --quiet reach the model and the printers through the environment, as they do
  // for `cdktf synth` (SPACELIFT_ATMOS_STRICT, SPACELIFT_ATMOS_QUIET).
  const io: CliIo = {
    ...cliIo,
    env: {
      ...cliIo.env,
      ...(argv.includes("--strict") ? { SPACELIFT_ATMOS_STRICT: "1" } : {}),
      ...(argv.includes("--quiet") || argv.includes("-q") ? { SPACELIFT_ATMOS_QUIET: "1" } : {}),
    },
  };
  let running = "";
  // `--chdir` replaces the working directory every command sees, before its action runs.
  let commandIo = io;
  const ctx: CommandContext = {
    get io() {
      return commandIo;
    },
    setExitCode: (code) => {
      exitCode = code;
    },
  };
  const program = new Command("spacelift-atmos")
    .description("Spacelift managed from atmos stack YAML: describe, validate, affected, diff, runbooks")
    .option("--debug", "print stack traces of internal errors")
    .option(
      "-C, --chdir <dir>",
      "run as if started in <dir> (atmos's --chdir; also $ATMOS_CHDIR): config search, relative paths",
    )
    .option("--strict", "turn every warning into an error (as integrations.spacelift_atmos.strict)")
    .option(
      "-q, --quiet",
      "print warnings as one count line, not each finding (also $SPACELIFT_ATMOS_QUIET=1)",
    )
    .version(packageVersion(), "-V, --version", "print the version")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .hook("preAction", (_program, action) => {
      running = [action.parent?.name(), action.name()].filter((n) => n && n !== "spacelift-atmos").join(" ");
      commandIo = withChdir(io, program.opts<{ chdir?: string }>().chdir);
    });
  for (const register of COMMANDS) register(program, ctx);
  program
    .command("completion")
    .description("print a shell completion script (bash or zsh): source <(spacelift-atmos completion bash)")
    .argument("[shell]", "bash or zsh", "bash")
    .action((shell: string) => {
      if (shell !== "bash" && shell !== "zsh") throw new UsageErrorForCompletion(shell);
      io.stdout(completionScript(program, shell));
    });
  program.commands.forEach((c) => applyOverrides(c, io));

  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
    }
    if (isDiagnosticError(e)) {
      io.stderr(renderDiagnostics(e.diagnostics, reportStyle(ctx.io)));
      io.stderr(
        `${errorCount(e.diagnostics)}${WRITING_COMMANDS.has(running) ? "; nothing was written" : ""}.\n`,
      );
      return ExitCode.ConfigError;
    }
    if (e instanceof UsageErrorForCompletion) {
      io.stderr(`error: completion supports bash and zsh, got '${e.shell}'\n`);
      return ExitCode.Usage;
    }
    if (isUsageError(e)) {
      io.stderr(`error: ${e.message}\n`);
      return ExitCode.Usage;
    }
    const err = e instanceof Error ? e : new Error(String(e));
    io.stderr(`internal error: ${err.message}\n`);
    io.stderr(debug ? `${err.stack ?? ""}\n` : "(run again with --debug for the stack trace)\n");
    return ExitCode.Internal;
  }
}

/** `io` with the working directory of `--chdir` (else `$ATMOS_CHDIR`), which must exist. */
function withChdir(io: CliIo, flag: string | undefined): CliIo {
  const envDir = io.env["ATMOS_CHDIR"];
  const from = flag !== undefined ? "--chdir" : "ATMOS_CHDIR";
  const dir = flag ?? (envDir !== undefined && envDir !== "" ? envDir : undefined);
  if (dir === undefined) return io;
  const abs = path.resolve(io.cwd, dir);
  let isDir = false;
  try {
    isDir = fs.statSync(abs).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new DiagnosticError([EngineErrors.workdirNotFound(dir, from)]);
  return { ...io, cwd: abs };
}

function applyOverrides(cmd: Command, io: CliIo): void {
  cmd.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  cmd.commands.forEach((c) => applyOverrides(c, io));
}

class UsageErrorForCompletion extends Error {
  constructor(readonly shell: string) {
    super(shell);
  }
}

/** The package's version (package.json next to the CLI's folder). */
function packageVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "package.json"), "utf8")) as {
    version?: string;
  };
  return pkg.version ?? "0.0.0";
}
