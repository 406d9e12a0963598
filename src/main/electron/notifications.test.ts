import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppNotification } from '../../shared/sessions/notification-policy';

interface Shown {
  opts: { title: string; body: string; silent: boolean; icon?: string };
  handlers: Record<string, () => void>;
}
const shown: Shown[] = [];
vi.mock('electron', () => {
  class Notification {
    static isSupported = () => true;
    rec: Shown;
    constructor(opts: Shown['opts']) {
      this.rec = { opts, handlers: {} };
    }
    on(name: string, fn: () => void) {
      this.rec.handlers[name] = fn;
    }
    show() {
      shown.push(this.rec);
    }
  }
  return { Notification };
});

const { createNotifier } = await import('./notifications');
const { createFakeCore } = await import('./testing/fake-core');

function n(over: Partial<AppNotification>): AppNotification {
  return { id: 'k', kind: 'finished', sessionId: 's1', sessionIds: ['s1'], transitionKeys: ['k'], subject: 'Fix', title: 'Finished: Fix', body: 'Devin completed the task.', silent: false, ...over };
}

function setup() {
  const f = createFakeCore();
  const openExternal = vi.fn(async () => undefined);
  const showWindow = vi.fn();
  createNotifier({ core: f.core, openExternal, showWindow, iconPath: '/assets/app/icon.png' });
  return { f, openExternal, showWindow };
}

describe('native notifications', () => {
  beforeEach(() => {
    shown.length = 0;
  });

  it('shows what the service decided, with its silent flag', () => {
    const { f } = setup();
    f.emit('notification', n({ silent: true }));
    expect(shown[0]?.opts).toEqual({ title: 'Finished: Fix', body: 'Devin completed the task.', silent: true, icon: '/assets/app/icon.png' });
  });

  it('click on a session notification: show the window and ask the UI to open the session', () => {
    const { f, showWindow, openExternal } = setup();
    const opened: string[] = [];
    f.core.sessions.on('open', (o) => opened.push(o.sessionId));
    f.emit('notification', n({ kind: 'waiting_for_user', sessionId: 's7' }));
    shown[0]?.handlers['click']?.();
    expect(showWindow).toHaveBeenCalledOnce();
    expect(opened).toEqual(['s7']);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('click on "PR opened": the PR in the browser when the allow-list has it, else the session', () => {
    const { f, showWindow, openExternal } = setup();
    f.core.externalUrls.allowExternalUrl('https://github.com/o/r/pull/9');
    f.emit('notification', n({ kind: 'pr_opened', prUrl: 'https://github.com/o/r/pull/9' }));
    shown[0]?.handlers['click']?.();
    expect(openExternal).toHaveBeenCalledWith('https://github.com/o/r/pull/9');
    expect(showWindow).not.toHaveBeenCalled();
    f.emit('notification', n({ kind: 'pr_opened', prUrl: 'https://evil.example/pull/1', sessionId: 's2' }));
    shown[1]?.handlers['click']?.();
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(f.calls.requestOpen).toEqual(['s2']);
  });

  it('a grouped notification just shows the window', () => {
    const { f, showWindow } = setup();
    f.emit('notification', n({ kind: 'mixed', sessionId: null, sessionIds: ['a', 'b'] }));
    shown[0]?.handlers['click']?.();
    expect(showWindow).toHaveBeenCalledOnce();
    expect(f.calls.requestOpen).toEqual([]);
  });

  it('a rejected key: one "signed out" notification until the next sign-in', () => {
    const { f, showWindow } = setup();
    f.emit('authLost', undefined as never);
    f.emit('authLost', undefined as never);
    expect(shown.map((s) => s.opts.title)).toEqual(['Signed out of Devin']);
    shown[0]?.handlers['click']?.();
    expect(showWindow).toHaveBeenCalledOnce();
    f.setAccount({ signedIn: true });
    f.emit('authLost', undefined as never);
    expect(shown).toHaveLength(2);
  });
});
