import { describe, expect, it } from 'vitest';
import type { Session } from '../../shared/domain/session';
import { DEFAULT_NOTIFICATION_SETTINGS, type NotificationSettings } from '../../shared/sessions/notification-settings';
import { ingestBatch, type IngestBatch, type IngestSource } from './ingest-batch';
import { TrackerMemory } from './tracker-memory';

function session(id: string, updated_at: number, status = 'running', status_detail: string | null = 'working'): Session {
  return {
    session_id: id, url: '', status, tags: [], org_id: 'o', created_at: 1, updated_at, acus_consumed: 0, pull_requests: [], title: `T ${id}`,
    user_id: null, service_user_id: null, playbook_id: null, parent_session_id: null, child_session_ids: [], is_archived: false,
    origin: null, status_detail, structured_output: null, category: null, subcategory: null,
  };
}

const settings: NotificationSettings = { ...DEFAULT_NOTIFICATION_SETTINGS, scope: 'all', group: false };
const limits = { maxSnapshots: 100, maxNotifiedKeys: 100 };

/** Ingests with fixed settings; records every `lastDevinMessage` request. */
function ingester(memory: TrackerMemory, over: Partial<IngestBatch> = {}) {
  const asked: [string, number][] = [];
  const run = (sessions: Session[], source: IngestSource) =>
    ingestBatch(memory, {
      sessions, source, settings, locale: 'en', nowMs: 0, overlapSec: 10,
      lastDevinMessage: async (id, updatedAt) => {
        asked.push([id, updatedAt]);
        return 'Which branch?';
      },
      ...over,
    });
  return { run, asked };
}

describe('ingestBatch', () => {
  it('learns the first list silently, then notifies a transition once and remembers it', async () => {
    const memory = new TrackerMemory(limits);
    const { run } = ingester(memory);
    const first = await run([session('devin-a', 100)], 'list');
    expect(first).toMatchObject({ transitions: [], notifications: [], cursorMoved: true });
    expect(first.changes).toHaveLength(1);

    const second = await run([session('devin-a', 200, 'error')], 'list');
    expect(second.transitions.map((t) => [t.kind, t.key, t.session.id])).toEqual([['error', 'devin-a:error:200', 'devin-a']]);
    expect(second.notifications.map((n) => [n.id, n.title])).toEqual([['devin-a:error:200', 'Error: T devin-a']]);
    expect(memory.hasNotified('devin-a:error:200')).toBe(true);

    // The same copy again (the overlap re-lists it): nothing new.
    expect(await run([session('devin-a', 200, 'error')], 'list')).toMatchObject({ changes: [], transitions: [], notifications: [] });

    // After a restart that lost the snapshots, the remembered key alone prevents a repeat.
    const restarted = new TrackerMemory(limits);
    restarted.restore({ ...memory.toState(), snapshots: [] });
    const again = await ingester(restarted).run([session('devin-a', 200, 'error')], 'list');
    expect(again.changes).toHaveLength(1);
    expect(again).toMatchObject({ transitions: [], notifications: [] });
  });

  it('an action records its transitions without notifying (and fetches no message for it)', async () => {
    const memory = new TrackerMemory(limits);
    const { run, asked } = ingester(memory);
    await run([session('devin-a', 100)], 'list');
    const r = await run([session('devin-a', 150, 'running', 'waiting_for_user')], 'action');
    expect(r.transitions.map((t) => t.kind)).toEqual(['waiting_for_user']);
    expect(r.notifications).toEqual([]);
    expect(asked).toEqual([]);
    expect(memory.hasNotified('devin-a:waiting_for_user:150')).toBe(true);
    expect(memory.snapshots.get('devin-a')?.statusDetail).toBe('waiting_for_user');
  });

  it('only a list moves the cursor, and only forward', async () => {
    const memory = new TrackerMemory(limits);
    const { run } = ingester(memory);
    await run([session('devin-a', 100)], 'list');
    expect(await run([session('devin-b', 300)], 'get')).toMatchObject({ cursorMoved: false });
    expect(await run([session('devin-c', 400)], 'action')).toMatchObject({ cursorMoved: false });
    expect(memory.cursor).toBe(100);
    expect(await run([session('devin-d', 50)], 'list')).toMatchObject({ cursorMoved: false });
    expect(memory.cursor).toBe(100);
    expect(await run([session('devin-e', 120)], 'list')).toMatchObject({ cursorMoved: true });
    expect(memory.cursor).toBe(120);
  });

  it('oldest change first; a waiting notification carries Devin’s last message; ids get their prefix', async () => {
    const memory = new TrackerMemory(limits);
    const { run, asked } = ingester(memory);
    await run([session('devin-a', 100), session('devin-b', 100)], 'list');
    const r = await run([session('b', 130, 'running', 'waiting_for_user'), session('devin-a', 120, 'error')], 'list');
    expect(r.changes.map((c) => c.session.session_id)).toEqual(['devin-a', 'devin-b']);
    expect(r.notifications.map((n) => [n.kind, n.sessionId])).toEqual([['error', 'devin-a'], ['waiting_for_user', 'devin-b']]);
    expect(r.notifications[1]?.body).toBe('Devin: Which branch?');
    expect(asked).toEqual([['devin-b', 130]]);
  });

  it('groups notifications when the settings say so', async () => {
    const memory = new TrackerMemory(limits);
    const { run } = ingester(memory, { settings: { ...settings, group: true } });
    await run([session('devin-a', 100), session('devin-b', 100)], 'list');
    const r = await run([session('devin-a', 110, 'running', 'finished'), session('devin-b', 111, 'running', 'finished')], 'list');
    expect(r.transitions).toHaveLength(2);
    expect(r.notifications).toHaveLength(1);
    expect(r.notifications[0]?.transitionKeys).toHaveLength(2);
  });
});
