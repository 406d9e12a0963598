import { useEffect } from 'react';
import { getBridge } from '../bridge';

/**
 * Main asks to open a session (a notification or tray menu click): route to it from any section.
 * The sessions screen reads the open session from the hash (`#/sessions/<id>`).
 */
export function useOpenSessionRequests(): void {
  useEffect(
    () =>
      getBridge().on('sessions:open', ({ sessionId }) => {
        window.location.hash = `#/sessions/${encodeURIComponent(sessionId)}`;
      }),
    [],
  );
}
