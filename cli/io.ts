/** What a CLI command may touch, injected so commands run in-process in tests. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** stdout is a terminal: human formats and colour (never with NO_COLOR). @default false */
  readonly stdoutIsTTY?: boolean;
  /** stderr is a terminal: coloured diagnostics (never with NO_COLOR). @default false */
  readonly stderrIsTTY?: boolean;
}

/** A usage mistake (bad flag combination, missing argument): exit code 2. */
export class UsageError extends Error {
  readonly usageErrorBrand = true;

  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** True when `e` is a {@link UsageError}. */
export function isUsageError(e: unknown): e is UsageError {
  return typeof e === "object" && e !== null && (e as { usageErrorBrand?: unknown }).usageErrorBrand === true;
}

/** Exit codes of the `spacelift-atmos` CLI. */
export const ExitCode = {
  Ok: 0,
  /** Config or validation errors (printed as diagnostics), or a check that failed (e.g. `--fail-on-destroy`). */
  ConfigError: 1,
  Usage: 2,
  Internal: 3,
} as const;
