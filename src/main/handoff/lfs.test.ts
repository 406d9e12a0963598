import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeHandoff } from './compose-handoff';
import { inspectRepo } from './inspect-repo';
import { isolateGitConfig, makeRepo, type TempRepo } from './repo-fixture';

/**
 * Git LFS through the system's own git-lfs (Debian's package in CI): an LFS repository still hands
 * off pointer diffs, as `git diff` shows them, while nothing the repository names runs.
 */
const OLD = 'old binary content\n'.repeat(50);
const NEW = 'new binary content\n'.repeat(60);
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

let restore: () => void;
beforeAll(() => {
  restore = isolateGitConfig();
});
afterAll(() => restore());

interface LfsRepo extends TempRepo {
  marker: string;
  script: string;
}

/** `git lfs install --local` + `*.bin` tracked, one commit; then data.bin edited and big.bin added. Also an fsmonitor and a hook. */
function lfsRepo(): LfsRepo {
  const repo = makeRepo('handoff-lfs-');
  const base = dirname(repo.dir);
  const marker = join(base, 'ran.env');
  const script = join(base, 'evil.sh');
  writeFileSync(script, `#!/bin/sh\nenv > '${marker}'\nexec cat\n`);
  chmodSync(script, 0o755);
  repo.git('lfs', 'install', '--local');
  repo.git('lfs', 'track', '*.bin');
  repo.write('data.bin', OLD);
  repo.write('notes.txt', 'notes\n');
  repo.commitAll('Track binaries with LFS');
  repo.write('data.bin', NEW);
  repo.write('big.bin', NEW);
  repo.git('config', 'core.fsmonitor', script);
  mkdirSync(join(repo.dir, '.git', 'hooks'), { recursive: true });
  copyFileSync(script, join(repo.dir, '.git', 'hooks', 'post-index-change'));
  chmodSync(join(repo.dir, '.git', 'hooks', 'post-index-change'), 0o755);
  return { ...repo, marker, script };
}

describe('an LFS repository', () => {
  it('is committed as pointers (the fixture is real LFS)', () => {
    const repo = lfsRepo();
    try {
      expect(repo.git('show', 'HEAD:data.bin')).toBe(`version https://git-lfs.github.com/spec/v1\noid sha256:${sha256(OLD)}\nsize ${OLD.length}\n`);
    } finally {
      repo.cleanup();
    }
  });

  it('with git-lfs installed: pointer diffs as git diff shows them, the content never, and nothing else runs', async () => {
    const repo = lfsRepo();
    try {
      const inspection = await inspectRepo(repo.dir);
      const data = inspection.files.find((f) => f.path === 'data.bin');
      expect(data?.unfilteredBy).toBeUndefined();
      expect(data?.diffText).toContain(`-oid sha256:${sha256(OLD)}`);
      expect(data?.diffText).toContain(`+oid sha256:${sha256(NEW)}`);
      expect(data?.diffText).toContain(`+size ${NEW.length}`);
      const big = inspection.files.find((f) => f.path === 'big.bin');
      expect(big?.status).toBe('untracked');
      expect(big?.diffText).toContain(`+oid sha256:${sha256(NEW)}`);
      expect(inspection.warnings.map((w) => w.code)).not.toContain('LFS_MISSING');
      const composed = composeHandoff({ inspection, task: 'Look' });
      expect(composed.diff).toContain(`+oid sha256:${sha256(NEW)}`);
      expect(composed.prompt).not.toContain('new binary content');
      expect(existsSync(repo.marker)).toBe(false);
      // Exactly what the user's own `git diff` shows for it (their git-lfs, fsmonitor kept quiet here).
      const own = repo.git('-c', 'core.fsmonitor=false', 'diff', 'HEAD', '--', 'data.bin');
      expect(data?.diffText.slice(data.diffText.indexOf('@@'))).toBe(own.slice(own.indexOf('@@')));
    } finally {
      repo.cleanup();
    }
  });

  it('never uses a git or git-lfs that the folder puts on PATH', async () => {
    const repo = lfsRepo();
    const saved = process.env.PATH;
    try {
      const bin = join(repo.dir, 'tools');
      mkdirSync(bin);
      for (const name of ['git', 'git-lfs']) {
        copyFileSync(repo.script, join(bin, name));
        chmodSync(join(bin, name), 0o755);
      }
      process.env.PATH = `${bin}:${saved ?? ''}`;
      const inspection = await inspectRepo(repo.dir);
      expect(inspection.files.find((f) => f.path === 'data.bin')?.diffText).toContain(`+oid sha256:${sha256(NEW)}`);
      expect(existsSync(repo.marker)).toBe(false);
    } finally {
      process.env.PATH = saved;
      repo.cleanup();
    }
  });

  it('without git-lfs: LFS files are listed, not inlined, and the preview, the warnings and the prompt say so', async () => {
    const repo = lfsRepo();
    try {
      const inspection = await inspectRepo(repo.dir, { gitLfs: null });
      expect(inspection.files.find((f) => f.path === 'data.bin')?.unfilteredBy).toBe('lfs');
      expect(inspection.warnings).toContainEqual({ code: 'LFS_MISSING', params: { count: 2 } });
      const composed = composeHandoff({ inspection, task: 'Look' });
      expect(composed.leftOut).toContainEqual(expect.objectContaining({ path: 'data.bin', reason: 'filter', driver: 'lfs' }));
      expect(composed.prompt).toContain('- data.bin: Git LFS file, git-lfs was not run here, not inlined');
      expect(composed.prompt).not.toContain('new binary content');
      expect(composed.diff).not.toContain('data.bin');
      expect(existsSync(repo.marker)).toBe(false);
    } finally {
      repo.cleanup();
    }
  });

  it('with LFS extensions in its config: git-lfs is not run either (the extension is a program)', async () => {
    const repo = lfsRepo();
    try {
      repo.git('config', 'lfs.extension.evil.clean', `${repo.script} %f`);
      repo.git('config', 'lfs.extension.evil.smudge', `${repo.script} %f`);
      repo.git('config', 'lfs.extension.evil.priority', '0');
      const inspection = await inspectRepo(repo.dir);
      expect(inspection.warnings).toContainEqual({ code: 'LFS_BLOCKED', params: { count: 2 } });
      expect(existsSync(repo.marker)).toBe(false);
      // The control: the repository's own lfs filter (plain git) runs git-lfs, which runs the extension.
      repo.git('config', '--unset', 'core.fsmonitor');
      repo.git('diff', 'HEAD', '--', 'data.bin');
      expect(existsSync(repo.marker)).toBe(true);
    } finally {
      repo.cleanup();
    }
  });
});
