import { useCallback, useState } from 'react';
import type { SessionScopeView } from '../../../../../shared/ipc/channels/session-scope';
import { getBridge } from '../../../bridge';
import { useT } from '../../../i18n/context';
import { useMainValue } from '../../../useMainValue';

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
  // A failed read leaves no scope control: the list works as for an org key.
  const [view, setView] = useMainValue('sessionScope:changed', (bridge) => bridge.sessionScope.get(), null);
  const [error, setError] = useState<string | null>(null);
  const choose = useCallback(
    (value: string) => {
      setError(null);
      const req = value === 'all' ? { scope: 'all' as const } : { scope: 'org' as const, orgId: value };
      getBridge()
        .sessionScope.set(req)
        .then(setView)
        .catch((err: unknown) => setError(t('ui.orgs.switchFailed', { message: err instanceof Error ? err.message : String(err) })));
    },
    [t, setView],
  );
  return { view: view?.available ? view : null, choose, error };
}

/** An org's display name (its id when the enterprise did not name it). */
export function orgNameOf(view: SessionScopeView | null, orgId: string | null | undefined): string | null {
  if (!orgId) return null;
  return view?.orgs.find((o) => o.orgId === orgId)?.name || orgId;
}
