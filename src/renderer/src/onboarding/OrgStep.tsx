import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { getBridge } from '../bridge';
import { useT } from '../i18n/context';
import { useAccount, useAppStore } from '../store/hooks';
import { Button } from '../ui/Button';
import { InlineError } from '../ui/InlineError';
import { OrgIcon, SearchIcon } from '../ui/icons';
import { toUiError } from '../ui/ui-error';
import type { UiError } from '../ui/ui-error';
import { ORG_FILTER_THRESHOLD, filterOrgs } from './filter-orgs';
import type { OrgChoice } from '../../../shared/account';

/**
 * Enterprise keys see several organizations: pick one from the list (filterable when long) or
 * type its id. Picking and typing are exclusive, so what Continue sends is never ambiguous.
 */
export function OrgStep({ orgs, onBack }: { orgs: readonly OrgChoice[]; onBack: () => void }) {
  const t = useT();
  const store = useAppStore();
  const { keychainUnavailable } = useAccount();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | null>(orgs.length === 1 ? (orgs[0]?.orgId ?? null) : null);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState<'choose' | 'memory' | 'back' | null>(null);
  const [error, setError] = useState<UiError | null>(null);
  const typedId = useId();
  const filterId = useId();
  const countId = useId();

  const visible = filterOrgs(orgs, query);
  const orgId = typed.trim() || selected;

  // memoryOnly: the keychain refused the key (or is known to be missing): keep it for this run only.
  async function choose(memoryOnly: boolean) {
    if (busy || !orgId) return;
    setBusy(memoryOnly ? 'memory' : 'choose');
    setError(null);
    const orgName = orgs.find((o) => o.orgId === orgId)?.name;
    try {
      store.setAccount(await getBridge().account.chooseOrg({ orgId, ...(orgName ? { orgName } : {}), ...(memoryOnly ? { memoryOnly } : {}) }));
    } catch (err) {
      setError(toUiError(err, t));
    } finally {
      setBusy(null);
    }
  }

  async function back() {
    if (busy) return;
    setBusy('back');
    try {
      store.setAccount(await getBridge().account.signOut());
      onBack();
    } catch (err) {
      setError(toUiError(err, t));
    } finally {
      setBusy(null);
    }
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void choose(keychainUnavailable === true);
  };

  return (
    <form className="onboarding-card org-step" onSubmit={onSubmit} noValidate>
      <div className="org-step-head">
        <h2 className="card-title">{t('ui.onboarding.org.title')}</h2>
        <p className="card-lead">{orgs.length > 0 ? t('ui.onboarding.org.lead') : t('ui.onboarding.org.leadNoList')}</p>
      </div>

      {orgs.length > ORG_FILTER_THRESHOLD && (
        <div className="search-input">
          <SearchIcon size={14} />
          <label className="visually-hidden" htmlFor={filterId}>
            {t('ui.onboarding.org.filter')}
          </label>
          <input
            id={filterId}
            type="search"
            value={query}
            placeholder={t('ui.onboarding.org.filter')}
            onChange={(e) => setQuery(e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
      )}

      {orgs.length > 0 && (
        <div className="org-list-wrap">
          <div className="org-list-meta" id={countId}>
            {t('ui.onboarding.org.count', { count: orgs.length })}
          </div>
          <div
            className="org-list"
            role="radiogroup"
            aria-label={t('ui.onboarding.org.listLabel')}
            aria-describedby={countId}
          >
            {visible.map((o) => (
              <label key={o.orgId} className="org-option">
                <input
                  type="radio"
                  name="org"
                  value={o.orgId}
                  checked={selected === o.orgId && !typed.trim()}
                  onChange={() => {
                    setSelected(o.orgId);
                    setTyped('');
                  }}
                />
                <OrgIcon size={15} />
                <span className="org-name">{o.name}</span>
                <span className="org-id">{o.orgId}</span>
              </label>
            ))}
            {visible.length === 0 && <p className="org-empty">{t('ui.onboarding.org.noMatch', { query })}</p>}
          </div>
        </div>
      )}

      <div className="field">
        <label className="field-label" htmlFor={typedId}>
          {orgs.length > 0 ? t('ui.onboarding.org.typeLabel') : t('ui.onboarding.org.typeLabelOnly')}
        </label>
        <input
          id={typedId}
          type="text"
          className="mono"
          value={typed}
          placeholder={t('ui.onboarding.org.typePlaceholder')}
          onChange={(e) => {
            setTyped(e.target.value);
            if (e.target.value.trim()) setSelected(null);
          }}
          autoComplete="off"
          spellCheck={false}
        />
      </div>

      {error && (
        <InlineError message={error.message}>
          {error.code === 'KEYCHAIN_UNAVAILABLE' && (
            <Button size="sm" busy={busy === 'memory'} onClick={() => void choose(true)}>
              {t('ui.onboarding.memoryOnly')}
            </Button>
          )}
        </InlineError>
      )}

      <div className="org-actions">
        <Button variant="ghost" busy={busy === 'back'} onClick={() => void back()}>
          {t('ui.onboarding.org.back')}
        </Button>
        <Button type="submit" variant="primary" busy={busy === 'choose'} disabled={!orgId}>
          {busy === 'choose' ? t('ui.onboarding.org.opening') : t('ui.onboarding.org.continue')}
        </Button>
      </div>
    </form>
  );
}
