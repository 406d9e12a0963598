import { describe, expect, it, vi } from 'vitest';

const handlers = new Map<string, (...a: unknown[]) => unknown>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (ch: string, fn: (...a: unknown[]) => unknown) => handlers.set(ch, fn),
    removeHandler: (ch: string) => handlers.delete(ch),
  },
}));

const { registerIpc, sendEvent, INVOKE_CHANNEL, EVENT_CHANNEL } = await import('./ipc-bridge');

describe('registerIpc', () => {
  it('passes the sender frame URL to the router so it can refuse foreign frames', async () => {
    const handle = vi.fn(async () => ({ ok: true as const, value: 1 }));
    const dispose = registerIpc({ handle });
    const fn = handlers.get(INVOKE_CHANNEL)!;
    await fn({ senderFrame: { url: 'file:///app/index.html' } }, 'app:info', undefined);
    expect(handle).toHaveBeenCalledWith('app:info', undefined, { senderUrl: 'file:///app/index.html' });
    await fn({ senderFrame: null }, 42, 'x');
    expect(handle).toHaveBeenLastCalledWith('', 'x', { senderUrl: '' });
    dispose();
    expect(handlers.has(INVOKE_CHANNEL)).toBe(false);
  });

  it('sends events only to live webContents', () => {
    const live = { isDestroyed: () => false, send: vi.fn() };
    const dead = { isDestroyed: () => true, send: vi.fn() };
    sendEvent(live as never, 'account:changed', { signedIn: false });
    sendEvent(dead as never, 'account:changed', {});
    expect(live.send).toHaveBeenCalledWith(EVENT_CHANNEL, 'account:changed', { signedIn: false });
    expect(dead.send).not.toHaveBeenCalled();
  });
});
