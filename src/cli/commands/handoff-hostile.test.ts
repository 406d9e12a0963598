import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTACKS, makeHostileRepo } from '../../main/handoff/hostile-repo-fixture';
import { isolateGitConfig } from '../../main/handoff/repo-fixture';
import type { CliIO } from '../types';
import { createHandoffCommand } from './handoff';

/**
 * `devin-tray handoff REPO --dry-run --json` on repositories that try to run their own programs
 * (hostile-repo-fixture.ts): each must leave no marker. The last test runs the real CLI as
 * `npm run cli` does, with an API key and a D-Bus address in its environment.
 */
let restore: () => void;
beforeAll(() => {
  restore = isolateGitConfig();
});
afterAll(() => restore());

function io(cwd: string): { io: CliIO; out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async () => '', env: {}, cwd, locale: 'en' },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

const neverAsked = async (): Promise<never> => {
  throw new Error('a dry run must not ask for the API');
};

describe.each(ATTACKS)('handoff --dry-run --json on a repository armed with %s', (attack) => {
  it('runs nothing and prints the inspection', async () => {
    const repo = makeHostileRepo(attack);
    try {
      const t = io(repo.dir);
      const code = await createHandoffCommand({ getApi: neverAsked }).run([repo.dir, '--task', 'Look', '--dry-run', '--json', '--include-unpushed'], t.io);
      expect(t.err()).toBe('');
      expect(code).toBe(0);
      const report = JSON.parse(t.out()) as { files: { path: string }[] };
      expect(report.files.map((f) => f.path)).toEqual(expect.arrayContaining(['README.md', 'a.txt', 'new.txt']));
      expect(repo.ran()).toBe(false);
    } finally {
      repo.cleanup();
    }
  });
});

describe('npm run cli -- handoff REPO --dry-run --json', () => {
  it('with DEVIN_API_KEY and a session bus address in its environment: nothing runs, and the JSON says what was not filtered', async () => {
    const repo = makeHostileRepo('all');
    try {
      const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
      const { stdout } = await promisify(execFile)(tsx, ['src/cli/index.ts', 'handoff', repo.dir, '--task', 'Look', '--dry-run', '--json', '--include-unpushed'], {
        cwd: process.cwd(),
        env: { ...process.env, DEVIN_API_KEY: 'cog_must_not_leak', DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/1000/bus' },
        maxBuffer: 16 * 1024 * 1024,
      });
      const report = JSON.parse(stdout) as { files: { path: string; reason: string | null; filterNotRun?: string }[]; warnings: { code: string }[]; prompt: string };
      // .git/info/attributes outranks .gitattributes: a.txt's filter is "sneaky".
      expect(report.files.find((f) => f.path === 'a.txt')).toMatchObject({ reason: 'filter', filterNotRun: 'sneaky' });
      expect(report.warnings.map((w) => w.code)).toContain('FILTER_NOT_RUN');
      expect(report.prompt).toContain('the repository\'s "sneaky" filter was not run on it');
      expect(repo.ran()).toBe(false);
      // The control: the same repository does run its program under plain git, and would have seen the key.
      repo.control({ ...process.env, DEVIN_API_KEY: 'cog_must_not_leak' });
      expect(repo.seenEnv()).toContain('cog_must_not_leak');
    } finally {
      repo.cleanup();
    }
  });
});
