import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { createBridge } from '../shared/ipc/bridge';
import type { Envelope } from '../shared/ipc/contract';

// Must match src/main/electron/ipc-bridge.ts (not imported: preload is bundled on its own).
const INVOKE_CHANNEL = 'devin-tray:invoke';
const EVENT_CHANNEL = 'devin-tray:event';

/**
 * Exposes one curated, namespaced object generated from the IPC contract. Nothing of ipcRenderer
 * itself reaches the page, and every listener helper returns its unsubscribe function.
 */
const bridge = createBridge({
  invoke: (channel, request) => ipcRenderer.invoke(INVOKE_CHANNEL, channel, request) as Promise<Envelope<unknown>>,
  on: (event, listener) => {
    const wrapped = (_e: IpcRendererEvent, name: string, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
  },
});

contextBridge.exposeInMainWorld('devinTray', bridge);
