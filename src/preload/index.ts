import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { BridgeTransport } from '../shared/ipc/bridge';
import type { Envelope } from '../shared/ipc/contract';

// Must match src/main/electron/ipc-bridge.ts (not imported: preload is bundled on its own).
const INVOKE_CHANNEL = 'devin-tray:invoke';
const EVENT_CHANNEL = 'devin-tray:event';

/**
 * Exposes only a transport: one invoke that carries a contract channel name (main's router checks
 * the sender and validates the payload) and event subscriptions that return their unsubscribe.
 * The page builds the typed `devinTray` bridge on top with createBridge(). Why not build it here:
 * contextBridge keeps only the message of a thrown Error, so BridgeError's stable `code` would be
 * lost on the way to the page (electron/electron#25596); envelopes are plain data and survive.
 */
const transport: BridgeTransport = {
  invoke: (channel, request) => ipcRenderer.invoke(INVOKE_CHANNEL, channel, request) as Promise<Envelope<unknown>>,
  on: (event, listener) => {
    const wrapped = (_e: IpcRendererEvent, name: string, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
  },
};

contextBridge.exposeInMainWorld('devinTrayTransport', Object.freeze({ invoke: transport.invoke, on: transport.on }));

// A dropped folder's path for Handoff. Sandboxed pages no longer get File.path; only this
// webUtils call can resolve it, and it returns nothing for files that were not dropped or picked.
contextBridge.exposeInMainWorld(
  'devinTrayFiles',
  Object.freeze({ getPathForFile: (file: File): string => webUtils.getPathForFile(file) }),
);
