import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { getBridge } from '../bridge';
import { useT } from '../i18n/context';
import { useAccount, useAppStore } from '../store/hooks';
import { Button } from '../ui/Button';
import { InlineError } from '../ui/InlineError';
import { ExternalIcon } from '../ui/icons';
import { toUiError } from '../ui/ui-error';
import type { UiError } from '../ui/ui-error';
import { KeyInput } from './KeyInput';
import { OriginLine } from './OriginLine';
import type { OrgChoice } from '../../../shared/account';

type Busy = 'signIn' | 'memory' | 'demo' | null;

/**
 * Paste a key and sign in, or start the demo. Errors stay next to the field with main's localized
 * message, and the key is kept so the user can fix a typo instead of pasting again. The card says
 * which API origin the key will be checked at and bound to (it is never sent anywhere else).
 */
export function KeyStep({ onChooseOrg }: { onChooseOrg: (orgs: OrgChoice[]) => void }) {
  const t = useT();
  const store = useAppStore();
  const { appBaseUrl, keychainUnavailable } = useAccount();
  const [key, setKey] = useState('');
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<UiError | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const keyId = useId();
  const helpId = useId();
  const errorId = useId();
  const originId = useId();

  async function signIn(memoryOnly: boolean) {
    const trimmed = key.trim();
    if (busy || !trimmed) return;
    setBusy(memoryOnly ? 'memory' : 'signIn');
    setError(null);
    try {
      const result = await getBridge().account.signIn(memoryOnly ? { key: trimmed, memoryOnly: true } : { key: trimmed });
      if (result.status === 'chooseOrg') onChooseOrg(result.orgs);
      store.setAccount(result.account);
    } catch (err) {
      setError(toUiError(err, t));
      input.current?.focus();
    } finally {
      setBusy(null);
    }
  }

  async function startDemo() {
    if (busy) return;
    setBusy('demo');
    setError(null);
    try {
      store.setAccount(await getBridge().account.startDemo());
    } catch (err) {
      setError(toUiError(err, t));
    } finally {
      setBusy(null);
    }
  }

  async function openKeyHelp() {
    try {
      await getBridge().shell.openExternal(`${appBaseUrl.replace(/\/+$/, '')}/settings`);
    } catch (err) {
      setError(toUiError(err, t));
    }
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    // Known to have no keychain in this run: keep the key in memory instead of failing first.
    void signIn(keychainUnavailable === true);
  };

  return (
    <div className="onboarding-card">
      <form className="key-form" onSubmit={onSubmit} noValidate>
        <div className="field">
          <label className="field-label" htmlFor={keyId}>
            {t('ui.onboarding.keyLabel')}
          </label>
          <KeyInput
            ref={input}
            id={keyId}
            value={key}
            onChange={setKey}
            invalid={error !== null && error.code !== 'KEYCHAIN_UNAVAILABLE'}
            describedBy={error ? `${errorId} ${helpId} ${originId}` : `${helpId} ${originId}`}
          />
          <p className="field-help" id={helpId}>
            {t('ui.onboarding.whereKeyHint')}{' '}
            <Button variant="link" onClick={() => void openKeyHelp()}>
              {t('ui.onboarding.whereKey')}
              <ExternalIcon size={12} />
            </Button>
          </p>
          <OriginLine id={originId} />
        </div>
        {error && (
          <InlineError id={errorId} message={error.message}>
            {error.code === 'KEYCHAIN_UNAVAILABLE' && (
              <Button size="sm" busy={busy === 'memory'} onClick={() => void signIn(true)}>
                {t('ui.onboarding.memoryOnly')}
              </Button>
            )}
          </InlineError>
        )}
        <Button type="submit" variant="primary" className="btn-block" busy={busy === 'signIn'} disabled={!key.trim()}>
          {busy === 'signIn' ? t('ui.onboarding.signingIn') : t('ui.onboarding.signIn')}
        </Button>
      </form>
      <div className="or-divider">
        <span>{t('ui.onboarding.or')}</span>
      </div>
      <div className="demo-block">
        <Button className="btn-block" busy={busy === 'demo'} onClick={() => void startDemo()}>
          {busy === 'demo' ? t('ui.onboarding.demoStarting') : t('ui.onboarding.demo')}
        </Button>
        <p className="field-help">{t('ui.onboarding.demoHint')}</p>
      </div>
    </div>
  );
}

