import { useCallback, useSyncExternalStore } from 'react';
import { hashForSession, sessionIdFromHash } from '../model/session-route';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}
const readHash = () => window.location.hash;

/** The open session, kept in the hash (`#/sessions/<id>`), and a setter (null shows just the list). */
export function useSessionRoute(): [string | null, (id: string | null) => void] {
  const hash = useSyncExternalStore(subscribe, readHash);
  const open = useCallback((id: string | null) => {
    const next = hashForSession(id);
    if (window.location.hash !== next) window.location.hash = next;
  }, []);
  return [sessionIdFromHash(hash), open];
}
