import { ipcMain } from 'electron';
import type { WebContents } from 'electron';
import type { Router } from '../ipc/router';

/** The one invoke channel and one event channel between preload and main; the router does the rest. */
export const INVOKE_CHANNEL = 'devin-tray:invoke';
export const EVENT_CHANNEL = 'devin-tray:event';

/**
 * Wires the router to ipcMain. The sender frame's URL goes to the router, which refuses anything
 * that is not the app's own renderer (e.g. a navigated or injected frame); the sender webContents'
 * id scopes the file and folder handles main issues, and `onSenderGone` ends them with it.
 */
export function registerIpc(router: Router, opts: { onSenderGone?: (senderId: string) => void } = {}): () => void {
  const watched = new Set<number>();
  ipcMain.handle(INVOKE_CHANNEL, (event, channel: unknown, payload: unknown) => {
    const senderUrl = event.senderFrame?.url ?? '';
    const sender = event.sender as { id?: number; once?: (name: 'destroyed', fn: () => void) => void } | undefined;
    const ctx: { senderUrl: string; senderId?: string } = { senderUrl };
    if (typeof sender?.id === 'number') {
      const id = sender.id;
      ctx.senderId = String(id);
      if (!watched.has(id) && sender.once) {
        watched.add(id);
        sender.once('destroyed', () => {
          watched.delete(id);
          opts.onSenderGone?.(String(id));
        });
      }
    }
    return router.handle(typeof channel === 'string' ? channel : '', payload, ctx);
  });
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}

export function sendEvent(target: WebContents | undefined, event: string, payload: unknown): void {
  if (target && !target.isDestroyed()) target.send(EVENT_CHANNEL, event, payload);
}
