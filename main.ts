import { disableCreationStacks } from "./app/creation-stacks";
import { loadSpaceliftApp } from "./app/load";

// cdktf runs this file. Config errors print as diagnostics and exit 1 before anything is written.
disableCreationStacks(process.env);
const app = loadSpaceliftApp({ cwd: process.cwd(), env: process.env });
if (app) app.synth();
else process.exitCode = 1;
