/**
 * Test support: an in-memory library behind the fake bridge (knowledge, playbooks, schedules),
 * with page sizes and failure injection, so screen tests drive real UI flows without main.
 */
import type { KnowledgeNote } from '../../../../../shared/domain/knowledge';
import type { Playbook } from '../../../../../shared/domain/playbook';
import type { Schedule } from '../../../../../shared/domain/schedule';
import type { SerializedError } from '../../../../../shared/errors';
import { scheduleCreateBody } from '../../../../../shared/library/schedule-create';
import { normalizeDraft } from '../../../../../shared/library/schedule-draft';
import { FakeFailure, type FakeHandlers } from '../../../test-support/fake-bridge';

export function note(over: Partial<KnowledgeNote> & { note_id: string; name: string }): KnowledgeNote {
  return {
    body: 'Body of ' + over.name,
    trigger: 'When ' + over.name,
    access_type: 'org',
    is_enabled: true,
    folder_id: null,
    folder_path: '/',
    macro: null,
    org_id: 'org-acme',
    pinned_repo: null,
    created_at: 1_760_000_000,
    updated_at: 1_760_000_000,
    ...over,
  };
}

export function playbook(over: Partial<Playbook> & { playbook_id: string; title: string }): Playbook {
  return {
    body: 'Steps for ' + over.title,
    macro: null,
    access_type: 'org',
    org_id: 'org-acme',
    created_at: 1_760_000_000,
    updated_at: 1_760_000_000,
    created_by: 'user-1',
    updated_by: 'user-1',
    ...over,
  };
}

export function schedule(over: Partial<Schedule> & { schedule_id: string; name: string }): Schedule {
  return {
    prompt: 'Do ' + over.name,
    agent: 'devin',
    enabled: true,
    frequency: '0 13 * * 1-5',
    timezone: null,
    notify_on: 'failure',
    org_id: 'org-acme',
    playbook: null,
    consecutive_failures: 0,
    created_at: '2026-01-01T00:00:00.000Z',
    updated_at: '2026-01-01T00:00:00.000Z',
    created_by: 'user-1',
    last_edited_by: null,
    last_error_at: null,
    last_error_message: null,
    last_executed_at: null,
    schedule_type: 'recurring',
    scheduled_at: null,
    tags: [],
    platform: null,
    bypass_approval: false,
    interval_count: null,
    target_devin_id: null,
    slack_channel_id: null,
    slack_team_id: null,
    ...over,
  };
}

export const validationError = (fieldErrors: { field: string; message: string }[]): SerializedError => ({
  code: 'VALIDATION',
  message: 'Devin rejected the request',
  details: { status: 422, fieldErrors },
});

export const forbidden = (permission: string): SerializedError => ({
  code: 'FORBIDDEN',
  message: `This key lacks the permission for that action (403): Missing permission: ${permission}.`,
  details: { status: 403, detail: `Missing permission: ${permission}` },
});

/** In-memory state plus hooks to make the next call of a channel fail or wait. */
export interface FakeLibrary {
  notes: KnowledgeNote[];
  playbooks: Playbook[];
  schedules: Schedule[];
  /** Makes every later call to `channel` fail with `error` (until cleared with `undefined`). */
  failures: Partial<Record<string, SerializedError | undefined>>;
  /** Holds calls to `channel` until the promise settles. */
  gates: Partial<Record<string, Promise<unknown>>>;
  handlers: FakeHandlers;
}

export function createFakeLibrary(init: { notes?: KnowledgeNote[]; playbooks?: Playbook[]; schedules?: Schedule[]; notePage?: number } = {}): FakeLibrary {
  const lib: FakeLibrary = { notes: init.notes ?? [], playbooks: init.playbooks ?? [], schedules: init.schedules ?? [], failures: {}, gates: {}, handlers: {} };
  let seq = 100;
  const guard = async (channel: string) => {
    await lib.gates[channel];
    const failure = lib.failures[channel];
    if (failure) throw new FakeFailure(failure);
  };
  const notePage = init.notePage ?? 50;
  lib.handlers = {
    'knowledge:list': async (q) => {
      await guard('knowledge:list');
      const filtered = lib.notes.filter((n) => (!q.search || `${n.name} ${n.body} ${n.trigger}`.toLowerCase().includes(q.search.toLowerCase())) && (!q.pinnedRepo || n.pinned_repo === q.pinnedRepo));
      const start = q.after ? Number(q.after) : 0;
      const size = q.first ?? notePage;
      const items = filtered.slice(start, start + Math.min(size, notePage));
      const end = start + items.length;
      return { items, nextCursor: end < filtered.length ? String(end) : null, total: filtered.length };
    },
    'knowledge:folders': async () => ({ folders: [{ folder_id: 'folder-1', name: 'Backend', note_count: 0, path: '/Backend', parent_folder_id: null }], root_note_count: 0 }),
    'knowledge:create': async (input) => {
      await guard('knowledge:create');
      const n = note({ note_id: `note-${++seq}`, ...input, folder_path: input.folder_id ? '/Backend' : '/' });
      lib.notes = [...lib.notes, n];
      return n;
    },
    'knowledge:update': async ({ noteId, note: input }) => {
      await guard('knowledge:update');
      const old = lib.notes.find((n) => n.note_id === noteId);
      if (!old) throw new FakeFailure({ code: 'NOT_FOUND', message: 'Not found (404).' });
      const n = { ...old, ...input, folder_path: input.folder_id ? '/Backend' : '/' };
      lib.notes = lib.notes.map((x) => (x.note_id === noteId ? n : x));
      return n;
    },
    'knowledge:delete': async ({ noteId }) => {
      await guard('knowledge:delete');
      const old = lib.notes.find((n) => n.note_id === noteId);
      if (!old) throw new FakeFailure({ code: 'NOT_FOUND', message: 'Not found (404).' });
      lib.notes = lib.notes.filter((n) => n.note_id !== noteId);
      return old;
    },
    'playbooks:list': async () => {
      await guard('playbooks:list');
      return { items: lib.playbooks, truncated: false };
    },
    'playbooks:get': async ({ playbookId }) => {
      const p = lib.playbooks.find((x) => x.playbook_id === playbookId);
      if (!p) throw new FakeFailure({ code: 'NOT_FOUND', message: 'Not found (404).' });
      return p;
    },
    'playbooks:create': async (input) => {
      await guard('playbooks:create');
      const p = playbook({ playbook_id: `playbook-${++seq}`, title: input.title, body: input.body, macro: input.macro || null });
      lib.playbooks = [...lib.playbooks, p];
      return p;
    },
    'playbooks:update': async ({ playbookId, playbook: input }) => {
      await guard('playbooks:update');
      const p = playbook({ playbook_id: playbookId, title: input.title, body: input.body, macro: input.macro || null });
      lib.playbooks = lib.playbooks.map((x) => (x.playbook_id === playbookId ? p : x));
      return p;
    },
    'playbooks:delete': async ({ playbookId }) => {
      await guard('playbooks:delete');
      const p = lib.playbooks.find((x) => x.playbook_id === playbookId);
      if (!p) throw new FakeFailure({ code: 'NOT_FOUND', message: 'Not found (404).' });
      lib.playbooks = lib.playbooks.filter((x) => x !== p);
      return p;
    },
    'schedules:list': async (q) => {
      await guard('schedules:list');
      const offset = q.offset ?? 0;
      const limit = q.limit ?? 50;
      const items = lib.schedules.slice(offset, offset + limit);
      const end = offset + items.length;
      return { items, offset, limit, total: lib.schedules.length, nextOffset: end < lib.schedules.length ? end : null };
    },
    'schedules:get': async ({ scheduleId }) => {
      const s = lib.schedules.find((x) => x.schedule_id === scheduleId);
      if (!s) throw new FakeFailure({ code: 'NOT_FOUND', message: 'Not found (404).' });
      return s;
    },
    'schedules:create': async (draft) => {
      await guard('schedules:create');
      const body = scheduleCreateBody(draft);
      const pb = lib.playbooks.find((p) => p.playbook_id === body.playbook_id);
      const s = schedule({
        schedule_id: `sched-${++seq}`,
        name: body.name,
        prompt: body.prompt,
        schedule_type: body.schedule_type,
        frequency: body.frequency ?? null,
        scheduled_at: body.scheduled_at ?? null,
        agent: body.agent ?? 'devin',
        notify_on: body.notify_on ?? 'always',
        playbook: pb ? { playbook_id: pb.playbook_id, title: pb.title } : null,
        tags: normalizeDraft(draft).tags,
      });
      lib.schedules = [...lib.schedules, s];
      return s;
    },
    'schedules:update': async ({ scheduleId, patch }) => {
      await guard('schedules:update');
      const old = lib.schedules.find((x) => x.schedule_id === scheduleId);
      if (!old) throw new FakeFailure({ code: 'NOT_FOUND', message: 'Not found (404).' });
      const { playbook_id, ...rest } = patch;
      const pb = playbook_id === undefined ? old.playbook : playbook_id === null ? null : { playbook_id, title: lib.playbooks.find((p) => p.playbook_id === playbook_id)?.title ?? null };
      const s = { ...old, ...rest, playbook: pb };
      lib.schedules = lib.schedules.map((x) => (x.schedule_id === scheduleId ? s : x));
      return s;
    },
    'schedules:setEnabled': async ({ scheduleId, enabled }) => {
      await guard('schedules:setEnabled');
      const old = lib.schedules.find((x) => x.schedule_id === scheduleId);
      if (!old) throw new FakeFailure({ code: 'NOT_FOUND', message: 'Not found (404).' });
      const s = { ...old, enabled };
      lib.schedules = lib.schedules.map((x) => (x.schedule_id === scheduleId ? s : x));
      return s;
    },
    'schedules:delete': async ({ scheduleId }) => {
      await guard('schedules:delete');
      const old = lib.schedules.find((x) => x.schedule_id === scheduleId);
      if (!old) throw new FakeFailure({ code: 'NOT_FOUND', message: 'Not found (404).' });
      lib.schedules = lib.schedules.filter((x) => x !== old);
      return old;
    },
    'schedules:sessions': async () => {
      await guard('schedules:sessions');
      return { items: [], nextCursor: null };
    },
  };
  return lib;
}
