import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { AccountSummary } from '../../../../shared/accounts';
import { getBridge } from '../../bridge';
import { useT } from '../../i18n/context';
import { useAppStore } from '../../store/hooks';
import { Button } from '../../ui/Button';
import { InlineError } from '../../ui/InlineError';
import { SettingsSection } from '../../ui/SettingsSection';
import { toUiError } from '../../ui/ui-error';
import { useAccounts } from './useAccounts';
import './accounts.css';

/**
 * Settings › Accounts (#16): every account with its org and API host; rename, make current, remove
 * (main asks in its own dialog first), and add one with its key (checked before anything is kept;
 * a label already in the list signs that account in again).
 */
export function AccountsSection() {
  const t = useT();
  const store = useAppStore();
  const view = useAccounts();
  const [error, setError] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<{ id: string; label: string } | null>(null);

  const run = async (op: () => Promise<unknown>) => {
    setError(null);
    try {
      await op();
      // The current account may have changed (switch, removal): the rest of the app follows it.
      store.setAccount(await getBridge().account.status());
      return true;
    } catch (err) {
      const e = toUiError(err, t);
      if (e.code !== 'CANCELLED') setError(e.message);
      return false;
    }
  };

  const rename = async (e: FormEvent) => {
    e.preventDefault();
    if (!renaming) return;
    if (await run(() => getBridge().accounts.rename({ id: renaming.id, label: renaming.label }))) setRenaming(null);
  };

  return (
    <SettingsSection title={t('accounts.settings.title')}>
      <div className="settings-card">
        <p className="field-help">{t('accounts.settings.hint')}</p>
        <ul className="accounts-list">
          {view.accounts.map((a) => (
            <li key={a.id} className="accounts-item">
              {renaming?.id === a.id ? (
                <form className="accounts-rename" onSubmit={(e) => void rename(e)}>
                  <input
                    type="text"
                    value={renaming.label}
                    aria-label={t('accounts.settings.labelField', { account: a.label })}
                    maxLength={40}
                    onChange={(e) => setRenaming({ id: a.id, label: e.target.value })}
                    autoFocus
                  />
                  <Button type="submit" size="sm" variant="primary">
                    {t('accounts.settings.save')}
                  </Button>
                  <Button size="sm" onClick={() => setRenaming(null)}>
                    {t('accounts.settings.cancel')}
                  </Button>
                </form>
              ) : (
                <AccountLine account={a} />
              )}
              <div className="accounts-actions">
                {a.signedIn && !a.current && (
                  <Button size="sm" onClick={() => void run(() => getBridge().accounts.setCurrent({ id: a.id }))}>
                    {t('accounts.settings.makeCurrent')}
                  </Button>
                )}
                {renaming?.id !== a.id && !a.demo && a.keyStore !== 'env' && (
                  <Button size="sm" onClick={() => setRenaming({ id: a.id, label: a.label })} aria-label={`${t('accounts.settings.rename')} ${a.label}`}>
                    {t('accounts.settings.rename')}
                  </Button>
                )}
                {!a.demo && a.keyStore !== 'env' && (
                  <Button size="sm" className="btn-danger-text" onClick={() => void run(() => getBridge().accounts.remove({ id: a.id }))} aria-label={`${t('accounts.settings.remove')} ${a.label}`}>
                    {t('accounts.settings.remove')}
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ul>
        {error && <InlineError message={error} />}
        <AddAccountForm />
      </div>
    </SettingsSection>
  );
}

function AccountLine({ account: a }: { account: AccountSummary }) {
  const t = useT();
  let host = a.apiBaseUrl;
  try {
    host = new URL(a.apiBaseUrl).host;
  } catch {
    // shown as stored
  }
  return (
    <div className="accounts-line">
      <span className="fact-main">{a.label}</span>
      {a.current && <span className="accounts-badge">{t('accounts.settings.current')}</span>}
      {!a.signedIn && <span className="accounts-badge is-out">{t('accounts.settings.signedOut')}</span>}
      <span className="fact-sub">{a.orgName ?? a.orgId ?? '—'}</span>
      <span className="fact-sub mono">{host}</span>
    </div>
  );
}

/** Label, key, and (optional) organization and API URL; the key is sent to main once and the field emptied. */
function AddAccountForm() {
  const t = useT();
  const store = useAppStore();
  const [open, setOpen] = useState(false);
  const [label, setLabel] = useState('');
  const [key, setKey] = useState('');
  const [orgId, setOrgId] = useState('');
  const [apiBaseUrl, setApiBaseUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ids = { label: useId(), key: useId(), org: useId(), url: useId(), help: useId() };

  if (!open) {
    return (
      <div className="card-actions">
        <Button onClick={() => setOpen(true)}>{t('accounts.settings.add')}</Button>
      </div>
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await getBridge().accounts.add({
        label,
        key,
        ...(orgId.trim() ? { orgId: orgId.trim() } : {}),
        ...(apiBaseUrl.trim() ? { apiBaseUrl: apiBaseUrl.trim() } : {}),
      });
      store.setAccount(await getBridge().account.status());
      setOpen(false);
      setLabel('');
      setOrgId('');
      setApiBaseUrl('');
    } catch (err) {
      setError(toUiError(err, t).message);
    } finally {
      // The key never stays in the page longer than the attempt.
      setKey('');
      setBusy(false);
    }
  };

  return (
    <form className="accounts-add" onSubmit={(e) => void submit(e)} aria-label={t('accounts.settings.addTitle')} noValidate>
      <h3 className="accounts-add-title">{t('accounts.settings.addTitle')}</h3>
      <label className="field-label" htmlFor={ids.label}>
        {t('accounts.settings.label')}
      </label>
      <input id={ids.label} type="text" value={label} maxLength={40} onChange={(e) => setLabel(e.target.value)} aria-describedby={ids.help} required />
      <p className="field-help" id={ids.help}>
        {t('accounts.settings.replaceHint')}
      </p>
      <label className="field-label" htmlFor={ids.key}>
        {t('accounts.settings.key')}
      </label>
      <input id={ids.key} type="password" className="mono" value={key} onChange={(e) => setKey(e.target.value)} autoComplete="off" spellCheck={false} required />
      <label className="field-label" htmlFor={ids.org}>
        {t('accounts.settings.org')}
      </label>
      <input id={ids.org} type="text" className="mono" value={orgId} onChange={(e) => setOrgId(e.target.value)} autoComplete="off" spellCheck={false} />
      <label className="field-label" htmlFor={ids.url}>
        {t('accounts.settings.apiUrl')}
      </label>
      <input id={ids.url} type="url" className="mono" value={apiBaseUrl} placeholder={store.getState().settings.apiBaseUrl} onChange={(e) => setApiBaseUrl(e.target.value)} autoComplete="off" spellCheck={false} />
      {error && <InlineError message={error} />}
      <div className="card-actions">
        <Button onClick={() => setOpen(false)}>{t('accounts.settings.cancel')}</Button>
        <Button type="submit" variant="primary" busy={busy} disabled={!label.trim() || !key.trim()}>
          {busy ? t('accounts.settings.adding') : t('accounts.settings.add')}
        </Button>
      </div>
    </form>
  );
}
