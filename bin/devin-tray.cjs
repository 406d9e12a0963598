#!/usr/bin/env node
// The `devin-tray` command: the CLI bundled with the app's main process (out/main/cli.js), plain Node.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'out', 'main', 'cli.js');
if (!existsSync(bundle)) {
  process.stderr.write('devin-tray: the CLI is not built yet; run `npm run build` (or use `npm run cli -- …`).\n');
  process.exit(2);
}
const { runCli, processIO } = require(bundle);
runCli(process.argv.slice(2), processIO()).then((code) => {
  process.exitCode = code;
});
