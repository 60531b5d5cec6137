#!/usr/bin/env node
// The `salespace` command: runs the compiled CLI (`npm run build:cli` writes build/cli/main.js).
const { main } = require("../build/cli/main.js");

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
