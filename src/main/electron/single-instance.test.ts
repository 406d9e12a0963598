import { beforeEach, describe, expect, it, vi } from 'vitest';

const appEvents = new Map<string, (...a: unknown[]) => void>();
let lockGranted = true;
vi.mock('electron', () => ({
  app: {
    requestSingleInstanceLock: () => lockGranted,
    on: (name: string, fn: (...a: unknown[]) => void) => appEvents.set(name, fn),
  },
}));

const { claimSingleInstance } = await import('./single-instance');
const { routeDeepLink } = await import('./deep-link-model');

describe('claimSingleInstance', () => {
  beforeEach(() => {
    appEvents.clear();
    lockGranted = true;
  });

  it('a second instance gets null (and should quit)', () => {
    lockGranted = false;
    expect(claimSingleInstance({ onLink: vi.fn(), onSecondLaunch: vi.fn() }, [])).toBeNull();
    expect(appEvents.size).toBe(0);
  });

  it('forwards a deep link from a second launch (Windows/Linux) to the first instance', () => {
    const onLink = vi.fn();
    const onSecondLaunch = vi.fn();
    claimSingleInstance({ onLink, onSecondLaunch }, ['/opt/devin-tray'])!.ready();
    appEvents.get('second-instance')?.({}, ['/opt/devin-tray', '--no-sandbox', 'devin-tray://handoff?path=%2Fhome%2Fana%2Frepo&task=Fix'], '/home/ana');
    expect(onLink).toHaveBeenCalledWith('devin-tray://handoff?path=%2Fhome%2Fana%2Frepo&task=Fix');
    expect(routeDeepLink(onLink.mock.calls[0]![0] as string)).toEqual({ type: 'handoff', path: '/home/ana/repo', task: 'Fix' });
    expect(onSecondLaunch).not.toHaveBeenCalled();
  });

  it('a second launch with a CLI --handoff folder is forwarded as the equivalent link', () => {
    const onLink = vi.fn();
    claimSingleInstance({ onLink, onSecondLaunch: vi.fn() }, [])!.ready();
    appEvents.get('second-instance')?.({}, ['devin-tray', '--handoff', '/srv/app'], '/');
    expect(routeDeepLink(onLink.mock.calls[0]![0] as string)).toEqual({ type: 'handoff', path: '/srv/app' });
  });

  it('a plain second launch shows the window', () => {
    const onSecondLaunch = vi.fn();
    claimSingleInstance({ onLink: vi.fn(), onSecondLaunch }, [])!.ready();
    appEvents.get('second-instance')?.({}, ['/opt/devin-tray'], '/');
    expect(onSecondLaunch).toHaveBeenCalledOnce();
  });

  it('macOS open-url: default prevented, link delivered', () => {
    const onLink = vi.fn();
    claimSingleInstance({ onLink, onSecondLaunch: vi.fn() }, [])!.ready();
    const event = { preventDefault: vi.fn() };
    appEvents.get('open-url')?.(event, 'devin-tray://session?id=devin-abc');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(onLink).toHaveBeenCalledWith('devin-tray://session?id=devin-abc');
  });

  it('links that arrive before ready (the launch link, an early open-url) wait, in order, and are delivered once', () => {
    const onLink = vi.fn();
    const single = claimSingleInstance({ onLink, onSecondLaunch: vi.fn() }, ['/opt/devin-tray', 'devin-tray://session?id=devin-1'])!;
    appEvents.get('open-url')?.({ preventDefault: vi.fn() }, 'devin-tray://session?id=devin-2');
    expect(onLink).not.toHaveBeenCalled();
    single.ready();
    single.ready();
    expect(onLink.mock.calls).toEqual([['devin-tray://session?id=devin-1'], ['devin-tray://session?id=devin-2']]);
  });
});
