import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { BridgeTransport } from '../shared/ipc/bridge';
import type { Envelope } from '../shared/ipc/contract';
import { isPageCallable } from '../shared/ipc/preload-only';

// Must match src/main/electron/ipc-bridge.ts (not imported: preload is bundled on its own).
const INVOKE_CHANNEL = 'devin-tray:invoke';
const EVENT_CHANNEL = 'devin-tray:event';
const REGISTER_DROP = 'attachments:registerDrop';

/** What the page gets for a channel it may not call; the same envelope shape as main's refusals. */
function refused(channel: unknown): Promise<Envelope<unknown>> {
  const name = typeof channel === 'string' ? channel.slice(0, 100) : typeof channel;
  return Promise.resolve({ ok: false, error: { code: 'FORBIDDEN_SENDER', message: `The page may not call ${name}` } });
}

/**
 * Exposes only a transport: one invoke that carries a contract channel name (main's router checks
 * the sender and validates the payload) and event subscriptions that return their unsubscribe.
 * The page builds the typed `devinTray` bridge on top with createBridge(). Why not build it here:
 * contextBridge keeps only the message of a thrown Error, so BridgeError's stable `code` would be
 * lost on the way to the page (electron/electron#25596); envelopes are plain data and survive.
 * Channels only the preload may call (preload-only.ts) are refused here: the page's main world
 * has no other way to main.
 */
const transport: BridgeTransport = {
  invoke: (channel, request) =>
    isPageCallable(channel) ? (ipcRenderer.invoke(INVOKE_CHANNEL, channel, request) as Promise<Envelope<unknown>>) : refused(channel),
  on: (event, listener) => {
    const wrapped = (_e: IpcRendererEvent, name: string, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
  },
};

contextBridge.exposeInMainWorld('devinTrayTransport', Object.freeze({ invoke: transport.invoke, on: transport.on }));

/**
 * Dropped files and folders become handles main issued. Sandboxed pages no longer get File.path;
 * webUtils.getPathForFile tells a real dropped (or picked) file's path here and returns '' for a
 * File the page made up. The paths go straight to main, which answers with a handle per item (and
 * the path, to show); the page names files by handle only (issue #11 point 5).
 */
contextBridge.exposeInMainWorld(
  'devinTrayFiles',
  Object.freeze({
    registerDrop: (files: File[]): Promise<Envelope<unknown>> => {
      const paths = Array.from(files ?? [], (file) => {
        try {
          return webUtils.getPathForFile(file);
        } catch {
          return '';
        }
      });
      if (paths.length === 0) return Promise.resolve({ ok: true, value: [] });
      // One drop registers at most 100 items (main's contract); the rest are simply not attached.
      return ipcRenderer.invoke(INVOKE_CHANNEL, REGISTER_DROP, { paths: paths.slice(0, 100) }) as Promise<Envelope<unknown>>;
    },
  }),
);
