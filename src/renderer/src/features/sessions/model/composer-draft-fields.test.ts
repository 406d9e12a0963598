import { describe, expect, it } from 'vitest';
import { composerDraftFields, isComposerDraftEmpty, restoreComposerDraft } from './composer-draft-fields';
import { emptyDraft, type ComposerDraft } from './composer-draft';

const FULL: ComposerDraft = {
  prompt: 'Fix the login test',
  title: 'Login',
  tags: ['tests'],
  playbookId: 'pb-1',
  knowledgeMode: 'only',
  knowledge: [{ id: 'note-1', name: 'Build' }],
  secretsMode: 'only',
  secrets: [{ id: 'secret-1', name: 'NPM_TOKEN' }],
  repos: ['acme/web'],
  devinMode: 'fast',
  childPlaybookId: 'pb-2',
  maxAcuLimit: '40',
};

describe('composer draft fields', () => {
  it('round-trip everything the composer holds', () => {
    const state = { draft: FULL, tagText: 'half', repoText: 'acme/' };
    expect(restoreComposerDraft(composerDraftFields(state), emptyDraft())).toEqual(state);
  });

  it('start with the prompt (a list of drafts previews the first text)', () => {
    expect(Object.keys(composerDraftFields({ draft: FULL, tagText: '', repoText: '' }))[0]).toBe('prompt');
  });

  it.each([
    ['a wrong type keeps the base value', { prompt: 42, title: ['x'] }, { prompt: 'base prompt', title: '' }],
    ['an unknown mode keeps the base mode', { devinMode: 'turbo', knowledgeMode: 'some' }, { devinMode: null, knowledgeMode: 'all' }],
    ['tags are cleaned like typed ones', { tags: ['  ok ', '', 'x'.repeat(201), 7] }, { tags: ['ok'] }],
    ['knowledge picks need an id and a name', { knowledge: [{ id: 'n1', name: 'A' }, { id: '', name: 'B' }, { id: 'n3' }, 'n4'] }, { knowledge: [{ id: 'n1', name: 'A' }] }],
    ['an unknown secrets mode keeps the base mode', { secretsMode: 'some' }, { secretsMode: 'all' }],
    ['secret picks need an id and a name', { secrets: [{ id: 's1', name: 'A' }, { id: '', name: 'B' }, { name: 'C' }, 's4'] }, { secrets: [{ id: 's1', name: 'A' }] }],
    ['null playbooks are kept as "none"', { playbookId: null, childPlaybookId: null }, { playbookId: null, childPlaybookId: null }],
  ])('restore what they can from damaged fields: %s', (_name, fields, expected) => {
    const base = { ...emptyDraft('pb-base'), prompt: 'base prompt' };
    expect(restoreComposerDraft(fields as never, base).draft).toMatchObject(expected);
  });

  it.each([
    [{ draft: emptyDraft(), tagText: '', repoText: '' }, 0, true],
    [{ draft: { ...emptyDraft(), devinMode: 'fast' as const, childPlaybookId: 'pb' }, tagText: '', repoText: '' }, 0, true],
    [{ draft: { ...emptyDraft(), prompt: ' ' }, tagText: '', repoText: '' }, 0, true],
    [{ draft: emptyDraft(), tagText: 'x', repoText: '' }, 0, false],
    [{ draft: { ...emptyDraft(), knowledgeMode: 'none' as const }, tagText: '', repoText: '' }, 0, false],
    [{ draft: { ...emptyDraft(), secretsMode: 'none' as const }, tagText: '', repoText: '' }, 0, false],
    [{ draft: emptyDraft(), tagText: '', repoText: '' }, 1, false],
  ])('empty when nothing was typed or picked (%#)', (state, files, empty) => {
    expect(isComposerDraftEmpty(state, files)).toBe(empty);
  });
});
