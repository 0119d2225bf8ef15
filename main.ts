import { disableCreationStacks } from "./app/creation-stacks";
import { loadSpaceliftApp, synthesizeSpaceliftApp } from "./app/load";

// cdktf runs this file. Config errors, schema violations and secrets in the output print as
// diagnostics and exit 1 with nothing left in the output directory.
disableCreationStacks(process.env);
const options = { cwd: process.cwd(), env: process.env };
const app = loadSpaceliftApp(options);
if (!app || !synthesizeSpaceliftApp(app, options)) process.exitCode = 1;
