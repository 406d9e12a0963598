import { describe, expect, it } from 'vitest';
import type { Session } from '../../shared/domain/session';
import type { SessionSnapshot } from '../../shared/sessions/transitions';
import { planChanges } from './change-plan';

function session(id: string, updated_at: number, status = 'running'): Session {
  return {
    session_id: id, url: '', status, tags: [], org_id: 'o', created_at: 1, updated_at, acus_consumed: 0, pull_requests: [], title: null,
    user_id: null, service_user_id: null, playbook_id: null, parent_session_id: null, child_session_ids: [], is_archived: false,
    origin: null, status_detail: 'working', structured_output: null, category: null, subcategory: null,
  };
}
const snap = (id: string, updatedAt: number): SessionSnapshot => ({ id, status: 'running', statusDetail: 'working', archived: false, prUrls: [], updatedAt, title: null });

describe('planChanges', () => {
  const known = new Map([['a', session('a', 100)]]);
  const table: [string, Session, ReadonlyMap<string, SessionSnapshot>, number | null, { changed: boolean; notify?: boolean }][] = [
    ['identical copy from the overlap: skipped', session('a', 100), new Map(), 100, { changed: false }],
    ['older copy (stale replica): skipped', session('a', 90, 'error'), new Map(), 100, { changed: false }],
    ['same updated_at, different fields: changed', session('a', 100, 'error'), new Map(), 100, { changed: true, notify: true }],
    ['first poll ever: learned silently', session('b', 500), new Map(), null, { changed: true, notify: false }],
    ['unseen, changed since last poll: notifies', session('b', 95), new Map(), 100, { changed: true, notify: true }],
    ['unseen, untouched since long before: silent', session('b', 50), new Map(), 100, { changed: true, notify: false }],
    ['persisted snapshot after restart: notifies', session('b', 50), new Map([['b', snap('b', 40)]]), 100, { changed: true, notify: true }],
  ];
  it.each(table)('%s', (_name, listed, snapshots, cursor, want) => {
    const out = planChanges([listed], known, snapshots, cursor, 10);
    expect(out.length > 0).toBe(want.changed);
    if (want.notify !== undefined) expect(out[0]?.notify).toBe(want.notify);
  });
});
