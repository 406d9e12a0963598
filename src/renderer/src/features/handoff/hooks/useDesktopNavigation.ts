import { useEffect } from 'react';
import type { DesktopNavigation } from '../../../../../shared/ipc/channels/desktop';
import { getBridge } from '../../../bridge';
import { requestCompose } from '../../sessions/kit/compose-inbox';
import { requestHandoff } from '../handoff-controller';

function apply(nav: DesktopNavigation | null): void {
  if (!nav) return;
  switch (nav.section) {
    case 'handoff':
      requestHandoff({ ...(nav.path ? { path: nav.path } : {}), ...(nav.task ? { task: nav.task } : {}) });
      return;
    case 'sessions':
      if (nav.newSession) requestCompose(null);
      else window.location.hash = '#/sessions';
      return;
    case 'settings':
      window.location.hash = '#/settings';
      return;
  }
}

/**
 * Goes where the desktop asked (tray item, `devin-tray://` link, second launch): takes the pending
 * navigation once on mount and again on every `desktop:navigate` nudge. Taking clears it in main,
 * so mounting this in more than one place is harmless.
 */
export function useDesktopNavigation(): void {
  useEffect(() => {
    const bridge = getBridge();
    const take = () => {
      bridge.desktop
        .takeNavigation()
        .then(apply)
        .catch(() => undefined);
    };
    take();
    return bridge.on('desktop:navigate', take);
  }, []);
}
