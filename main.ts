import { disableCreationStacks } from "./app/creation-stacks";
import { loadSpaceliftApp, synthesizeSpaceliftApp } from "./app/load";

// cdktf runs this file. Config errors, schema violations and secrets in the output print as
// diagnostics and exit 1 with nothing left in the output directory.
disableCreationStacks(process.env);
// Under `cdktf synth` (CDKTF_OUTDIR is set) warnings go to stdout, which cdktf prints as it is;
// it labels every stderr line `[ERROR]`. Errors stay on stderr. SPACELIFT_ATMOS_QUIET=1 counts them.
const underCdktf = process.env["CDKTF_OUTDIR"] !== undefined;
const options = {
  cwd: process.cwd(),
  env: process.env,
  ...(underCdktf ? { reportWarnings: (t: string) => void process.stdout.write(t) } : {}),
  color: !underCdktf && process.stderr.isTTY === true && (process.env["NO_COLOR"] ?? "") === "",
};
const app = loadSpaceliftApp(options);
if (!app || !synthesizeSpaceliftApp(app, options)) process.exitCode = 1;
