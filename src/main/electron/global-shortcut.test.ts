import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron's globalShortcut, with accelerators "taken" by other apps.
const registered = new Map<string, () => void>();
const taken = new Set<string>();
vi.mock('electron', () => ({
  globalShortcut: {
    register: (acc: string, fn: () => void) => {
      if (acc.includes('Bogus')) throw new Error('conversion failure');
      if (taken.has(acc) || registered.has(acc)) return false;
      registered.set(acc, fn);
      return true;
    },
    unregister: (acc: string) => registered.delete(acc),
  },
}));

const { createGlobalShortcut } = await import('./global-shortcut');
const { createFakeCore } = await import('./testing/fake-core');

async function setup(initial: string | null) {
  const f = createFakeCore();
  if (initial !== null) await f.core.settings.update({ globalShortcut: initial });
  const notices: unknown[] = [];
  const onTrigger = vi.fn();
  const ctl = createGlobalShortcut({ settings: f.core.settings, onTrigger, notify: (n) => notices.push(n), locale: () => 'en' });
  return { f, ctl, notices, onTrigger };
}

describe('global shortcut', () => {
  beforeEach(() => {
    registered.clear();
    taken.clear();
  });

  it('registers the configured shortcut at start and it shows the window', async () => {
    const { ctl, onTrigger } = await setup('Alt+F1');
    expect(ctl.active()).toBe('Alt+F1');
    registered.get('Alt+F1')?.();
    expect(onTrigger).toHaveBeenCalledOnce();
  });

  it('switches to a free shortcut', async () => {
    const { f, ctl, notices } = await setup('Alt+F1');
    await f.core.settings.update({ globalShortcut: 'Ctrl+Alt+D' });
    expect(ctl.active()).toBe('Ctrl+Alt+D');
    expect([...registered.keys()]).toEqual(['Ctrl+Alt+D']);
    expect(notices).toEqual([]);
  });

  it('a shortcut taken by another app: the old one stays, the setting rolls back, the user is told', async () => {
    const { f, ctl, notices } = await setup('Alt+F1');
    taken.add('Ctrl+Alt+D');
    await f.core.settings.update({ globalShortcut: 'Ctrl+Alt+D' });
    await f.core.settings.flush();
    expect(ctl.active()).toBe('Alt+F1');
    expect([...registered.keys()]).toEqual(['Alt+F1']);
    expect(f.core.settings.get().globalShortcut).toBe('Alt+F1');
    expect(notices).toEqual([{ level: 'warning', key: 'desktop.notice.shortcutTaken', params: { accelerator: 'Ctrl+Alt+D', previous: 'Alt+F1' } }]);
  });

  it('an invalid accelerator never reaches Electron; a throwing one is treated as taken', async () => {
    const { f, ctl, notices } = await setup(null);
    await f.core.settings.update({ globalShortcut: 'D' });
    await f.core.settings.flush();
    expect(ctl.active()).toBeNull();
    expect(f.core.settings.get().globalShortcut).toBeNull();
    expect(notices[0]).toMatchObject({ key: 'desktop.notice.shortcutInvalid', params: { accelerator: 'D', previous: 'no shortcut' } });
    await f.core.settings.update({ globalShortcut: 'Ctrl+Bogus' });
    await f.core.settings.flush();
    expect(ctl.active()).toBeNull();
  });

  it('turning it off unregisters; dispose releases it', async () => {
    const { f, ctl } = await setup('Alt+F1');
    await f.core.settings.update({ globalShortcut: null });
    expect(registered.size).toBe(0);
    await f.core.settings.update({ globalShortcut: 'Alt+F2' });
    ctl.dispose();
    expect(registered.size).toBe(0);
  });
});
