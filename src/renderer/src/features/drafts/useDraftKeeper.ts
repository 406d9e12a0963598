import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { DraftPut, DraftView } from '../../../../shared/ipc/channels/drafts';
import { getBridge } from '../../bridge';

/** What a place keeps: its fields (plain values) and the files attached to it. */
export type DraftPayload = Omit<DraftPut, 'key'>;

/** How long typing may pause before the draft goes to main (and to disk). */
export const DRAFT_SAVE_DELAY_MS = 300;

export interface DraftKeeper {
  /** Keeps this as the place's draft, soon (the latest value wins); null forgets it (the place is empty again). */
  save(payload: DraftPayload | null): void;
  /** Sends what is waiting now (leaving, hiding, unloading). */
  flush(): Promise<void>;
  /** Forgets the draft (sent, created, discarded); anything waiting to be saved is dropped. */
  clear(): Promise<void>;
}

/** The draft kept for a place, or null (none, signed out, or main could not read it). */
export function loadDraft(key: string): Promise<DraftView | null> {
  // Inside the promise: no bridge (a bare component test) reads as "no draft", not a throw.
  return Promise.resolve()
    .then(() => getBridge().drafts.get({ key }))
    .catch(() => null);
}

/**
 * Saves a place's draft in main while the user types: debounced, flushed when the place goes away
 * (unmount), the page is hidden or unloaded, so a reload or a restart loses at most the last
 * few hundred milliseconds. Saves for one key go out in order; a clear cancels a save still waiting.
 * A failed save leaves the text where it is (it is still on screen) and the next change tries again.
 */
export function useDraftKeeper(key: string | null, delayMs = DRAFT_SAVE_DELAY_MS): DraftKeeper {
  const pending = useRef<{ key: string; payload: DraftPayload | null } | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const keyRef = useRef(key);
  useLayoutEffect(() => {
    keyRef.current = key;
  }, [key]);

  const send = useCallback(async () => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    const next = pending.current;
    pending.current = null;
    if (!next) return;
    const drafts = getBridge().drafts;
    await (next.payload ? drafts.put({ key: next.key, ...next.payload }) : drafts.clear({ key: next.key })).catch(() => undefined);
  }, []);

  const save = useCallback(
    (payload: DraftPayload | null) => {
      const k = keyRef.current;
      if (!k) return;
      // A different place (the key changed under a mounted keeper): what waits for the old one goes now.
      if (pending.current && pending.current.key !== k) void send();
      pending.current = { key: k, payload };
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void send(), delayMs);
    },
    [delayMs, send],
  );

  const clear = useCallback(async () => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    const k = keyRef.current;
    pending.current = null;
    if (k) await getBridge().drafts.clear({ key: k }).catch(() => undefined);
  }, []);

  // Leaving the place, hiding or unloading the page: what is waiting goes now.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void send();
    };
    const onPageHide = () => void send();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      void send();
    };
  }, [key, send]);

  return useMemo(() => ({ save, flush: send, clear }), [save, send, clear]);
}
