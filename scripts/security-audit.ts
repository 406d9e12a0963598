// `npm run audit:security`: electronegativity (Doyensec's static checker for Electron apps) over src/, offline.
// Fails on any HIGH or MEDIUM finding that security/electronegativity-justifications.json does not justify
// (one check in one file, with a reason). A canary app with known-bad settings is scanned in the same run:
// if the checker finds nothing there, it is broken and the audit fails instead of passing vacuously.
// The accessibility half of the audit is test/e2e/a11y.e2e.ts (axe-core in Chromium, part of `npm test`).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { judgeFindings, parseFindingsCsv } from './security-audit.rules';
import type { Justification } from './security-audit.rules';

const root = resolve(__dirname, '..');
const require = createRequire(__filename);
const JUSTIFICATIONS = join(root, 'security/electronegativity-justifications.json');

/** Settings every checker must flag; if these pass, the scan did not run. */
const CANARY = `import { BrowserWindow } from 'electron';
export const w = new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false } });
`;

function main(): void {
  const work = mkdtempSync(join(tmpdir(), 'devin-tray-audit-'));
  try {
    cpSync(join(root, 'src'), join(work, 'app'), { recursive: true, filter: (p) => !/\.(test|e2e)\.tsx?$/.test(p) });
    mkdirSync(join(work, 'canary'));
    writeFileSync(join(work, 'canary', 'window.ts'), CANARY);
    const report = join(work, 'report.csv');
    const electronVersion = (require('electron/package.json') as { version: string }).version;
    const cli = require.resolve('@doyensec/electronegativity/dist/index.js');
    const r = spawnSync(process.execPath, [cli, '-i', work, '-o', report, '-r', '-v', 'false', '-e', electronVersion], {
      encoding: 'utf8',
      timeout: 5 * 60_000,
    });
    if (r.status !== 0) {
      console.error(`security-audit: electronegativity exited with ${r.status}\n${r.stderr}`);
      process.exit(1);
    }
    const all = parseFindingsCsv(readFileSync(report, 'utf8'));
    const canary = all.filter((f) => f.file.startsWith('canary/'));
    if (!canary.some((f) => f.check === 'CONTEXT_ISOLATION_JS_CHECK')) {
      console.error('security-audit: the canary window with contextIsolation: false was not flagged; the checker is not working');
      process.exit(1);
    }
    // Global checks (file N/A: "no CSP anywhere", "no navigation limits") look at the whole input; the canary
    // adds nothing they look for, so they are about the app and are judged with it.
    const app = all.filter((f) => !f.file.startsWith('canary/')).map((f) => ({ ...f, file: f.file.replace(/^app\//, '') }));
    const justifications = (JSON.parse(readFileSync(JUSTIFICATIONS, 'utf8')) as { justifications: Justification[] }).justifications;
    const verdict = judgeFindings(app, justifications);

    for (const { finding, reason } of verdict.justified) console.log(`  justified ${finding.severity} ${finding.check} ${finding.file}:${finding.location} — ${reason}`);
    for (const f of verdict.minor) console.log(`  note ${f.severity} ${f.check} ${f.file}:${f.location} — ${f.description}`);
    for (const j of verdict.stale) console.warn(`  stale justification (matches nothing now, remove it): ${j.check} ${j.file}`);
    if (verdict.unjustified.length > 0) {
      console.error(`security-audit: ${verdict.unjustified.length} unjustified HIGH/MEDIUM finding(s):`);
      for (const f of verdict.unjustified) console.error(`  ${f.severity} ${f.check} src/${f.file}:${f.location}\n    ${f.sample}\n    ${f.description}`);
      console.error(`Fix them, or justify each in ${JUSTIFICATIONS.slice(root.length + 1)} (check, file, reason).`);
      process.exit(1);
    }
    console.log(`security-audit: ${app.length} finding(s): 0 unjustified HIGH/MEDIUM, ${verdict.justified.length} justified, ${verdict.minor.length} low; canary flagged ${canary.length}×`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
