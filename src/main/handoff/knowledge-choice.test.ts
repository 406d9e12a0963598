import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { HandoffComposeRequest } from '../../shared/ipc/channels/handoff';
import { composePreview, compositionToken } from './handoff-views';
import { inspectRepo } from './inspect-repo';
import { isolateGitConfig, makeRepo, type TempRepo } from './repo-fixture';

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
  return inspectRepo(repo.dir);
}
const base = { task: 'Do it', tags: [], resolutions: {}, excluded: [], maxBytes: 102_400, includeUnpushed: false };

describe('handoff knowledge choice', () => {
  it('maps all / none / only to null / [] / the ids in the request and the preview', async () => {
    const i = await inspected();
    const all = composePreview('id1', i, { ...base, knowledge: { kind: 'all' } });
    const none = composePreview('id1', i, { ...base, knowledge: { kind: 'none' } });
    const only = composePreview('id1', i, { ...base, knowledge: { kind: 'only', ids: ['note-1'] } });
    expect(all.sendable?.composed.request.knowledge_ids).toBeNull();
    expect(none.sendable?.composed.request.knowledge_ids).toEqual([]);
    expect(only.sendable?.composed.request.knowledge_ids).toEqual(['note-1']);
    expect([all.view.knowledgeIds, none.view.knowledgeIds, only.view.knowledgeIds]).toEqual([null, [], ['note-1']]);
  });

  it('the send token changes with the choice (what is sent is what was previewed)', async () => {
    const i = await inspected();
    const choices: HandoffComposeRequest['knowledge'][] = [{ kind: 'all' }, { kind: 'none' }, { kind: 'only', ids: ['n'] }];
    const tokens = choices.map(
      (knowledge) => composePreview('id1', i, { ...base, knowledge }).view.token,
    );
    expect(new Set(tokens).size).toBe(3);
  });

  it('without a choice the request has no knowledge_ids and hashes as before', async () => {
    const i = await inspected();
    const { sendable, view } = composePreview('id1', i, base);
    expect(sendable && Object.hasOwn(sendable.composed.request, 'knowledge_ids')).toBe(false);
    expect(view.knowledgeIds).toBeUndefined();
    const r = sendable!.composed.request;
    expect(view.token).toBe(compositionToken('id1', { title: r.title, tags: r.tags, repos: r.repos, prompt: r.prompt } as typeof r));
  });
});
