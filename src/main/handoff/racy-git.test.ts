import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectRepo } from './inspect-repo';
import { isolateGitConfig, makeRepo } from './repo-fixture';

/**
 * "Racy git": an edit that keeps the size and lands in the same clock tick as the last index
 * write has the very stat data git cached. Git then trusts the cache only because the index file
 * is not older than the entry; our temporary index copy must keep that property, or the edit is
 * silently left out of the handoff. Simulated deterministically by pinning the timestamps
 * (core.trustctime=false stands in for a ctime in the same tick, which utimes cannot set).
 */
describe('an edit in the same tick as the last commit', () => {
  let restore: () => void;
  beforeAll(() => {
    restore = isolateGitConfig();
  });
  afterAll(() => restore());

  it('is still part of the change set', async () => {
    const repo = makeRepo();
    try {
      repo.git('config', 'core.trustctime', 'false');
      const tick = new Date(Date.now() - 60_000);
      repo.write('a.txt', 'one\n');
      utimesSync(join(repo.dir, 'a.txt'), tick, tick);
      repo.commitAll('init');
      utimesSync(join(repo.dir, '.git', 'index'), tick, tick);
      repo.write('a.txt', 'two\n'); // same size
      utimesSync(join(repo.dir, 'a.txt'), tick, tick);

      const inspection = await inspectRepo(repo.dir);
      expect(inspection.files.map((f) => f.path)).toEqual(['a.txt']);
      expect(inspection.files[0]?.diffText).toContain('+two');
    } finally {
      repo.cleanup();
    }
  });
});
