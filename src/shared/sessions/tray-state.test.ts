import { describe, expect, it } from 'vitest';
import type { SessionView } from './session-view';
import type { TrackerStatus } from './tracker-status';
import { trayState, type TrayStateInput } from './tray-state';

function view(id: string, group: SessionView['group'], watched = true): SessionView {
  return {
    id, title: id, status: 'running', statusDetail: null, attention: group === 'attention', group, tags: [], origin: null,
    acus: 0, prs: [], url: '', createdAt: 0, updatedAt: 0, watched, playbookId: null,
  };
}
const ok: TrackerStatus = { kind: 'ok', lastSyncMs: 1 };
const base: TrayStateInput = { signedIn: true, demo: false, online: true, trackerStatus: ok, sessions: [], locale: 'en' };

describe('trayState', () => {
  const table: [string, Partial<TrayStateInput>, string, number, string][] = [
    ['signed out wins', { signedIn: false, online: false, sessions: [view('a', 'attention')] }, 'signed-out', 1, 'Devin Tray: not signed in'],
    ['demo', { demo: true, sessions: [view('a', 'running')] }, 'demo', 0, 'Devin Tray (DEMO): sample data'],
    ['offline', { online: false, sessions: [view('a', 'attention')] }, 'offline', 1, 'Devin Tray: offline, updates paused'],
    ['paused offline by tracker', { trackerStatus: { kind: 'paused', reason: 'offline', lastSyncMs: null } }, 'offline', 0, 'Devin Tray: offline, updates paused'],
    ['auth lost', { trackerStatus: { kind: 'auth_lost', lastSyncMs: null } }, 'error', 0, 'Devin Tray: the API key was rejected; sign in again'],
    ['network failure', { trackerStatus: { kind: 'error', code: 'NETWORK', message: 'x', retryInS: 20, untilMs: 0, lastSyncMs: null } }, 'error', 0, 'Devin Tray: cannot reach Devin; retrying in 20 s'],
    ['timeout is the network too', { trackerStatus: { kind: 'error', code: 'TIMEOUT', message: 'x', retryInS: 5, untilMs: 0, lastSyncMs: null } }, 'error', 0, 'Devin Tray: cannot reach Devin; retrying in 5 s'],
    ['503 is Devin unavailable, not the network', { trackerStatus: { kind: 'error', code: 'SERVER', message: 'x', retryInS: 20, untilMs: 0, lastSyncMs: null, status: 503 } }, 'error', 0, 'Devin Tray: Devin is unavailable or under maintenance; retrying in 20 s'],
    ['500 is a server error', { trackerStatus: { kind: 'error', code: 'SERVER', message: 'x', retryInS: 20, untilMs: 0, lastSyncMs: null, status: 500 } }, 'error', 0, 'Devin Tray: Devin had a server error; retrying in 20 s'],
    ['a malformed answer', { trackerStatus: { kind: 'error', code: 'BAD_RESPONSE', message: 'x', retryInS: 9, untilMs: 0, lastSyncMs: null } }, 'error', 0, 'Devin Tray: cannot sync with Devin; retrying in 9 s'],
    ['zh-CN 503', { locale: 'zh-CN', trackerStatus: { kind: 'error', code: 'SERVER', message: 'x', retryInS: 20, untilMs: 0, lastSyncMs: null, status: 503 } }, 'error', 0, 'Devin Tray：Devin 暂不可用或正在维护，20 秒后重试'],
    ['zh-CN network', { locale: 'zh-CN', trackerStatus: { kind: 'error', code: 'NETWORK', message: 'x', retryInS: 20, untilMs: 0, lastSyncMs: null } }, 'error', 0, 'Devin Tray：无法连接 Devin，20 秒后重试'],
    ['zh-CN 401', { locale: 'zh-CN', trackerStatus: { kind: 'auth_lost', lastSyncMs: null } }, 'error', 0, 'Devin Tray：API 密钥被拒绝，请重新登录'],
    ['attention over running', { sessions: [view('a', 'attention'), view('b', 'running'), view('c', 'attention')] }, 'needs-attention', 2, 'Devin Tray: needs your attention: 2'],
    ['running', { sessions: [view('a', 'running'), view('b', 'finished')] }, 'running', 0, 'Devin Tray: running: 1'],
    ['idle', { sessions: [view('a', 'finished'), view('b', 'error')] }, 'idle', 0, 'Devin Tray: no session running'],
    ['archived never counts', { sessions: [{ ...view('a', 'archived'), attention: true }] }, 'idle', 0, 'Devin Tray: no session running'],
    ['rate limited is not an error', { trackerStatus: { kind: 'rate_limited', retryInS: 12, untilMs: 0, lastSyncMs: 1 }, sessions: [view('a', 'running')] }, 'running', 0, 'Devin Tray: running: 1 (rate limited, retrying in 12 s)'],
    ['DND said in the tooltip', { dndActive: true }, 'idle', 0, 'Devin Tray: no session running (notifications paused)'],
    ['zh-CN attention', { locale: 'zh-CN', sessions: [view('a', 'attention')] }, 'needs-attention', 1, 'Devin Tray：需要你处理：1'],
  ];
  it.each(table)('%s', (_name, over, state, attention, tooltip) => {
    const r = trayState({ ...base, ...over });
    expect(r.state).toBe(state);
    expect(r.attentionCount).toBe(attention);
    expect(r.tooltip).toBe(tooltip);
  });
});

describe('trayState: today’s ACUs (usage)', () => {
  it('are said after the rest when known, in the locale’s numbers; not when unknown, signed out or in the demo', () => {
    expect(trayState({ ...base, sessions: [view('a', 'running')], todayAcus: 1234.56 }).tooltip).toBe('Devin Tray: running: 1 · Today: 1,235 ACUs');
    expect(trayState({ ...base, locale: 'zh-CN', todayAcus: 0 }).tooltip).toMatch(/ · 今日：0 ACU$/);
    expect(trayState({ ...base, todayAcus: null }).tooltip).toBe('Devin Tray: no session running');
    expect(trayState({ ...base, signedIn: false, todayAcus: 3 }).tooltip).toBe('Devin Tray: not signed in');
    expect(trayState({ ...base, demo: true, todayAcus: 3 }).tooltip).toBe('Devin Tray (DEMO): sample data');
  });
});
