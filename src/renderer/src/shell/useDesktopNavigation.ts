import { useEffect } from 'react';
import { getBridge } from '../bridge';
import { requestHandoff } from '../features/handoff/handoff-controller';
import { requestCompose } from '../features/sessions/kit/compose-inbox';
import { routeDesktopNavigation } from './desktop-navigation';
import type { SectionId } from './sections';

/**
 * Goes where the desktop asked: main keeps the latest request until the UI takes it, so this takes
 * it once on mount (a request made while the window was loading) and again on every
 * `desktop:navigate` nudge. Handoff requests go to the Handoff screen's `requestHandoff`, new
 * sessions to the composer inbox, the rest to a section.
 */
export function useDesktopNavigation(navigate: (id: SectionId) => void): void {
  useEffect(() => {
    const bridge = getBridge();
    // Routed even if this unmounted meanwhile: main has forgotten the request once taken, and
    // every action is app-wide (hash, composer inbox, handoff controller). StrictMode's
    // mount-unmount-mount in development would otherwise lose it.
    const take = () => {
      bridge.desktop
        .takeNavigation()
        .then((nav) => {
          if (!nav) return;
          routeDesktopNavigation(nav, {
            showSection: navigate,
            handoff: requestHandoff,
            compose: () => requestCompose(),
          });
        })
        // Nothing to show for a failed take: the user can repeat the tray click.
        .catch(() => undefined);
    };
    take();
    return bridge.on('desktop:navigate', take);
  }, [navigate]);
}
