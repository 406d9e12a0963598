import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { trayMenuModel } from '../../shared/sessions/tray-menu';
import { TRAY_ICON_STATES, trayIconFile, trayMenuTemplate, trayTitle } from './tray-model';
import type { SessionView } from '../../shared/sessions/session-view';

describe('trayIconFile', () => {
  it.each([
    ['needs-attention', 'darwin', 'tray-needs-attentionTemplate.png'],
    ['idle', 'win32', 'tray-idle.ico'],
    ['offline', 'linux', 'tray-offline.png'],
  ] as const)('%s on %s → %s', (state, platform, file) => {
    expect(trayIconFile(state, platform)).toBe(file);
  });
  it('covers the seven states', () => {
    expect(TRAY_ICON_STATES).toHaveLength(7);
  });
});

describe('trayTitle', () => {
  it.each([
    ['darwin', 0, ''],
    ['darwin', 3, '3'],
    ['darwin', 140, '99+'],
    ['win32', 3, ''],
    ['linux', 3, ''],
  ])('%s with %i → %j', (platform, count, title) => {
    expect(trayTitle(platform, count)).toBe(title);
  });
});

function view(id: string, over: Partial<SessionView> = {}): SessionView {
  return {
    id,
    title: `Task ${id}`,
    status: 'running',
    statusDetail: 'working',
    group: 'running',
    attention: false,
    watched: true,
    prs: [],
    ...over,
  } as SessionView;
}

describe('trayMenuTemplate', () => {
  const items = trayMenuModel({
    signedIn: true,
    sessions: [view('a', { attention: true, status: 'running', statusDetail: 'waiting_for_user', group: 'attention' } as Partial<SessionView>), view('b')],
    locale: 'en',
    dndUntil: null,
    nowMs: 0,
  });

  it('maps headers, sessions, submenus and separators, and adds About above Quit', () => {
    const dispatch = vi.fn();
    const tpl = trayMenuTemplate(items, dispatch, 'About Devin Tray');
    const labels = tpl.map((t) => t.label ?? t.type);
    expect(labels[0]).toBe('Needs your attention: 1');
    expect(tpl[0]?.enabled).toBe(false);
    expect(String(labels[1])).toMatch(/^● Task a/);
    expect(labels.slice(-3)).toEqual(['separator', 'About Devin Tray', 'Quit Devin Tray']);
    const pause = tpl.find((t) => t.label === 'Pause notifications');
    expect((pause?.submenu as MenuItemConstructorOptions[]).map((s) => s.label)).toEqual(['For 1 hour', 'For 4 hours', 'For 24 hours']);
  });

  it('clicks dispatch the model actions', () => {
    const dispatch = vi.fn();
    const tpl = trayMenuTemplate(items, dispatch, 'About');
    const click = (label: string | RegExp) => {
      const item = tpl.find((t) => (typeof label === 'string' ? t.label === label : label.test(t.label ?? '')));
      (item?.click as () => void)();
    };
    click(/Task a/);
    click('New session…');
    click('Hand off a folder…');
    click('About');
    click('Quit Devin Tray');
    const pause = tpl.find((t) => t.label === 'Pause notifications');
    ((pause?.submenu as MenuItemConstructorOptions[])[0]?.click as () => void)();
    expect(dispatch.mock.calls.map((c) => c[0])).toEqual([
      { type: 'openSession', sessionId: 'a' },
      { type: 'newSession' },
      { type: 'handoff' },
      { type: 'about' },
      { type: 'quit' },
      { type: 'pauseNotifications', minutes: 60 },
    ]);
  });

  it('signed out: session actions disabled', () => {
    const tpl = trayMenuTemplate(trayMenuModel({ signedIn: false, sessions: [], locale: 'en', dndUntil: null, nowMs: 0 }), vi.fn(), 'About');
    expect(tpl.find((t) => t.label === 'New session…')?.enabled).toBe(false);
    expect(tpl.find((t) => t.label === 'Open window')?.enabled).toBe(true);
  });
});
