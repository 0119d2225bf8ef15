#!/usr/bin/env node
"use strict";
// The CLI is TypeScript run through tsx's CommonJS loader (esbuild transpile, no type check),
// so there is no build step between `npm ci` and a working command.
require("tsx/cjs");
require("../cli/index.ts");
