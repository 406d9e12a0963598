import { describe, expect, it } from 'vitest';
import type { SessionView } from './session-view';
import { trayMenuModel, type TrayMenuItem } from './tray-menu';

const NOW = Date.UTC(2026, 0, 15, 12, 0);

function view(id: string, updatedAt: number, over: Partial<SessionView> = {}): SessionView {
  return {
    id, title: `Task ${id}`, status: 'running', statusDetail: 'working', attention: false, group: 'running', tags: [], origin: null,
    acus: 0, prs: [], url: '', createdAt: 0, updatedAt, watched: true, playbookId: null, ...over,
  };
}
const labels = (items: TrayMenuItem[]) => items.map((i) => (i.kind === 'separator' ? '—' : i.label));

describe('trayMenuModel', () => {
  it('attention first, then the 5 most recent others, then the actions', () => {
    const sessions = [
      ...Array.from({ length: 8 }, (_, i) => view(`r${i}`, 1000 + i)),
      view('w', 10, { attention: true, group: 'attention', statusDetail: 'waiting_for_user' }),
      view('arch', 5000, { group: 'archived' }),
    ];
    const items = trayMenuModel({ signedIn: true, sessions, locale: 'en', dndUntil: null, nowMs: NOW });
    expect(labels(items)).toEqual([
      'Needs your attention: 1',
      'Task w (Waiting for you)',
      'Recent sessions',
      'Task r7 (Working)', 'Task r6 (Working)', 'Task r5 (Working)', 'Task r4 (Working)', 'Task r3 (Working)',
      '—',
      'New session…', 'Hand off a folder…', '—', 'Open window', 'Pause notifications', 'Settings…', '—', 'Quit Devin Tray',
    ]);
    expect(items[1]).toMatchObject({ kind: 'item', action: { type: 'openSession', sessionId: 'w' }, attention: true });
    const pause = items.find((i) => i.kind === 'submenu');
    expect(pause?.kind === 'submenu' && pause.items.map((i) => i.kind === 'item' && i.action)).toEqual([
      { type: 'pauseNotifications', minutes: 60 },
      { type: 'pauseNotifications', minutes: 240 },
      { type: 'pauseNotifications', minutes: 1440 },
    ]);
  });

  it('signed out: no sessions, actions needing an account disabled', () => {
    const items = trayMenuModel({ signedIn: false, sessions: [view('a', 1)], locale: 'zh-CN', dndUntil: null, nowMs: NOW });
    expect(labels(items)[0]).toBe('新建会话…');
    expect(items[0]).toMatchObject({ enabled: false });
    expect(items.some((i) => i.kind === 'item' && i.action.type === 'openSession')).toBe(false);
  });

  it('no sessions yet says so; DND offers resume with the time', () => {
    const items = trayMenuModel({ signedIn: true, sessions: [], locale: 'en', dndUntil: NOW + 90 * 60_000, nowMs: NOW, timeZone: 'UTC' });
    expect(labels(items)[0]).toBe('No sessions yet');
    expect(labels(items)).toContain('Resume notifications (paused until 1:30 PM)');
    const zh = trayMenuModel({ signedIn: true, sessions: [], locale: 'zh-CN', dndUntil: NOW + 90 * 60_000, nowMs: NOW, timeZone: 'UTC' });
    expect(labels(zh)).toContain('恢复通知（已暂停至 13:30）');
    expect(items.some((i) => i.kind === 'submenu')).toBe(false);
  });

  it('a downloaded update heads the menu with "Restart to update", in both languages', () => {
    const items = trayMenuModel({ signedIn: true, sessions: [], locale: 'en', dndUntil: null, nowMs: NOW, update: { version: '1.4.0' } });
    expect(labels(items).slice(0, 3)).toEqual(['Restart to update (1.4.0)', '—', 'No sessions yet']);
    expect(items[0]).toMatchObject({ kind: 'item', action: { type: 'restartToUpdate' }, enabled: true });
    const zh = trayMenuModel({ signedIn: false, sessions: [], locale: 'zh-CN', dndUntil: null, nowMs: NOW, update: { version: '1.4.0' } });
    expect(labels(zh)[0]).toBe('重新启动以更新（1.4.0）');
    const none = trayMenuModel({ signedIn: true, sessions: [], locale: 'en', dndUntil: null, nowMs: NOW, update: null });
    expect(none.some((i) => i.kind === 'item' && i.action.type === 'restartToUpdate')).toBe(false);
  });

  it('long titles are shortened', () => {
    const items = trayMenuModel({ signedIn: true, sessions: [view('a', 1, { title: 'x'.repeat(100) })], locale: 'en', dndUntil: null, nowMs: NOW });
    const item = items[1];
    expect(item?.kind === 'item' && item.label.length).toBeLessThan(70);
  });
});
