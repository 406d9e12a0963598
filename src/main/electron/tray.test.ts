import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

interface FakeTray {
  image: string;
  title: string | null;
  tooltip: string;
  menus: MenuItemConstructorOptions[][];
  handlers: Record<string, (...a: unknown[]) => void>;
  destroyed: boolean;
}
const trays: FakeTray[] = [];
vi.mock('electron', () => {
  class Tray {
    rec: FakeTray;
    constructor(img: { path: string }) {
      this.rec = { image: img.path, title: null, tooltip: '', menus: [], handlers: {}, destroyed: false };
      trays.push(this.rec);
    }
    setImage(img: { path: string }) {
      this.rec.image = img.path;
    }
    setTitle(t: string) {
      this.rec.title = t;
    }
    setToolTip(t: string) {
      this.rec.tooltip = t;
    }
    setContextMenu(m: { template: MenuItemConstructorOptions[] }) {
      this.rec.menus.push(m.template);
    }
    on(name: string, fn: (...a: unknown[]) => void) {
      this.rec.handlers[name] = fn;
    }
    getBounds() {
      return { x: 1, y: 2, width: 3, height: 4 };
    }
    destroy() {
      this.rec.destroyed = true;
    }
  }
  return {
    Tray,
    Menu: { buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ template }) },
    nativeImage: { createFromPath: (path: string) => ({ path, setTemplateImage: vi.fn() }) },
  };
});

const { createTray } = await import('./tray');
const { createFakeCore, sessionView } = await import('./testing/fake-core');

function setup(platform: string) {
  const f = createFakeCore();
  const onAction = vi.fn();
  const onClick = vi.fn();
  let online = true;
  const ctl = createTray({ core: f.core, trayAssetsDir: '/assets/tray', platform, isOnline: () => online, now: () => 0, onAction, onClick });
  return { f, ctl, onAction, onClick, tray: trays.at(-1)!, goOffline: () => ((online = false), ctl.refresh()) };
}

describe('tray', () => {
  beforeEach(() => {
    trays.length = 0;
  });

  it('follows the state: signed out → running → needs attention (macOS template, count as title)', () => {
    const { f, tray } = setup('darwin');
    expect(tray.image).toBe('/assets/tray/tray-signed-outTemplate.png');
    expect(tray.tooltip).toBe('Devin Tray: not signed in');
    f.setAccount({ signedIn: true, orgId: 'o' });
    f.setSessions([sessionView('a')]);
    expect(tray.image).toBe('/assets/tray/tray-runningTemplate.png');
    expect(tray.title ?? '').toBe('');
    f.setSessions([sessionView('a', { attention: true, group: 'attention', statusDetail: 'waiting_for_user' }), sessionView('b', { attention: true, group: 'attention' })]);
    expect(tray.image).toBe('/assets/tray/tray-needs-attentionTemplate.png');
    expect(tray.title).toBe('2');
    expect(tray.tooltip).toBe('Devin Tray: needs your attention: 2');
  });

  it('Windows: .ico images, no title; offline and error states', () => {
    const { f, tray, goOffline } = setup('win32');
    f.setAccount({ signedIn: true, orgId: 'o' });
    f.setStatus({ kind: 'error', code: 'SERVER', message: 'x', retryInS: 30, untilMs: 0, lastSyncMs: null });
    expect(tray.image).toBe('/assets/tray/tray-error.ico');
    expect(tray.title).toBeNull();
    goOffline();
    expect(tray.image).toBe('/assets/tray/tray-offline.ico');
  });

  it('icon, title, badge, tooltip and menu agree on the watched scope (issue #13: idle icon over a menu of teammates’ sessions)', async () => {
    const f = createFakeCore();
    const badges: number[] = [];
    createTray({ core: f.core, trayAssetsDir: '/assets/tray', platform: 'darwin', isOnline: () => true, now: () => 0, onAction: vi.fn(), onClick: vi.fn(), setBadgeCount: (n) => badges.push(n) });
    const tray = trays.at(-1)!;
    f.setAccount({ signedIn: true, orgId: 'o' });
    expect(f.core.settings.get().notifications.scope).toBe('watched');
    const theirs = Array.from({ length: 27 }, (_, i) => sessionView(`t${i}`, { attention: true, group: 'attention', statusDetail: 'waiting_for_user', watched: false }));
    f.setSessions(theirs);
    const labels = () => tray.menus.at(-1)!.map((m) => String(m.label));
    expect(tray.image).toBe('/assets/tray/tray-idleTemplate.png');
    expect(tray.title ?? '').toBe('');
    expect(labels().some((l) => l.startsWith('Needs your attention'))).toBe(false);
    expect(labels()).toContain('No watched sessions');
    f.setSessions([...theirs, sessionView('mine', { attention: true, group: 'attention', statusDetail: 'waiting_for_user' })]);
    expect(tray.image).toBe('/assets/tray/tray-needs-attentionTemplate.png');
    expect(tray.title).toBe('1');
    expect(tray.tooltip).toBe('Devin Tray: needs your attention: 1');
    expect(labels().filter((l) => l.startsWith('● '))).toEqual(['● Task mine (Waiting for you)']);
    expect(badges).toEqual([1]);
    await f.core.sessions.updateNotificationSettings({ scope: 'all' });
    expect(tray.title).toBe('28');
    expect(labels()).toContain('Needs your attention: 28');
    expect(badges).toEqual([1, 28]);
  });

  it('a 401 signs out: the tooltip says the key was rejected until the next sign-in (zh-CN too)', () => {
    const { f, tray } = setup('linux');
    f.setAccount({ signedIn: true, orgId: 'o' });
    f.setStatus({ kind: 'auth_lost', lastSyncMs: null });
    expect(tray.tooltip).toBe('Devin Tray: the API key was rejected; sign in again');
    f.emit('authLost', { orgId: 'o', accountId: 'account-1' });
    f.setAccount({ signedIn: false, orgId: null });
    f.setStatus({ kind: 'stopped', lastSyncMs: null });
    expect(tray.image).toBe('/assets/tray/tray-signed-out.png');
    expect(tray.tooltip).toBe('Devin Tray: the API key was rejected; sign in again');
    f.setAccount({ signedIn: true, orgId: 'o' });
    f.setAccount({ signedIn: false, orgId: null });
    expect(tray.tooltip).toBe('Devin Tray: not signed in');
  });

  it('demo mode has its own icon', () => {
    const { f, tray } = setup('linux');
    f.setAccount({ signedIn: true, demo: true, orgId: 'o' });
    expect(tray.image).toBe('/assets/tray/tray-demo.png');
  });

  it('builds the menu from the model, rebuilds only when it changes, and clicks dispatch actions', () => {
    const { f, tray, onAction } = setup('linux');
    f.setAccount({ signedIn: true, orgId: 'o' });
    f.setSessions([sessionView('a')]);
    const count = tray.menus.length;
    f.setSessions([sessionView('a')]);
    expect(tray.menus.length).toBe(count);
    const menu = tray.menus.at(-1)!;
    const item = menu.find((m) => String(m.label).startsWith('Task a'));
    (item?.click as () => void)();
    expect(onAction).toHaveBeenCalledWith({ type: 'openSession', sessionId: 'a' });
    expect(menu.map((m) => m.label)).toContain('About Devin Tray');
  });

  it('pausing notifications shows "resume" and says so in the tooltip', async () => {
    const { f, tray } = setup('linux');
    f.setAccount({ signedIn: true, orgId: 'o' });
    await f.core.sessions.updateNotificationSettings({ dndUntil: 3_600_000 });
    expect(tray.menus.at(-1)!.some((m) => String(m.label).startsWith('Resume notifications'))).toBe(true);
    expect(tray.tooltip).toContain('(notifications paused)');
  });

  it('a downloaded update puts "Restart to update" at the top of the menu', () => {
    const { f, tray, onAction } = setup('linux');
    expect(tray.menus.at(-1)!.some((m) => String(m.label).startsWith('Restart to update'))).toBe(false);
    f.setUpdateOffer({ version: '1.4.0' });
    const first = tray.menus.at(-1)![0]!;
    expect(first.label).toBe('Restart to update (1.4.0)');
    (first.click as () => void)();
    expect(onAction).toHaveBeenCalledWith({ type: 'restartToUpdate' });
  });

  it('left click passes the tray bounds; dispose destroys the icon', () => {
    const { tray, onClick, ctl } = setup('darwin');
    tray.handlers['click']?.({}, { x: 10, y: 0, width: 22, height: 22 });
    expect(onClick).toHaveBeenCalledWith({ x: 10, y: 0, width: 22, height: 22 });
    expect(ctl.bounds()).toEqual({ x: 1, y: 2, width: 3, height: 4 });
    ctl.dispose();
    expect(tray.destroyed).toBe(true);
  });
});

describe('tray drops (macOS)', () => {
  it('hands a folder dropped on the icon to the handoff', () => {
    const f = createFakeCore();
    const onDropPaths = vi.fn();
    createTray({ core: f.core, trayAssetsDir: '/a', platform: 'darwin', isOnline: () => true, onAction: vi.fn(), onClick: vi.fn(), onDropPaths });
    trays.at(-1)!.handlers['drop-files']?.({}, ['/Users/ana/repo', '/Users/ana/other']);
    expect(onDropPaths).toHaveBeenCalledWith(['/Users/ana/repo', '/Users/ana/other']);
  });
});
