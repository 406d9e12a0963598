import { describe, expect, it } from 'vitest';
import { decideNotifications, previewText, type NotificationContext } from './notification-policy';
import { DEFAULT_NOTIFICATION_SETTINGS, type NotificationSettings } from './notification-settings';
import type { SessionSnapshot } from './transitions';

const NOW = Date.UTC(2026, 0, 15, 12);

function snap(status: string, statusDetail: string | null = null, extra: Partial<SessionSnapshot> = {}): SessionSnapshot {
  return { id: 'devin-abc', status, statusDetail, archived: false, prUrls: [], updatedAt: 100, title: 'Fix login bug', ...extra };
}
const working = snap('running', 'working');
const ctx = (over: Partial<NotificationContext> = {}): NotificationContext => ({ locale: 'en', nowMs: NOW, watched: true, ...over });
const settings = (over: Partial<NotificationSettings> = {}): NotificationSettings => ({ ...DEFAULT_NOTIFICATION_SETTINGS, ...over });

describe('decideNotifications: what each kind says', () => {
  const table: [string, SessionSnapshot, NotificationContext, string, string][] = [
    ['finished', snap('running', 'finished'), ctx(), 'Finished: Fix login bug', 'Devin completed the task.'],
    ['ended', snap('exit'), ctx(), 'Finished: Fix login bug', 'The session has ended.'],
    ['waiting with message', snap('running', 'waiting_for_user'), ctx({ lastDevinMessage: 'Which   branch\nshould I use?' }), 'Waiting for you: Fix login bug', 'Devin: Which branch should I use?'],
    ['waiting with Markdown', snap('running', 'waiting_for_user'), ctx({ lastDevinMessage: '**Which** branch?\n```sh\ngit branch\n```\n| a | b |\n|---|---|\nSee [PR](https://x/pr/1)' }), 'Waiting for you: Fix login bug', 'Devin: Which branch? git branch a · b See PR'],
    ['waiting without message', snap('running', 'waiting_for_user'), ctx(), 'Waiting for you: Fix login bug', 'Devin needs your reply to continue.'],
    ['approval', snap('running', 'waiting_for_approval'), ctx(), 'Approval needed: Fix login bug', 'Devin is waiting for you to approve an action.'],
    ['error', snap('error'), ctx(), 'Error: Fix login bug', 'The session stopped with an error.'],
    ['suspended: inactivity', snap('suspended', 'inactivity'), ctx(), 'Suspended: Fix login bug', 'Reason: inactivity. Send a message to resume it.'],
    ['suspended: credits', snap('suspended', 'out_of_credits'), ctx(), 'Suspended: Fix login bug', 'Reason: out of credits. Send a message to resume it.'],
    ['suspended: unknown reason', snap('suspended', 'moon_phase'), ctx(), 'Suspended: Fix login bug', 'Reason: an unknown reason (moon_phase). Send a message to resume it.'],
    ['zh-CN finished', snap('running', 'finished'), ctx({ locale: 'zh-CN' }), '已完成：Fix login bug', 'Devin 已完成任务。'],
    ['zh-CN suspended: usage limit', snap('suspended', 'usage_limit_exceeded'), ctx({ locale: 'zh-CN' }), '已暂停：Fix login bug', '原因：已达到使用上限。发送一条消息即可恢复。'],
    ['zh-CN suspended: credits', snap('suspended', 'out_of_credits'), ctx({ locale: 'zh-CN' }), '已暂停：Fix login bug', '原因：额度已用完。发送一条消息即可恢复。'],
    ['untitled', snap('error', null, { title: null }), ctx(), 'Error: Session devin-abc', 'The session stopped with an error.'],
  ];
  it.each(table)('%s', (_name, next, c, title, body) => {
    const [n, ...rest] = decideNotifications(working, next, settings(), c);
    expect(rest).toEqual([]);
    expect(n?.title).toBe(title);
    expect(n?.body).toBe(body);
    expect(n?.sessionId).toBe('devin-abc');
    expect(n?.id).toBe(`devin-abc:${n?.kind}:100`);
  });

  it('PR opened names the PR and carries its URL', () => {
    const [n] = decideNotifications(working, snap('running', 'working', { prUrls: ['https://github.com/o/r/pull/7'] }), settings(), ctx());
    expect(n).toMatchObject({ kind: 'pr_opened', title: 'Pull request opened: Fix login bug', body: 'https://github.com/o/r/pull/7', prUrl: 'https://github.com/o/r/pull/7' });
  });
});

describe('decideNotifications: settings', () => {
  const finished = snap('running', 'finished');
  const table: [string, NotificationSettings, NotificationContext, number][] = [
    ['defaults, watched', settings(), ctx(), 1],
    ['defaults, not watched: watched-only scope drops it', settings(), ctx({ watched: false }), 0],
    ['scope all, not watched', settings({ scope: 'all' }), ctx({ watched: false }), 1],
    ['master switch off', settings({ enabled: false }), ctx(), 0],
    ['kind off', settings({ kinds: { ...DEFAULT_NOTIFICATION_SETTINGS.kinds, finished: false } }), ctx(), 0],
    ['other kind off', settings({ kinds: { ...DEFAULT_NOTIFICATION_SETTINGS.kinds, error: false } }), ctx(), 1],
    ['DND until later', settings({ dndUntil: NOW + 60_000 }), ctx(), 0],
    ['DND expired', settings({ dndUntil: NOW - 1 }), ctx(), 1],
    ['DND ends exactly now', settings({ dndUntil: NOW }), ctx(), 1],
  ];
  it.each(table)('%s', (_name, s, c, count) => {
    expect(decideNotifications(working, finished, s, c)).toHaveLength(count);
  });

  it('sound off makes it silent', () => {
    expect(decideNotifications(working, finished, settings({ sound: false }), ctx())[0]?.silent).toBe(true);
    expect(decideNotifications(working, finished, settings(), ctx())[0]?.silent).toBe(false);
  });

  it('nothing for no change', () => {
    expect(decideNotifications(working, working, settings(), ctx())).toEqual([]);
  });
});

describe('previewText', () => {
  it('flattens whitespace and cuts long text with an ellipsis', () => {
    expect(previewText(' a \n\n b ')).toBe('a b');
    const long = previewText('x'.repeat(500), 20);
    expect(long).toHaveLength(20);
    expect(long.endsWith('…')).toBe(true);
  });
});
