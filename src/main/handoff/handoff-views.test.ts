import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tokenFactory } from '../../../test/fixtures/secrets/planted/tokens';
import { composePreview, compositionToken, toInspectionView } from './handoff-views';
import { inspectRepo } from './inspect-repo';
import { isolateGitConfig, makeRepo, type TempRepo } from './repo-fixture';

const GH = tokenFactory(11)('github-token:ghp');
let restore: () => void;
beforeAll(() => {
  restore = isolateGitConfig();
});
afterAll(() => restore());
const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

async function inspected() {
  const repo = makeRepo();
  repos.push(repo);
  repo.write('a.ts', 'export const a = 1;\n');
  repo.commitAll('init');
  repo.write('a.ts', 'export const a = 2;\n');
  repo.write('.env', 'DB_PASSWORD=hunter2hunter2\n');
  repo.write('b.ts', `const t = "${GH}";\n`);
  repo.write('package-lock.json', `${'{"x": 1}\n'.repeat(400)}`);
  return inspectRepo(repo.dir);
}
const base = { task: 'Do it', tags: [], resolutions: {}, excluded: [], maxBytes: 102_400, includeUnpushed: false };

describe('composePreview', () => {
  it('while undecided: no prompt or token, redactable secrets masked, secret files left out', async () => {
    const i = await inspected();
    const { view, sendable } = composePreview('id1', i, base);
    expect(sendable).toBeNull();
    expect(view).toMatchObject({ blockers: ['findings'], token: null, prompt: null, promptBytes: 0, masked: true });
    expect(view.unresolved).toHaveLength(2);
    expect(view.diff).not.toContain(GH);
    expect(view.diff).not.toContain('hunter2');
    expect(view.files.find((f) => f.key === '.env')).toMatchObject({ included: false, reason: 'excluded' });
  });

  it('"allow" sends a secret unchanged; the token names the exact request', async () => {
    const i = await inspected();
    const ids = Object.fromEntries((i.findings ?? []).map((f) => [f.rule, f.id]));
    const resolutions = { [ids['github-token']!]: 'allow' as const, [ids['risky-file:env']!]: 'exclude' as const };
    const { view, sendable } = composePreview('id1', i, { ...base, resolutions });
    expect(view.blockers).toEqual([]);
    expect(view.prompt).toContain(GH);
    expect(view.prompt).not.toContain('hunter2');
    expect(sendable?.composed.prompt).toBe(view.prompt);
    expect(view.token).toBe(compositionToken('id1', sendable!.composed.request));
    // Same choices, same token; a different task or another inspection, another token.
    expect(composePreview('id1', i, { ...base, resolutions }).view.token).toBe(view.token);
    expect(composePreview('id1', i, { ...base, resolutions, task: 'Do it now' }).view.token).not.toBe(view.token);
    expect(composePreview('id2', i, { ...base, resolutions }).view.token).not.toBe(view.token);
  });

  it('an empty task blocks but the diff, budget and file fates are still shown', async () => {
    const i = await inspected();
    const { view } = composePreview('id1', i, { ...base, task: '  ', maxBytes: 2048 });
    expect(view.blockers).toEqual(['task', 'findings']);
    expect(view.title).toBe('');
    expect(view.truncated).toBe(true);
    expect(view.files.find((f) => f.key === 'package-lock.json')).toMatchObject({ included: false, reason: 'budget' });
    expect(view.diff).toContain('export const a = 2;');
  });

  it('the inspection view marks generated files and carries no diff text', async () => {
    const i = await inspected();
    const v = toInspectionView('id1', i);
    expect(v.files.map((f) => [f.path, f.generated])).toEqual([
      ['.env', false],
      ['a.ts', false],
      ['b.ts', false],
      ['package-lock.json', true],
    ]);
    expect(JSON.stringify(v)).not.toContain('diff --git');
    expect(JSON.stringify(v)).not.toContain(GH);
  });
});
