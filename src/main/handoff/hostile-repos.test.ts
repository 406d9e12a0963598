import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeHandoff } from './compose-handoff';
import { ATTACKS, makeHostileRepo } from './hostile-repo-fixture';
import { inspectRepo } from './inspect-repo';
import { isolateGitConfig } from './repo-fixture';

/**
 * A repository must not be able to run its own programs by being inspected. Each repository here
 * is armed one way (see hostile-repo-fixture.ts); the control proves it is armed (plain git runs
 * the program), then the inspection, with unpushed commits read as patches too, must leave no
 * marker. On the runner before the guard, fsmonitor, hooks, filters and includes all ran.
 */
let restore: () => void;
beforeAll(() => {
  restore = isolateGitConfig();
});
afterAll(() => restore());

describe.each(ATTACKS)('a repository armed with %s', (attack) => {
  it('runs its program under plain git (the control)', () => {
    const repo = makeHostileRepo(attack);
    try {
      repo.control();
      expect(repo.ran()).toBe(true);
    } finally {
      repo.cleanup();
    }
  });

  it('runs nothing when inspected, and the changes are still read', async () => {
    const repo = makeHostileRepo(attack);
    try {
      const inspection = await inspectRepo(repo.dir, { includeUnpushed: true });
      expect(repo.ran()).toBe(false);
      expect(inspection.files.map((f) => f.path)).toEqual(expect.arrayContaining(['README.md', 'a.txt', 'new.txt']));
      // The prompt can still be composed from what was read.
      const composed = composeHandoff({ inspection, task: 'Look', resolutions: {}, includeUnpushed: true });
      expect(composed.prompt).toContain('README.md');
      expect(repo.ran()).toBe(false);
    } finally {
      repo.cleanup();
    }
  });
});

describe('what neutralising changes, the inspection says', () => {
  it('a file behind a filter that was not run is listed, never inlined, with a warning and a line in the prompt', async () => {
    const repo = makeHostileRepo('filter-clean');
    try {
      const inspection = await inspectRepo(repo.dir);
      const a = inspection.files.find((f) => f.path === 'a.txt');
      expect(a?.unfilteredBy).toBe('evil');
      expect(inspection.files.find((f) => f.path === 'README.md')?.unfilteredBy).toBeUndefined();
      expect(inspection.warnings).toContainEqual({ code: 'FILTER_NOT_RUN', params: { count: 2, drivers: 'evil' } });
      const composed = composeHandoff({ inspection, task: 'Look' });
      expect(composed.leftOut).toContainEqual(expect.objectContaining({ path: 'a.txt', reason: 'filter', driver: 'evil' }));
      expect(composed.diff).not.toContain('a.txt');
      expect(composed.diff).toContain('README.md');
      expect(composed.prompt).toContain('- a.txt: the repository\'s "evil" filter was not run on it, not inlined');
      expect(repo.ran()).toBe(false);
    } finally {
      repo.cleanup();
    }
  });

  it('a diff driver is not run: the change shows as plain text', async () => {
    const repo = makeHostileRepo('diff-driver');
    try {
      const inspection = await inspectRepo(repo.dir);
      const readme = inspection.files.find((f) => f.path === 'README.md');
      expect(readme?.diffText).toContain('+More.');
      expect(readme?.unfilteredBy).toBeUndefined();
      expect(repo.ran()).toBe(false);
    } finally {
      repo.cleanup();
    }
  });

  it('a submodule with its own fsmonitor and filter is read as a commit change, nothing runs inside it', async () => {
    const repo = makeHostileRepo('submodule');
    try {
      const inspection = await inspectRepo(repo.dir, { includeUnpushed: true });
      expect(inspection.files.map((f) => f.path)).not.toContain('vendor/inner/x.txt');
      expect(repo.ran()).toBe(false);
    } finally {
      repo.cleanup();
    }
  });
});
