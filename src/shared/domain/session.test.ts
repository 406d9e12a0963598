import { describe, expect, it } from 'vitest';
import { pageSchema } from './page';
import { createdSessionSchema, isKnownSessionStatus, isTerminalStatus, sessionSchema } from './session';
import { sessionMessageSchema } from './session-message';
import { attachmentListSchema } from './attachment';

const full = {
  session_id: 'devin-abc',
  url: 'https://app.devin.ai/sessions/abc',
  status: 'running',
  status_detail: 'waiting_for_user',
  tags: ['handoff'],
  org_id: 'org-1',
  created_at: 1_700_000_000,
  updated_at: 1_700_000_100,
  acus_consumed: 1.5,
  pull_requests: [{ pr_url: 'https://github.com/o/r/pull/1', pr_state: 'open' }],
  title: 'Fix it',
  is_archived: false,
  origin: 'api',
  category: 'bug_fixing',
};

describe('sessionSchema', () => {
  it('parses the documented shape', () => {
    const s = sessionSchema.parse(full);
    expect(s).toMatchObject({ session_id: 'devin-abc', status: 'running', status_detail: 'waiting_for_user', acus_consumed: 1.5 });
    expect(s.pull_requests[0]).toEqual({ pr_url: 'https://github.com/o/r/pull/1', pr_state: 'open' });
  });

  it('accepts unknown enum values instead of failing', () => {
    const s = sessionSchema.parse({ ...full, status: 'teleporting', status_detail: 'napping', origin: 'carrier-pigeon', category: 'poetry' });
    expect([s.status, s.status_detail, s.origin, s.category]).toEqual(['teleporting', 'napping', 'carrier-pigeon', 'poetry']);
    expect(isKnownSessionStatus(s.status)).toBe(false);
  });

  it('drops unknown fields and defaults missing optional ones', () => {
    const minimal = { session_id: 'devin-x', url: 'u', status: 'new', created_at: 1, updated_at: 2, brand_new_field: { a: 1 } };
    const s = sessionSchema.parse(minimal);
    expect(s).not.toHaveProperty('brand_new_field');
    expect(s).toMatchObject({ tags: [], pull_requests: [], acus_consumed: 0, title: null, status_detail: null, is_archived: false, child_session_ids: [] });
  });

  it('reads null optional fields as null/defaults', () => {
    const s = sessionSchema.parse({ ...full, tags: null, pull_requests: null, title: null, origin: null, is_archived: null });
    expect(s).toMatchObject({ tags: [], pull_requests: [], title: null, origin: null, is_archived: false });
  });

  it('normalises timestamps given in ms or ISO to seconds', () => {
    const s = sessionSchema.parse({ ...full, created_at: 1_700_000_000_000, updated_at: '2023-11-14T22:13:20Z' });
    expect([s.created_at, s.updated_at]).toEqual([1_700_000_000, 1_700_000_000]);
  });

  it('fails when a required field is missing, naming it', () => {
    const r = sessionSchema.safeParse({ ...full, session_id: undefined });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['session_id']);
  });

  it('create accepts the docs example {session_id, url, status}', () => {
    const s = createdSessionSchema.parse({ session_id: 'devin-abc123', url: 'https://app.devin.ai/sessions/abc123', status: 'running' });
    expect(s).toMatchObject({ session_id: 'devin-abc123', created_at: null, tags: [] });
  });

  it('terminal statuses', () => {
    expect(['exit', 'error', 'suspended', 'running', 'creating'].map(isTerminalStatus)).toEqual([true, true, true, false, false]);
  });
});

describe('pageSchema', () => {
  const page = pageSchema(sessionMessageSchema);
  const msg = { event_id: 'e1', source: 'devin', message: 'hi', created_at: 1 };

  it('reads the envelope, defaulting optional fields', () => {
    expect(page.parse({ items: [msg] })).toEqual({ items: [msg], end_cursor: null, has_next_page: false, total: null });
    expect(page.parse({ items: [msg], end_cursor: 'c', has_next_page: true, total: 9 })).toMatchObject({ end_cursor: 'c', has_next_page: true, total: 9 });
  });

  it('reads a bare array as the only page', () => {
    expect(page.parse([msg])).toEqual({ items: [msg], end_cursor: null, has_next_page: false, total: 1 });
  });

  it('keeps an unknown message source', () => {
    expect(page.parse({ items: [{ ...msg, source: 'system' }] }).items[0]?.source).toBe('system');
  });
});

describe('attachmentListSchema', () => {
  const a = { attachment_id: 'att-1', name: 'out.txt', source: 'devin', url: 'https://x/att-1', content_type: 'text/plain' };

  it('accepts a bare array (schema) and {items} (docs example)', () => {
    expect(attachmentListSchema.parse([a])).toEqual([a]);
    const { source: _s, content_type: _c, ...exampleShape } = a;
    expect(attachmentListSchema.parse({ items: [exampleShape] })).toEqual([{ ...exampleShape, source: null, content_type: null }]);
  });
});
