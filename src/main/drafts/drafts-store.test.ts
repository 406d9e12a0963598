import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { boundDraftsDoc, createDraftsStore, draftPreview, parseDraftsDoc, type StoredDraft } from './drafts-store';

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});
function tempFile(): string {
  dir = mkdtempSync(join(tmpdir(), 'drafts-'));
  return join(dir, 'drafts.json');
}
const draft = (text: string): Omit<StoredDraft, 'updatedAt'> => ({ fields: { text }, files: [] });

describe('drafts store', () => {
  it('keeps a draft across a new store on the same file (a restart)', async () => {
    const file = tempFile();
    const a = createDraftsStore({ file, now: () => 1000 });
    await a.put('org-1', 'reply:devin-1', { fields: { text: 'half a reply' }, files: [{ path: '/tmp/a.txt', name: 'a.txt', uploaded: null }] });
    const b = createDraftsStore({ file });
    expect(await b.get('org-1', 'reply:devin-1')).toEqual({ fields: { text: 'half a reply' }, files: [{ path: '/tmp/a.txt', name: 'a.txt', uploaded: null }], updatedAt: 1000 });
    expect(await b.get('org-2', 'reply:devin-1')).toBeNull();
  });

  it('applies quick changes in order and the file ends with the last of them', async () => {
    const file = tempFile();
    const store = createDraftsStore({ file });
    const writes: Promise<void>[] = [];
    for (let i = 1; i <= 30; i++) writes.push(store.put('org', 'composer:new', draft(`text ${i}`)));
    writes.push(store.remove('org', 'composer:new'));
    writes.push(store.put('org', 'reply:devin-2', draft('kept')));
    await Promise.all(writes);
    const onDisk = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(onDisk.orgs.org)).toEqual(['reply:devin-2']);
    expect(await createDraftsStore({ file }).get('org', 'reply:devin-2')).toMatchObject({ fields: { text: 'kept' } });
    // No temp files are left behind.
    expect(readdirSync(dir)).toEqual(['drafts.json']);
  });

  it('a put resolves only once the file holds it', async () => {
    const file = tempFile();
    const store = createDraftsStore({ file });
    await store.put('org', 'note:new', draft('first'));
    const p = store.put('org', 'note:new', draft('second'));
    await p;
    expect(JSON.parse(readFileSync(file, 'utf8')).orgs.org['note:new'].fields.text).toBe('second');
  });

  it('sets a damaged file aside instead of deleting it, and starts empty', async () => {
    const file = tempFile();
    writeFileSync(file, '{"orgs": {"org": {"reply:x": {"fields": {"text": "lost?"');
    const problems: string[] = [];
    const store = createDraftsStore({ file, now: () => 42, onProblem: (m) => problems.push(m) });
    expect(await store.get('org', 'reply:x')).toBeNull();
    expect(readdirSync(dir).sort()).toEqual(['drafts.corrupt-42.json']);
    expect(readFileSync(join(dir, 'drafts.corrupt-42.json'), 'utf8')).toContain('lost?');
    expect(problems[0]).toContain('drafts.corrupt-42.json');
    await store.put('org', 'reply:x', draft('new'));
    expect(readdirSync(dir).sort()).toEqual(['drafts.corrupt-42.json', 'drafts.json']);
  });

  it('lists one kind, newest first, with a one-line preview', async () => {
    let t = 0;
    const store = createDraftsStore({ file: tempFile(), now: () => ++t });
    await store.put('org', 'note:new', { fields: { name: '', body: 'Deploy\n  steps' }, files: [] });
    await store.put('org', 'note:n-2', { fields: { name: 'Old name' }, files: [] });
    await store.put('org', 'playbook:new', { fields: { title: 'x' }, files: [] });
    expect(await store.list('org', 'note:')).toEqual([
      { key: 'note:n-2', updatedAt: 2, preview: 'Old name' },
      { key: 'note:new', updatedAt: 1, preview: 'Deploy steps' },
    ]);
  });

  it('refuses a draft over the size limit and keeps the previous one', async () => {
    const store = createDraftsStore({ file: tempFile() });
    await store.put('org', 'reply:a', draft('small'));
    await expect(store.put('org', 'reply:a', draft('x'.repeat(300_001)))).rejects.toThrow(/too large/);
    expect(await store.get('org', 'reply:a')).toMatchObject({ fields: { text: 'small' } });
  });
});

describe('parseDraftsDoc', () => {
  it('keeps well-formed drafts and drops the rest', () => {
    const doc = parseDraftsDoc({
      orgs: {
        org: {
          ok: { fields: { text: 'a', tags: ['x'] }, files: [{ path: '/a', name: 'a', uploaded: null }, { path: 3 }], updatedAt: 1 },
          noTime: { fields: { text: 'a' }, files: [] },
          badField: { fields: { fn: { a: { b: { c: { d: 1 } } } } }, files: [], updatedAt: 1 },
          notObject: 'x',
        },
        '': { ok: { fields: {}, files: [], updatedAt: 1 } },
        empty: {},
      },
    });
    expect(doc).toEqual({ version: 1, orgs: { org: { ok: { fields: { text: 'a', tags: ['x'] }, files: [{ path: '/a', name: 'a', uploaded: null }], updatedAt: 1 } } } });
    expect(parseDraftsDoc(null)).toEqual({ version: 1, orgs: {} });
    expect(parseDraftsDoc([1, 2])).toEqual({ version: 1, orgs: {} });
  });
});

describe('boundDraftsDoc', () => {
  const d = (at: number): StoredDraft => ({ fields: { text: `t${at}` }, files: [], updatedAt: at });
  it.each([
    ['per org', { perOrg: 2, orgs: 10, totalChars: 1e9 }, { a: { k1: d(1), k2: d(2), k3: d(3) } }, { a: ['k2', 'k3'] }],
    ['orgs', { perOrg: 10, orgs: 1, totalChars: 1e9 }, { a: { k1: d(5) }, b: { k1: d(1) } }, { a: ['k1'] }],
    ['total size', { perOrg: 10, orgs: 10, totalChars: 120 }, { a: { k1: d(1), k2: d(2), k3: d(3) } }, { a: ['k3'] }],
  ])('drops the least recently saved beyond the limit: %s', (_name, limits, orgs, expected) => {
    const doc = { version: 1 as const, orgs: structuredClone(orgs) as Record<string, Record<string, StoredDraft>> };
    boundDraftsDoc(doc, limits, null);
    expect(Object.fromEntries(Object.entries(doc.orgs).map(([o, ds]) => [o, Object.keys(ds).sort()]))).toEqual(expected);
  });

  it('never drops the draft just written', () => {
    const doc = { version: 1 as const, orgs: { a: { old: d(9), mine: d(1) } } };
    boundDraftsDoc(doc, { perOrg: 1, orgs: 10, totalChars: 1e9 }, { org: 'a', key: 'mine' });
    expect(Object.keys(doc.orgs.a)).toEqual(['mine']);
  });
});

describe('draftPreview', () => {
  it.each([
    [{ a: 1, b: '  ', c: 'Hello\n\nworld' }, 'Hello world'],
    [{ tags: ['x'] }, ''],
    [{ text: 'y'.repeat(200) }, `${'y'.repeat(119)}…`],
  ])('%j → %s', (fields, expected) => {
    expect(draftPreview(fields)).toBe(expected);
  });
});
