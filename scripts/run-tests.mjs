// `npm test`: unit + integration (vitest: services against devin-sim over HTTP, real git, real
// Secret Service, renderer in happy-dom), then end to end (Playwright driving the built renderer in
// Chromium, wired to the real services). Prints one summary line: "tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const only = process.argv.slice(2); // e.g. `npm test -- unit` or `npm test -- e2e`
const want = (part) => only.length === 0 || only.includes(part);
mkdirSync('test-results', { recursive: true });

// Entry files by path: their packages' export maps do not expose the CLIs.
const bin = (pkg, rel) => join(root, 'node_modules', pkg, rel);
const run = (label, args) => {
  console.log(`\n▶ ${label}`);
  return spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } }).status ?? 1;
};

let passed = 0;
let failed = 0;
let skipped = 0;
let infraFailures = 0;

if (want('unit')) {
  rmSync('test-results/unit.json', { force: true });
  const code = run('unit and integration (vitest)', [bin('vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json']);
  if (existsSync('test-results/unit.json')) {
    const r = JSON.parse(readFileSync('test-results/unit.json', 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + (r.numTodoTests ?? 0);
    // A suite that failed to load has no tests counted; count it as a failure.
    if (code !== 0 && r.numFailedTests === 0) infraFailures += Math.max(1, r.numFailedTestSuites ?? 1);
  } else if (code !== 0) infraFailures += 1;
}

if (want('e2e')) {
  const build = run('build (electron-vite)', [bin('electron-vite', 'bin/electron-vite.js'), 'build']);
  if (build !== 0) infraFailures += 1;
  else {
    rmSync('test-results/e2e.json', { force: true });
    const code = run('end to end (Playwright + Chromium)', [bin('@playwright/test', 'cli.js'), 'test']);
    if (existsSync('test-results/e2e.json')) {
      const s = JSON.parse(readFileSync('test-results/e2e.json', 'utf8')).stats;
      passed += s.expected + (s.flaky ?? 0);
      failed += s.unexpected;
      skipped += s.skipped;
      if (code !== 0 && s.unexpected === 0) infraFailures += 1;
    } else if (code !== 0) infraFailures += 1;
  }
}

failed += infraFailures;
console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
