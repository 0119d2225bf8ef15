import * as fs from "node:fs";
import * as path from "node:path";
import { Command, CommanderError } from "commander";
import {
  DiagnosticError,
  errorCount,
  formatDiagnostic,
  groupDiagnostics,
  isDiagnosticError,
} from "../config-engine/diagnostics";
import { framed } from "../config-engine/code-frame";
import { EngineErrors } from "../config-engine/errors";
import { COMMANDS } from "./commands";
import type { CommandContext } from "./context";
import { ExitCode, isUsageError, type CliIo } from "./io";

/**
 * Runs the `spacelift-atmos` CLI in-process and resolves to its exit code: 0 ok, 1 config or
 * validation errors, 2 usage errors, 3 internal errors (stack trace only with `--debug`).
 */
export async function runCli(argv: readonly string[], cliIo: CliIo): Promise<number> {
  let exitCode: number = ExitCode.Ok;
  const debug = argv.includes("--debug");
  // --strict reaches the model through the environment, as it does for `cdktf synth`.
  const io: CliIo = argv.includes("--strict")
    ? { ...cliIo, env: { ...cliIo.env, SPACELIFT_ATMOS_STRICT: "1" } }
    : cliIo;
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
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .hook("preAction", () => {
      commandIo = withChdir(io, program.opts<{ chdir?: string }>().chdir);
    });
  for (const register of COMMANDS) register(program, ctx);
  program.commands.forEach((c) => applyOverrides(c, io));

  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
    }
    if (isDiagnosticError(e)) {
      io.stderr(
        framed(groupDiagnostics(e.diagnostics), io.cwd)
          .map((d) => formatDiagnostic(d))
          .join("\n") + "\n",
      );
      io.stderr(`${errorCount(e.diagnostics)}; nothing was written.\n`);
      return ExitCode.ConfigError;
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
