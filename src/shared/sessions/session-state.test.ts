import { describe, expect, it } from 'vitest';
import type { Session } from '../domain/session';
import { matchesSessionFilter } from './session-filter';
import { groupOf, isActive, needsAttention, stateKey, type SessionStateFields } from './session-state';
import { toSessionView } from './session-view';

const s = (status: string, status_detail: string | null = null, is_archived = false): SessionStateFields => ({ status, status_detail, is_archived });

describe('groupOf / needsAttention / isActive', () => {
  const table: [SessionStateFields, string, boolean, boolean, string][] = [
    [s('new'), 'running', false, true, 'sessions.state.starting'],
    [s('claimed'), 'running', false, true, 'sessions.state.starting'],
    [s('running', 'working'), 'running', false, true, 'sessions.state.working'],
    [s('running', null), 'running', false, true, 'sessions.state.running'],
    [s('running', 'waiting_for_user'), 'attention', true, true, 'sessions.state.waiting_for_user'],
    [s('running', 'waiting_for_approval'), 'attention', true, true, 'sessions.state.waiting_for_approval'],
    [s('running', 'finished'), 'finished', false, false, 'sessions.state.finished'],
    [s('exit'), 'finished', false, false, 'sessions.state.ended'],
    [s('error'), 'error', false, false, 'sessions.state.error'],
    [s('suspended', 'inactivity'), 'suspended', false, false, 'sessions.state.suspended'],
    [s('resuming'), 'running', false, true, 'sessions.state.starting'],
    [s('creating'), 'running', false, true, 'sessions.state.starting'],
    [s('running', 'waiting_for_user', true), 'archived', false, false, 'sessions.state.archived'],
  ];
  it.each(table)('%j → %s', (fields, group, attention, active, key) => {
    expect(groupOf(fields)).toBe(group);
    expect(needsAttention(fields)).toBe(attention);
    expect(isActive(fields)).toBe(active);
    expect(stateKey(fields)).toBe(key);
  });
});

const session: Session = {
  session_id: 'devin-1',
  url: 'https://app.devin.ai/sessions/1',
  status: 'running',
  status_detail: 'waiting_for_user',
  tags: ['handoff', 'web'],
  org_id: 'org-1',
  created_at: 1_700_000_000,
  updated_at: 1_700_000_100,
  acus_consumed: 2.5,
  pull_requests: [{ pr_url: 'https://github.com/o/r/pull/1', pr_state: 'open' }],
  title: 'Fix login',
  user_id: null,
  service_user_id: 'su',
  playbook_id: 'playbook-1',
  parent_session_id: null,
  child_session_ids: [],
  is_archived: false,
  origin: 'api',
  structured_output: null,
  category: null,
  subcategory: null,
} as unknown as Session;

describe('toSessionView', () => {
  it('maps fields, ms timestamps, derived group and watched flag', () => {
    const v = toSessionView(session, new Set(['devin-1']));
    expect(v).toEqual({
      id: 'devin-1',
      title: 'Fix login',
      status: 'running',
      statusDetail: 'waiting_for_user',
      attention: true,
      group: 'attention',
      tags: ['handoff', 'web'],
      origin: 'api',
      acus: 2.5,
      prs: [{ url: 'https://github.com/o/r/pull/1', state: 'open' }],
      url: 'https://app.devin.ai/sessions/1',
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_100_000,
      watched: true,
      playbookId: 'playbook-1',
      userId: null,
      serviceUserId: 'su',
      orgId: 'org-1',
      prompt: null,
      repos: ['o/r'],
    });
    expect(toSessionView(session, new Set()).watched).toBe(false);
    // What the tracker knows beyond the API: the prompt, and the repos sent at create (first).
    const extra = toSessionView(session, new Set(), { prompt: 'Fix the login bug', repos: ['acme/web', 'o/r'] });
    expect([extra.prompt, extra.repos]).toEqual(['Fix the login bug', ['acme/web', 'o/r']]);
  });

  it('filters: archived hidden unless asked, tags ALL, text, watchedOnly', () => {
    const v = toSessionView(session, new Set());
    const archived = toSessionView({ ...session, is_archived: true }, new Set());
    expect(matchesSessionFilter(v)).toBe(true);
    expect(matchesSessionFilter(v, { orgIds: ['org-1', 'org-2'] })).toBe(true);
    expect(matchesSessionFilter(v, { orgIds: ['org-2'] })).toBe(false);
    expect(matchesSessionFilter(archived)).toBe(false);
    expect(matchesSessionFilter(archived, { groups: ['archived'] })).toBe(true);
    expect(matchesSessionFilter(v, { groups: ['running'] })).toBe(false);
    expect(matchesSessionFilter(v, { tags: ['handoff', 'web'] })).toBe(true);
    expect(matchesSessionFilter(v, { tags: ['handoff', 'cli'] })).toBe(false);
    expect(matchesSessionFilter(v, { text: 'LOGIN' })).toBe(true);
    expect(matchesSessionFilter(v, { text: 'nope' })).toBe(false);
    expect(matchesSessionFilter(v, { watchedOnly: true })).toBe(false);
  });
});
