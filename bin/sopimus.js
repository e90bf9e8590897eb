#!/usr/bin/env node
"use strict";
// `sopimus --version` alone answers before the command line and its engine load (~2× a bare
// node start otherwise); everything else, `--version` with other options included, goes to main.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) process.stdout.write(`sopimus ${require("../package.json").version}\n`);
else require("../lib/cli/main.js").run();
