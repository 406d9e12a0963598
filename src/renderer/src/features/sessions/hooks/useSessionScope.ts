import { useCallback, useEffect, useState } from 'react';
import type { SessionScopeView } from '../../../../../shared/ipc/channels/session-scope';
import { getBridge } from '../../../bridge';
import { useT } from '../../../i18n/context';

export interface SessionScopeState {
  /** Null until known, and for keys without an organisation choice. */
  view: SessionScopeView | null;
  /** `'all'` or an org id. */
  choose: (value: string) => void;
  error: string | null;
}

/** The sessions list's organisation scope (`sessionScope:get`, then its pushes). */
export function useSessionScope(): SessionScopeState {
  const t = useT();
  const [view, setView] = useState<SessionScopeView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const bridge = getBridge();
    let live = true;
    let pushed = false;
    const off = bridge.on('sessionScope:changed', (v) => {
      pushed = true;
      setView(v);
    });
    bridge.sessionScope
      .get()
      .then((v) => {
        if (live && !pushed) setView(v);
      })
      // No scope control then: the list works as for an org key.
      .catch(() => undefined);
    return () => {
      live = false;
      off();
    };
  }, []);
  const choose = useCallback(
    (value: string) => {
      setError(null);
      const req = value === 'all' ? { scope: 'all' as const } : { scope: 'org' as const, orgId: value };
      getBridge()
        .sessionScope.set(req)
        .then(setView)
        .catch((err: unknown) => setError(t('ui.orgs.switchFailed', { message: err instanceof Error ? err.message : String(err) })));
    },
    [t],
  );
  return { view: view?.available ? view : null, choose, error };
}

/** An org's display name (its id when the enterprise did not name it). */
export function orgNameOf(view: SessionScopeView | null, orgId: string | null | undefined): string | null {
  if (!orgId) return null;
  return view?.orgs.find((o) => o.orgId === orgId)?.name || orgId;
}
