import { describe, expect, it } from 'vitest';
import type { SessionView } from './session-view';
import type { TrackerStatus } from './tracker-status';
import type { TrayMenuItem } from './tray-menu';
import { attentionScope, trayView, type TrayViewInput } from './tray-view';

const NOW = Date.UTC(2026, 0, 15, 12, 0);

function view(id: string, over: Partial<SessionView> = {}): SessionView {
  return {
    id, title: `Task ${id}`, status: 'running', statusDetail: 'working', attention: false, group: 'running', tags: [], origin: null,
    acus: 0, prs: [], url: '', createdAt: 0, updatedAt: 1000, watched: false, playbookId: null, ...over,
  };
}
const waiting = (id: string, watched: boolean, updatedAt = 1000) =>
  view(id, { attention: true, group: 'attention', statusDetail: 'waiting_for_user', watched, updatedAt });
const teammates = (n: number) => Array.from({ length: n }, (_, i) => waiting(`t${i}`, false, 2000 + i));
const ok: TrackerStatus = { kind: 'ok', lastSyncMs: 1 };
const base: TrayViewInput = {
  signedIn: true, demo: false, online: true, trackerStatus: ok, sessions: [], scope: 'watched', locale: 'en', dndUntil: null, dndActive: false, nowMs: NOW, timeZone: 'UTC',
};

const sessionItems = (menu: TrayMenuItem[]) => menu.filter((i) => i.kind === 'item' && i.action.type === 'openSession');
const attentionItems = (menu: TrayMenuItem[]) => sessionItems(menu).filter((i) => i.kind === 'item' && i.attention);
const headers = (menu: TrayMenuItem[]) => menu.filter((i) => i.kind === 'header').map((i) => (i.kind === 'header' ? i.label : ''));

describe('trayView: icon, badge, tooltip and menu from one scoped list', () => {
  // name, input, icon, badge, attention items listed, headers, tooltip
  const table: [string, Partial<TrayViewInput>, string, number, number, string[], string][] = [
    [
      'issue #13: watched scope, 27 teammates waiting, nothing of mine: idle everywhere, no attention section',
      { sessions: teammates(27) },
      'idle', 0, 0, [], 'Devin Tray: no session running',
    ],
    [
      'watched scope, 27 teammates waiting and 2 of mine: the 2 everywhere',
      { sessions: [...teammates(27), waiting('m1', true), waiting('m2', true), view('r', { watched: true })] },
      'needs-attention', 2, 2, ['Needs your attention: 2', 'Recent sessions'], 'Devin Tray: needs your attention: 2',
    ],
    [
      'all scope, 27 waiting: badge 27, ten listed, the header says 27',
      { scope: 'all', sessions: teammates(27) },
      'needs-attention', 27, 10, ['Needs your attention: 27'], 'Devin Tray: needs your attention: 27',
    ],
    [
      'archived sessions never count nor show',
      { scope: 'all', sessions: [{ ...waiting('a', true), group: 'archived' }] },
      'idle', 0, 0, [], 'Devin Tray: no session running',
    ],
    [
      'signed out: nothing counted, nothing listed',
      { signedIn: false, scope: 'all', sessions: teammates(3) },
      'signed-out', 0, 0, [], 'Devin Tray: not signed in',
    ],
    [
      'an error state keeps the count: badge and menu still agree',
      { sessions: [waiting('m', true)], trackerStatus: { kind: 'error', code: 'SERVER', message: 'x', retryInS: 30, untilMs: 0, lastSyncMs: 1, status: 503 } },
      'error', 1, 1, ['Needs your attention: 1'], 'Devin Tray: Devin is unavailable or under maintenance; retrying in 30 s',
    ],
    [
      'signed out by a 401: the tooltip says why (zh-CN)',
      { signedIn: false, keyRejected: true, locale: 'zh-CN', sessions: teammates(2) },
      'signed-out', 0, 0, [], 'Devin Tray：API 密钥被拒绝，请重新登录',
    ],
    [
      'zh-CN, watched scope with teammates',
      { locale: 'zh-CN', sessions: [...teammates(4), waiting('m', true)] },
      'needs-attention', 1, 1, ['需要你处理：1'], 'Devin Tray：需要你处理：1',
    ],
  ];
  it.each(table)('%s', (_name, over, icon, badge, listed, hdrs, tooltip) => {
    const v = trayView({ ...base, ...over });
    expect(v.icon).toBe(icon);
    expect(v.badgeCount).toBe(badge);
    expect(attentionItems(v.menu)).toHaveLength(listed);
    expect(headers(v.menu)).toEqual(hdrs);
    expect(v.tooltip).toBe(tooltip);
    // The invariant behind the issue: a menu listing sessions needing attention never sits under an icon saying otherwise.
    if (listed > 0) expect(['needs-attention', 'error', 'offline', 'demo']).toContain(v.icon);
    if (v.icon === 'idle' || v.icon === 'running') expect(listed).toBe(0);
  });

  it('past ten waiting, the rest is one "N more" item opening the window (both languages)', () => {
    const en = trayView({ ...base, scope: 'all', sessions: teammates(27) });
    expect(en.menu).toContainEqual({ kind: 'item', label: '17 more in the window…', action: { type: 'openWindow' }, enabled: true });
    const zh = trayView({ ...base, scope: 'all', locale: 'zh-CN', sessions: teammates(12) });
    expect(zh.menu).toContainEqual({ kind: 'item', label: '还有 2 个，在窗口中查看…', action: { type: 'openWindow' }, enabled: true });
  });

  it('watched scope with only teammates’ sessions says "No watched sessions", not "No sessions yet"', () => {
    const v = trayView({ ...base, sessions: teammates(2) });
    expect(v.menu[0]).toMatchObject({ kind: 'item', label: 'No watched sessions', enabled: false });
    const none = trayView({ ...base, sessions: [] });
    expect(none.menu[0]).toMatchObject({ kind: 'item', label: 'No sessions yet' });
    const zh = trayView({ ...base, locale: 'zh-CN', sessions: teammates(1) });
    expect(zh.menu[0]).toMatchObject({ label: '没有关注的会话' });
  });

  it('recent sessions are the scope’s too: a teammate’s session is never listed in the watched scope', () => {
    const v = trayView({ ...base, sessions: [view('mine', { watched: true }), view('theirs', { updatedAt: 9999 })] });
    expect(sessionItems(v.menu).map((i) => i.kind === 'item' && i.action)).toEqual([{ type: 'openSession', sessionId: 'mine' }]);
    expect(v.icon).toBe('running');
    expect(v.runningCount).toBe(1);
  });
});

describe('attentionScope', () => {
  it('keeps live sessions, watched ones only in the watched scope', () => {
    const s = [view('w', { watched: true }), view('o'), view('a', { group: 'archived', watched: true })];
    expect(attentionScope(s, 'watched').map((x) => x.id)).toEqual(['w']);
    expect(attentionScope(s, 'all').map((x) => x.id)).toEqual(['w', 'o']);
  });
});
