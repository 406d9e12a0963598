import { useId, useState } from 'react';
import { getBridge } from '../../../bridge';
import { useT } from '../../../i18n/context';
import { useSessionScope } from '../../sessions/hooks/useSessionScope';

/**
 * In the enterprise inbox's "All organisations" scope (#16) a handed-off session starts in the
 * organisation chosen here (main's remembered create org, which the send reads). Nothing shows for
 * an org key or the one-org scope: the session then starts in the account's org.
 */
export function HandoffOrgLine() {
  const t = useT();
  const id = useId();
  const { view } = useSessionScope();
  const [error, setError] = useState<string | null>(null);
  if (!view || view.scope !== 'all' || view.orgs.length === 0) return null;
  const choose = (orgId: string) => {
    setError(null);
    getBridge()
      .sessionScope.setCreateOrg({ orgId })
      .catch((err: unknown) => setError(t('ui.orgs.handoff.failed', { message: err instanceof Error ? err.message : String(err) })));
  };
  return (
    <div className="handoff-note handoff-org-line" data-testid="handoff-org">
      <label htmlFor={id}>{t('ui.orgs.handoff.label')}</label>
      <select id={id} className="sessions-select" value={view.createOrgId ?? view.orgId ?? ''} onChange={(e) => choose(e.target.value)}>
        {view.orgs.map((o) => (
          <option key={o.orgId} value={o.orgId}>
            {o.name || o.orgId}
          </option>
        ))}
      </select>
      {error && <span role="alert">{error}</span>}
    </div>
  );
}
