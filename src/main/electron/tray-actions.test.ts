import { describe, expect, it, vi } from 'vitest';
import { createTrayActionHandler } from './tray-actions';
import type { TrayActionDeps } from './tray-actions';

function setup(folder: string | null = '/home/ana/repo') {
  const log: unknown[] = [];
  const deps: TrayActionDeps = {
    showWindow: () => log.push('show'),
    navigate: (nav) => log.push(['navigate', nav]),
    requestHandoff: (req) => log.push(['handoff', req]),
    requestOpen: (id) => log.push(['open', id]),
    pickFolder: async () => folder,
    updateNotifications: async (patch) => log.push(['notifications', patch]),
    showAbout: () => log.push('about'),
    restartToUpdate: () => log.push('restartToUpdate'),
    quit: () => log.push('quit'),
    now: () => 1_000,
    onError: (err) => log.push(['error', err]),
  };
  return { log, handle: createTrayActionHandler(deps) };
}

describe('tray actions', () => {
  it.each([
    [{ type: 'openSession', sessionId: 's1' }, ['show', ['open', 's1']]],
    [{ type: 'newSession' }, ['show', ['navigate', { section: 'sessions', newSession: true }]]],
    [{ type: 'openWindow' }, ['show']],
    [{ type: 'settings' }, ['show', ['navigate', { section: 'settings' }]]],
    [{ type: 'about' }, ['about']],
    [{ type: 'quit' }, ['quit']],
    [{ type: 'restartToUpdate' }, ['restartToUpdate']],
  ] as const)('%j', (action, expected) => {
    const { log, handle } = setup();
    handle(action);
    expect(log).toEqual(expected);
  });

  it('pause for an hour sets dndUntil; resume clears it', async () => {
    const { log, handle } = setup();
    handle({ type: 'pauseNotifications', minutes: 60 });
    handle({ type: 'resumeNotifications' });
    await vi.waitFor(() => expect(log).toEqual([['notifications', { dndUntil: 1_000 + 3_600_000 }], ['notifications', { dndUntil: null }]]));
  });

  it('hand off a folder: the folder picked in the dialog goes to the handoff screen as picked by the user; cancel does nothing', async () => {
    const picked = setup('/home/ana/repo');
    picked.handle({ type: 'handoff' });
    await vi.waitFor(() => expect(picked.log).toEqual(['show', ['handoff', { origin: 'dialog', path: '/home/ana/repo' }]]));
    const cancelled = setup(null);
    cancelled.handle({ type: 'handoff' });
    await new Promise((r) => setTimeout(r, 10));
    expect(cancelled.log).toEqual([]);
  });
});
