import channelNames from 'virtual:ipc-channel-names';
import { createBridge } from '../../shared/ipc/bridge';
import type { Bridge, BridgeTransport } from '../../shared/ipc/bridge';
import type { Envelope } from '../../shared/ipc/contract';

/**
 * The ONLY module in the renderer that knows where `devinTray` comes from. Everything else calls
 * `getBridge()`, so tests replace one thing (`setBridgeForTests`).
 */
declare global {
  interface Window {
    /** Set by Electron's preload through contextBridge. */
    devinTray?: Bridge;
    /**
     * Optional, preferred when present: preload exposes only the raw transport and the bridge is
     * built here. Electron's contextBridge strips custom properties from thrown Errors, so a
     * BridgeError thrown in preload reaches this world without its `code`; envelopes cross intact.
     */
    devinTrayTransport?: BridgeTransport;
    /** The browser preview / Playwright harness binding into the real main router. */
    __devinTrayInvoke?: (channel: string, request: unknown) => Promise<Envelope<unknown>>;
    /** Installed by the renderer when it uses the harness binding; the harness calls it to push events. */
    __devinTrayEmit?: (event: string, payload: unknown) => void;
  }
}

let testBridge: Bridge | null = null;
let builtBridge: Bridge | null = null;

/**
 * Returns the app bridge: one built on preload's transport, else preload's `devinTray`, else one
 * built on the harness binding.
 */
export function getBridge(): Bridge {
  if (testBridge) return testBridge;
  if (window.devinTrayTransport) {
    builtBridge ??= createBridge(window.devinTrayTransport, channelNames);
    return builtBridge;
  }
  if (window.devinTray) return window.devinTray;
  if (typeof window.__devinTrayInvoke === 'function') {
    builtBridge ??= createBridge(harnessTransport(window.__devinTrayInvoke), channelNames);
    return builtBridge;
  }
  throw new Error('devinTray bridge is missing: open this page from Devin Tray or the preview harness.');
}

/** True when `getBridge()` would succeed (lets the boot screen explain instead of crashing). */
export function hasBridge(): boolean {
  return (
    testBridge !== null ||
    window.devinTrayTransport !== undefined ||
    window.devinTray !== undefined ||
    typeof window.__devinTrayInvoke === 'function'
  );
}

/** Replaces the bridge for component tests; pass null to restore the real lookup. */
export function setBridgeForTests(bridge: Bridge | null): void {
  testBridge = bridge;
  builtBridge = null;
}

/**
 * The harness can only call into the page, so events arrive through `window.__devinTrayEmit`,
 * which fans out to a local listener registry.
 */
function harnessTransport(invoke: (channel: string, request: unknown) => Promise<Envelope<unknown>>): BridgeTransport {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  window.__devinTrayEmit = (event, payload) => {
    for (const listener of [...(listeners.get(event) ?? [])]) listener(payload);
  };
  return {
    invoke: (channel, request) => invoke(channel, request),
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      // A fresh wrapper per subscription, so subscribing the same function twice unsubscribes independently.
      const entry = (payload: unknown) => listener(payload);
      set.add(entry);
      return () => {
        set.delete(entry);
      };
    },
  };
}
