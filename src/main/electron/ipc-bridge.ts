import { ipcMain } from 'electron';
import type { WebContents } from 'electron';
import type { Router } from '../ipc/router';

/** The one invoke channel and one event channel between preload and main; the router does the rest. */
export const INVOKE_CHANNEL = 'devin-tray:invoke';
export const EVENT_CHANNEL = 'devin-tray:event';

/**
 * Wires the router to ipcMain. The sender frame's URL goes to the router, which refuses anything
 * that is not the app's own renderer (e.g. a navigated or injected frame).
 */
export function registerIpc(router: Router): () => void {
  ipcMain.handle(INVOKE_CHANNEL, (event, channel: unknown, payload: unknown) => {
    const senderUrl = event.senderFrame?.url ?? '';
    return router.handle(typeof channel === 'string' ? channel : '', payload, { senderUrl });
  });
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}

export function sendEvent(target: WebContents | undefined, event: string, payload: unknown): void {
  if (target && !target.isDestroyed()) target.send(EVENT_CHANNEL, event, payload);
}
