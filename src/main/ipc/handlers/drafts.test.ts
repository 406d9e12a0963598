import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError, type SerializedError } from '../../../shared/errors';
import type { DraftView } from '../../../shared/ipc/channels/drafts';
import { createDraftsStore } from '../../drafts/drafts-store';
import { createPathHandles } from '../../security/path-handles';
import { createRouter, type Handlers } from '../router';
import { createDraftsHandlers } from './drafts';

const TRUSTED = 'file:///app/index.html';
let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function setup(org: string | null = 'org-1') {
  dir = mkdtempSync(join(tmpdir(), 'drafts-ipc-'));
  const handles = createPathHandles();
  const state = { org };
  const store = createDraftsStore({ file: join(dir, 'drafts.json') });
  const handlers = createDraftsHandlers({ store, orgId: () => state.org, handles });
  const serializeError = (err: unknown): SerializedError => (err instanceof AppError ? { code: err.code, message: err.message } : { code: 'INTERNAL', message: String(err) });
  const router = createRouter(handlers as unknown as Handlers, { isTrustedSender: (u) => u === TRUSTED, serializeError });
  const call = async <T>(channel: string, request: unknown, senderId = 'page-1') => {
    const r = await router.handle(channel, request, { senderUrl: TRUSTED, senderId });
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
  return { handles, state, store, call, router };
}

describe('drafts channels', () => {
  it('keep a draft with its files by handle, and give the files back under fresh handles', async () => {
    const { handles, call } = setup();
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'hello');
    const handle = handles.issue('page-1', 'file', file);
    await call('drafts:put', { key: 'reply:devin-1', fields: { text: 'half' }, files: [{ handle, uploaded: null }] });
    // After a reload the page is another sender (or the same one with no handles): it gets a new one.
    const back = await call<DraftView>('drafts:get', { key: 'reply:devin-1' }, 'page-2');
    expect(back).toMatchObject({ key: 'reply:devin-1', fields: { text: 'half' }, missingFiles: [] });
    expect(back.files).toHaveLength(1);
    const fresh = back.files[0]!;
    expect(fresh).toMatchObject({ name: 'notes.txt', path: file, uploaded: null });
    expect(fresh.handle).not.toBe(handle);
    expect(handles.resolve('page-2', 'file', fresh.handle, 'f')).toBe(file);
    expect(() => handles.resolve('page-1', 'file', fresh.handle, 'f')).toThrow();
  });

  it('never keeps a path the page names itself, nor another page\'s handle', async () => {
    const { handles, call } = setup();
    const secret = join(dir, 'secret.txt');
    writeFileSync(secret, 'x');
    const othersHandle = handles.issue('page-9', 'file', secret);
    await call('drafts:put', { key: 'composer:new', fields: { prompt: 'p' }, files: [{ handle: secret, uploaded: null }, { handle: othersHandle, uploaded: null }] });
    const back = await call<DraftView>('drafts:get', { key: 'composer:new' });
    expect(back.fields).toEqual({ prompt: 'p' });
    expect(back.files).toEqual([]);
    expect(readFileSync(join(dir, 'drafts.json'), 'utf8')).not.toContain('secret.txt');
  });

  it('keeps uploaded files by what the upload returned, and reports files gone from disk', async () => {
    const { handles, call } = setup();
    const gone = join(dir, 'gone.txt');
    writeFileSync(gone, 'x');
    const uploaded = { attachment_id: 'att-1', name: 'up.png', url: 'https://files.example/att-1/up.png', bytes: 3 };
    await call('drafts:put', { key: 'reply:devin-2', fields: { text: 't' }, files: [{ handle: handles.issue('page-1', 'file', gone), uploaded: null }, { handle: '', uploaded }] });
    unlinkSync(gone);
    const back = await call<DraftView>('drafts:get', { key: 'reply:devin-2' });
    expect(back.missingFiles).toEqual(['gone.txt']);
    expect(back.files).toEqual([{ handle: '', name: 'up.png', path: '', uploaded }]);
  });

  it('are per organization; signed out nothing is read or kept', async () => {
    const { state, call } = setup();
    await call('drafts:put', { key: 'note:new', fields: { name: 'A' } });
    state.org = 'org-2';
    expect(await call('drafts:get', { key: 'note:new' })).toBeNull();
    expect(await call('drafts:list', { kind: 'note' })).toEqual([]);
    state.org = null;
    await call('drafts:put', { key: 'note:new', fields: { name: 'B' } });
    expect(await call('drafts:get', { key: 'note:new' })).toBeNull();
    state.org = 'org-1';
    expect(await call<DraftView>('drafts:get', { key: 'note:new' })).toMatchObject({ fields: { name: 'A' } });
    await call('drafts:clear', { key: 'note:new' });
    expect(await call('drafts:get', { key: 'note:new' })).toBeNull();
  });

  it.each([
    ['an unknown kind', { key: 'settings:x', fields: {} }],
    ['a key with a path in it', { key: 'reply:../../etc', fields: {} }],
    ['a value nested too deeply', { key: 'reply:a', fields: { a: [[[['deep']]]] } }],
    ['too much text', { key: 'reply:a', fields: { text: 'x'.repeat(300_001) } }],
    ['too many files', { key: 'reply:a', fields: {}, files: Array.from({ length: 21 }, () => ({ handle: 'h', uploaded: null })) }],
    ['an unknown property', { key: 'reply:a', fields: {}, path: '/etc/passwd' }],
  ])('refuse %s', async (_name, request) => {
    const { router } = setup();
    const r = await router.handle('drafts:put', request, { senderUrl: TRUSTED, senderId: 'page-1' });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
