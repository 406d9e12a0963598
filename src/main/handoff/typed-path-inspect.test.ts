import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { translate } from '../../shared/i18n';
import { createHandoffService } from './handoff-service';
import type { HandoffServiceDeps } from './handoff-service';
import { isolateGitConfig, makeRepo } from './repo-fixture';

let restoreGit: () => void;
beforeAll(() => {
  restoreGit = isolateGitConfig();
});
afterAll(() => restoreGit());
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
});

function service(homeDir: string) {
  const stateDir = mkdtempSync(join(tmpdir(), 'handoff-typed-state-'));
  cleanups.push(() => rmSync(stateDir, { recursive: true, force: true }));
  // Inspecting never touches sessions.
  return createHandoffService({ sessions: {} as HandoffServiceDeps['sessions'], stateDir, homeDir, platform: 'linux' });
}

describe('the handoff path field, through the service (real git)', () => {
  it('expands ~ to the home folder', async () => {
    const repo = makeRepo();
    cleanups.push(() => repo.cleanup());
    repo.write('a.txt', 'a\n');
    repo.commitAll('init');
    const view = await service(dirname(repo.dir)).inspect({ path: `~/${basename(repo.dir)}`, ticket: 't1' });
    expect(view.root).toBe(repo.dir);
  });

  it('refuses a relative path with a clear message, and never looks at the working directory', async () => {
    // The test runs inside this repository: resolved against the working directory, "." would be a repo.
    const err = await service('/home/nobody').inspect({ path: '.', ticket: 't2' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'PATH_NOT_ABSOLUTE', params: { path: '.' } });
    expect(translate('en', 'error.PATH_NOT_ABSOLUTE', { path: 'src' })).toBe(
      '“src” is a relative path. Type the folder’s full path, for example ~/code/app or /home/you/code/app.',
    );
    expect(translate('zh-CN', 'error.PATH_NOT_ABSOLUTE', { path: 'src' })).toContain('“src”是相对路径');
  });
});
