import { colorFor, quietFrom, type ReportStyle } from "../config-engine/diagnostic-report";
import type { CliIo } from "./io";

/** How the CLI prints diagnostics on stderr: colour on a terminal without NO_COLOR, `--quiet`. */
export function reportStyle(io: CliIo): ReportStyle {
  return { cwd: io.cwd, color: colorFor(io.stderrIsTTY, io.env), quiet: quietFrom(io.env) };
}
