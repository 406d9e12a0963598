import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppError, type SerializedError } from '../../../shared/errors';
import type { HandoffCompositionView, HandoffInspectionView, HandoffProgressEvent, RecentRepo, RecentRepoView } from '../../../shared/ipc/channels/handoff';
import type { Envelope, EventName } from '../../../shared/ipc/contract';
import { applyNotificationPatch, DEFAULT_NOTIFICATION_SETTINGS } from '../../../shared/sessions/notification-settings';
import { createDevinClient } from '../../api/client';
import { isolateGitConfig, makeRepo, type TempRepo } from '../../handoff/repo-fixture';
import { createSessionsService, type SessionsService } from '../../sessions/sessions-service';
import { startSim, SIM_KEYS, SIM_ORG, type SimHandle } from '../../../sim/server';
import { tokenFactory } from '../../../../test/fixtures/secrets/planted/tokens';
import { createRouter, type Handlers, type Router } from '../router';
import { createHandoffHandlers } from './handoff';
import { createSessionsHandlers } from './sessions';
import { createHandoffSources, handoffSourcesFile, type HandoffSources } from '../../checkout/handoff-sources';
import { createPathHandles } from '../../security/path-handles';

const TRUSTED = 'file:///app/index.html';
const ctx = { senderUrl: TRUSTED, senderId: '1' };
const token = tokenFactory(7);
const GH = token('github-token:ghp');

let restoreGit: () => void;
beforeAll(() => {
  restoreGit = isolateGitConfig();
});
afterAll(() => restoreGit());

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

interface Rig {
  router: Router;
  sim: SimHandle;
  sessions: SessionsService;
  progress: HandoffProgressEvent[];
  stateDir: string;
  /** Which repository each sent session came from (what the checkout of its pull request reads). */
  sources: HandoffSources;
  /** `handoff:inspect` with `{path}` goes as the page does it: `handoff:openPath`, then the handle. */
  call<T>(channel: string, request?: unknown): Promise<T>;
  fail(channel: string, request?: unknown): Promise<SerializedError>;
  /** The router as is (no path → handle step), from a page with this sender id. */
  raw(channel: string, request: unknown, senderId?: string): Promise<Envelope<unknown>>;
}

async function rig(opts: { chooseFolder?: () => Promise<string | null> } = {}): Promise<Rig> {
  const sim = await startSim({});
  cleanups.push(() => sim.close());
  const stateDir = mkdtempSync(join(tmpdir(), 'handoff-ipc-state-'));
  // The send records its source after answering (best effort): a write may still land while this runs.
  cleanups.push(() => rmSync(stateDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 }));
  const sessions = createSessionsService({
    stateDir,
    getLocale: () => 'en',
    getNotificationSettings: () => DEFAULT_NOTIFICATION_SETTINGS,
    updateNotificationSettings: async (patch) => applyNotificationPatch(DEFAULT_NOTIFICATION_SETTINGS, patch),
  });
  cleanups.push(() => sessions.dispose());
  const client = createDevinClient({ baseUrl: sim.baseUrl, apiKey: SIM_KEYS.org, orgId: SIM_ORG.org_id, retry: { maxRetries: 0 } });
  await sessions.setAccount({ api: client.sessions, orgId: SIM_ORG.org_id, demo: true });
  const progress: HandoffProgressEvent[] = [];
  const emit = (event: EventName, payload: unknown) => {
    if (event === 'handoff:progress') progress.push(payload as HandoffProgressEvent);
  };
  const sources = createHandoffSources(handoffSourcesFile(stateDir));
  const handlers = {
    ...createSessionsHandlers({ service: sessions }),
    ...createHandoffHandlers({ sessions, stateDir, emit, handles: createPathHandles(), recordSource: (s) => sources.record(s), ...(opts.chooseFolder ? { chooseFolder: opts.chooseFolder } : {}) }),
  };
  const serializeError = (err: unknown): SerializedError =>
    err instanceof AppError ? { code: err.code, message: err.message } : { code: 'INTERNAL', message: String(err) };
  const router = createRouter(handlers as unknown as Handlers, { isTrustedSender: (u) => u === TRUSTED, serializeError });
  const raw = (channel: string, request: unknown, senderId = '1') => router.handle(channel, request, { ...ctx, senderId });
  // The page types a path: main resolves it and issues a handle, which the inspection names.
  const viaHandle = async (channel: string, request: unknown): Promise<unknown> => {
    if (channel !== 'handoff:inspect' || typeof request !== 'object' || request === null || !('path' in request)) return request;
    const { path, ...rest } = request as { path: string };
    const opened = await router.handle('handoff:openPath', { path }, ctx);
    if (!opened.ok) throw Object.assign(new Error('openPath failed'), { envelope: opened });
    return { ...rest, handle: (opened.value as { handle: string }).handle };
  };
  const call = async <T,>(channel: string, request?: unknown): Promise<T> => {
    const r = (await router.handle(channel, await viaHandle(channel, request), ctx)) as Envelope<T>;
    if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message}`);
    return r.value;
  };
  const fail = async (channel: string, request?: unknown): Promise<SerializedError> => {
    const r = await viaHandle(channel, request).then(
      (req) => router.handle(channel, req, ctx),
      (err: { envelope: Envelope<unknown> }) => err.envelope,
    );
    if (r.ok) throw new Error(`${channel} unexpectedly succeeded`);
    return r.error;
  };
  return { router, sim, sessions, progress, stateDir, sources, call, fail, raw };
}

/** A repo on acme/web with a committed app, an edit, a new file holding a GitHub token, and a .env. */
function repoWithSecret(): TempRepo {
  const repo = makeRepo();
  cleanups.push(() => repo.cleanup());
  repo.write('src/app.ts', 'export const a = 1;\n');
  repo.commitAll('init');
  repo.git('remote', 'add', 'origin', 'https://github.com/acme/web.git');
  repo.write('src/app.ts', 'export const a = 2;\n');
  repo.write('src/config.ts', `export const token = "${GH}";\n`);
  repo.write('notes.md', '# Notes\n');
  return repo;
}

const base = { task: '', tags: [] as string[], resolutions: {}, excluded: [] as string[], maxBytes: 102_400, includeUnpushed: false };

describe('handoff IPC handlers (real git, devin-sim)', () => {
  it('inspects, blocks on findings and an empty task, masks undecided secrets, then sends exactly the preview', async () => {
    const r = await rig();
    const repo = repoWithSecret();
    const view = await r.call<HandoffInspectionView>('handoff:inspect', { path: join(repo.dir, 'src'), ticket: 't1' });
    expect(view).toMatchObject({ root: repo.dir, name: 'repo', repo: 'acme/web', branch: 'main', detached: false, patchesRead: false });
    expect(view.files.map((f) => [f.path, f.status])).toEqual([
      ['notes.md', 'untracked'],
      ['src/app.ts', 'modified'],
      ['src/config.ts', 'untracked'],
    ]);
    expect(view.findings).toHaveLength(1);
    const finding = view.findings[0]!;
    expect(finding).toMatchObject({ rule: 'github-token', file: 'src/config.ts', line: 1, redactable: true });
    expect(JSON.stringify(view)).not.toContain(GH); // the screen never receives the secret
    expect(r.progress.length).toBeGreaterThan(0);
    expect(r.progress.every((p) => p.ticket === 't1')).toBe(true);
    expect(r.progress.at(-1)?.phase).toBe('done');

    const draft = await r.call<HandoffCompositionView>('handoff:compose', { ...base, inspectionId: view.inspectionId });
    expect(draft).toMatchObject({ blockers: ['task', 'findings'], token: null, prompt: null, masked: true, unresolved: [finding.id] });
    expect(draft.diff).toContain('«redacted:github-token»');
    expect(draft.diff).not.toContain(GH);

    const noDecision = await r.call<HandoffCompositionView>('handoff:compose', { ...base, inspectionId: view.inspectionId, task: 'Fix it' });
    expect(noDecision.blockers).toEqual(['findings']);
    expect(noDecision.token).toBeNull();

    const ready = await r.call<HandoffCompositionView>('handoff:compose', {
      ...base,
      inspectionId: view.inspectionId,
      task: 'Bump the constant\nand keep the config',
      tags: ['web', 'handoff'],
      resolutions: { [finding.id]: 'redact' },
    });
    expect(ready).toMatchObject({ blockers: [], masked: false, title: 'Bump the constant', tags: ['handoff', 'web'], repos: ['acme/web'] });
    expect(ready.token).toMatch(/^[0-9a-f]{64}$/);
    expect(ready.prompt).toMatch(/^Repo: acme\/web \(branch: main\)\n\nBump the constant\nand keep the config\n\nUncommitted changes:\n/);
    expect(ready.prompt).toContain('«redacted:github-token»');
    expect(ready.prompt).not.toContain(GH);
    expect(ready.promptBytes).toBe(Buffer.byteLength(ready.prompt!));

    const sent = await r.call<{ sessionId: string; url: string }>('handoff:send', { inspectionId: view.inspectionId, token: ready.token });
    expect(sent.sessionId).toMatch(/^devin-/);
    expect(r.sim.control.getCreatedRequest(sent.sessionId)).toEqual({
      title: 'Bump the constant',
      tags: ['handoff', 'web'],
      repos: ['acme/web'],
      prompt: ready.prompt,
    });
    await r.sessions.refresh();
    expect(r.sessions.list({}).find((v) => v.id === sent.sessionId)?.watched).toBe(true);

    // The same token again (a double click, a retry after success): the same session, no second create.
    const again = await r.call<{ sessionId: string }>('handoff:send', { inspectionId: view.inspectionId, token: ready.token });
    expect(again.sessionId).toBe(sent.sessionId);
    expect(r.sim.control.getRequests().filter((q) => q.method === 'POST' && /\/sessions$/.test(q.path))).toHaveLength(1);

    const recent = await r.call<RecentRepo[]>('handoff:recent');
    expect(recent.map((x) => [x.path, x.repo])).toEqual([[repo.dir, 'acme/web']]);
    // The session's source repository is remembered for the checkout of its pull request (#16).
    expect(await r.sources.get(sent.sessionId)).toMatchObject({ sessionId: sent.sessionId, root: repo.dir, repo: 'acme/web' });
    expect(JSON.parse(readFileSync(join(r.stateDir, 'handoff-recent.json'), 'utf8')).items[0].path).toBe(repo.dir);
  });

  it('sends two concurrent clicks once', async () => {
    const r = await rig();
    const repo = repoWithSecret();
    const view = await r.call<HandoffInspectionView>('handoff:inspect', { path: repo.dir, ticket: 't2' });
    const c = await r.call<HandoffCompositionView>('handoff:compose', {
      ...base,
      inspectionId: view.inspectionId,
      task: 'Go',
      resolutions: { [view.findings[0]!.id]: 'exclude' },
    });
    const [a, b] = await Promise.all([
      r.call<{ sessionId: string }>('handoff:send', { inspectionId: view.inspectionId, token: c.token }),
      r.call<{ sessionId: string }>('handoff:send', { inspectionId: view.inspectionId, token: c.token }),
    ]);
    expect(a.sessionId).toBe(b.sessionId);
    expect(r.sim.control.getRequests().filter((q) => q.method === 'POST' && /\/sessions$/.test(q.path))).toHaveLength(1);
    const body = r.sim.control.getCreatedRequest(a.sessionId) as { prompt: string };
    expect(body.prompt).toContain('- src/config.ts: left out by the user (possible secret)');
    expect(body.prompt).not.toContain(GH);
  });

  it('a file toggled off is not in the prompt, and its findings no longer block', async () => {
    const r = await rig();
    const repo = repoWithSecret();
    const view = await r.call<HandoffInspectionView>('handoff:inspect', { path: repo.dir, ticket: 't3' });
    const key = view.files.find((f) => f.path === 'src/config.ts')!.key;
    const c = await r.call<HandoffCompositionView>('handoff:compose', { ...base, inspectionId: view.inspectionId, task: 'Go', excluded: [key] });
    expect(c.blockers).toEqual([]);
    expect(c.findingIds).toEqual([]);
    expect(c.files.find((f) => f.key === key)).toEqual({ key, included: false, reason: 'user' });
    expect(c.prompt).not.toContain('src/config.ts');
    expect(c.prompt).toContain('src/app.ts');
  });

  it('refuses a token it never previewed, and a forgotten inspection', async () => {
    const r = await rig();
    const repo = repoWithSecret();
    const view = await r.call<HandoffInspectionView>('handoff:inspect', { path: repo.dir, ticket: 't4' });
    expect(await r.fail('handoff:send', { inspectionId: view.inspectionId, token: 'a'.repeat(64) })).toMatchObject({ code: 'HANDOFF_PREVIEW_STALE' });
    expect(await r.fail('handoff:send', { inspectionId: view.inspectionId, token: 'not-a-token' })).toMatchObject({ code: 'INVALID_INPUT' });
    await r.call('handoff:discard', { inspectionId: view.inspectionId });
    expect(await r.fail('handoff:compose', { ...base, inspectionId: view.inspectionId, task: 'x' })).toMatchObject({ code: 'HANDOFF_INSPECTION_GONE' });
    expect(await r.fail('handoff:compose', { ...base, inspectionId: view.inspectionId, maxBytes: 10 })).toMatchObject({ code: 'INVALID_INPUT' });
    expect(r.sim.control.getRequests().filter((q) => q.method === 'POST')).toHaveLength(0);
  });

  it('says NOT_A_REPO for a plain folder, and CANCELLED when cancelled', async () => {
    const r = await rig();
    const plain = mkdtempSync(join(tmpdir(), 'handoff-plain-'));
    cleanups.push(() => rmSync(plain, { recursive: true, force: true }));
    expect(await r.fail('handoff:inspect', { path: plain, ticket: 'p1' })).toMatchObject({ code: 'NOT_A_REPO' });

    const repo = repoWithSecret();
    const opened = await r.call<{ handle: string }>('handoff:openPath', { path: repo.dir });
    const pending = r.router.handle('handoff:inspect', { handle: opened.handle, ticket: 'c1' }, ctx);
    await r.call('handoff:cancel', { ticket: 'c1' });
    expect(await pending).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    // Cancelling a finished or unknown ticket is harmless.
    await r.call('handoff:cancel', { ticket: 'c1' });
    expect(await r.call<HandoffInspectionView>('handoff:inspect', { path: repo.dir, ticket: 'c1' })).toMatchObject({ repo: 'acme/web' });
  });

  it('unpushed commits: offered when read, noted when not', async () => {
    const r = await rig();
    const repo = repoWithSecret();
    // A real upstream: push to a bare clone, then point origin's URL at the hosted slug.
    const bare = mkdtempSync(join(tmpdir(), 'handoff-bare-'));
    cleanups.push(() => rmSync(bare, { recursive: true, force: true }));
    repo.git('init', '-q', '--bare', bare);
    repo.git('remote', 'set-url', 'origin', bare);
    repo.git('push', '-q', '-u', 'origin', 'main');
    repo.git('remote', 'set-url', 'origin', 'https://github.com/acme/web.git');
    repo.write('lib.ts', 'export const lib = true;\n');
    repo.git('add', 'lib.ts');
    repo.git('commit', '-q', '-m', 'Add lib');
    const plain = await r.call<HandoffInspectionView>('handoff:inspect', { path: repo.dir, ticket: 'u1' });
    expect(plain).toMatchObject({ unpushedCount: 1, patchesRead: false, upstream: 'origin/main', ahead: 1 });
    const resolutions = { [plain.findings[0]!.id]: 'redact' };
    const without = await r.call<HandoffCompositionView>('handoff:compose', { ...base, inspectionId: plain.inspectionId, task: 'Go', resolutions, includeUnpushed: true });
    expect(without.prompt).toContain('were not read as patches');

    const read = await r.call<HandoffInspectionView>('handoff:inspect', { path: repo.dir, ticket: 'u2', includeUnpushed: true });
    expect(read.patchesRead).toBe(true);
    const withPatches = await r.call<HandoffCompositionView>('handoff:compose', {
      ...base,
      inspectionId: read.inspectionId,
      task: 'Go',
      resolutions: { [read.findings[0]!.id]: 'redact' },
      includeUnpushed: true,
    });
    expect(withPatches.patches).toContain('Subject: [PATCH] Add lib');
    expect(withPatches.prompt).toContain('Unpushed commits (not on the remote');
  });

  it('choose folder goes through the injected dialog; without one it says so', async () => {
    const r = await rig({ chooseFolder: async () => '/picked/repo' });
    expect(await r.call('handoff:chooseFolder')).toEqual({ handle: expect.stringMatching(/^repo-[\w-]{20,}$/), path: '/picked/repo' });
    const bare = await rig();
    expect(await bare.fail('handoff:chooseFolder')).toMatchObject({ code: 'HANDOFF_NO_FOLDER_DIALOG' });
  });

  it('recent repositories: newest first, forgettable', async () => {
    const r = await rig();
    const a = repoWithSecret();
    const b = repoWithSecret();
    await r.call('handoff:inspect', { path: a.dir, ticket: 'r1' });
    await r.call('handoff:inspect', { path: b.dir, ticket: 'r2' });
    await r.call('handoff:inspect', { path: a.dir, ticket: 'r3' });
    const recent = await r.call<RecentRepoView[]>('handoff:recent');
    expect(recent.map((x) => x.path)).toEqual([a.dir, b.dir]);
    // A Recent entry opens and is forgotten by its handle; its path is refused.
    expect(await r.call<HandoffInspectionView>('handoff:inspect', { handle: recent[1]?.handle, ticket: 'r4' })).toMatchObject({ root: b.dir });
    expect(await r.fail('handoff:forgetRecent', { path: a.dir })).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await r.fail('handoff:forgetRecent', { handle: a.dir })).toMatchObject({ code: 'VALIDATION' });
    expect((await r.call<RecentRepoView[]>('handoff:forgetRecent', { handle: recent[0]?.handle })).map((x) => x.path)).toEqual([b.dir]);
    expect((await r.call<RecentRepoView[]>('handoff:recent')).map((x) => x.path)).toEqual([b.dir]);
  });

  it("the page names folders by main's handles only: a path, another page's handle or a made-up one reads nothing", async () => {
    const r = await rig();
    const repo = repoWithSecret();
    const before = r.progress.length;
    for (const handle of [repo.dir, join(repo.dir, 'src'), '~/repo', 'repo-AAAAAAAAAAAAAAAAAAAAAA']) {
      const refused = await r.raw('handoff:inspect', { handle, ticket: 'h1' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    // The old request shape (a raw path) is not accepted at all.
    expect(await r.raw('handoff:inspect', { path: repo.dir, ticket: 'h2' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const opened = await r.raw('handoff:openPath', { path: repo.dir }, '1');
    if (!opened.ok) throw new Error('openPath failed');
    const { handle } = opened.value as { handle: string };
    expect(await r.raw('handoff:inspect', { handle, ticket: 'h3' }, '2')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(r.progress.length).toBe(before); // no git ran for any of them
    expect(await r.raw('handoff:inspect', { handle, ticket: 'h4' }, '1')).toMatchObject({ ok: true, value: { root: repo.dir } });
  });
});
