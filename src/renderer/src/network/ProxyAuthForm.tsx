import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { getBridge } from '../bridge';
import { useT } from '../i18n/context';
import type { ProxyAuthChallenge } from '../../../shared/network';
import { Button } from '../ui/Button';
import { trapTab } from '../ui/focus-trap';
import { InlineError } from '../ui/InlineError';
import { toUiError } from '../ui/ui-error';
import '../ui/dialog.css';
import './proxy-auth.css';

/** The sign-in form for one proxy question (see ProxyAuthDialog). */
export function ProxyAuthForm({ challenge, initialUser, onUser }: { challenge: ProxyAuthChallenge; initialUser: string; onUser: (username: string) => void }) {
  const t = useT();
  const titleId = useId();
  const bodyId = useId();
  const userId = useId();
  const passwordId = useId();
  const panel = useRef<HTMLFormElement>(null);
  const userInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const [username, setUsername] = useState(initialUser);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    (userInput.current?.value ? passwordInput.current : userInput.current)?.focus();
    return () => opener?.focus();
  }, []);

  const send = async (answer: { username: string; password: string } | { cancel: true }) => {
    setBusy(true);
    setError(null);
    try {
      await getBridge().network.answerProxyAuth({ id: challenge.id, ...answer });
      setPassword('');
    } catch (err) {
      setError(toUiError(err, t).message);
      setBusy(false);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy || username.trim() === '') return;
    onUser(username.trim());
    void send({ username: username.trim(), password });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      if (!busy) void send({ cancel: true });
    } else if (e.key === 'Tab') {
      trapTab(e, panel.current);
    }
  };

  const proxy = `${challenge.host}:${challenge.port}`;
  return (
    <div className="dialog-backdrop">
      <form
        ref={panel}
        className="dialog proxy-auth"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        onKeyDown={onKeyDown}
        onSubmit={submit}
        noValidate
      >
        <h2 id={titleId} className="dialog-title">
          {t('ui.proxyAuth.title')}
        </h2>
        <div id={bodyId} className="dialog-body proxy-auth-body">
          <p>{t('ui.proxyAuth.body', { proxy })}</p>
          {challenge.realm && <p className="proxy-auth-realm">{t('ui.proxyAuth.realm', { realm: challenge.realm })}</p>}
        </div>
        {challenge.retry && <InlineError message={t('ui.proxyAuth.retry')} />}
        <div className="field">
          <label className="field-label" htmlFor={userId}>
            {t('ui.proxyAuth.username')}
          </label>
          <input id={userId} ref={userInput} type="text" value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="username" spellCheck={false} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={passwordId}>
            {t('ui.proxyAuth.password')}
          </label>
          <input id={passwordId} ref={passwordInput} type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" />
        </div>
        <p className="field-help">{t('ui.proxyAuth.note')}</p>
        {error && <InlineError message={error} />}
        <div className="dialog-actions">
          <Button onClick={() => void send({ cancel: true })} disabled={busy}>
            {t('ui.proxyAuth.cancel')}
          </Button>
          <Button type="submit" variant="primary" busy={busy} disabled={username.trim() === ''}>
            {t('ui.proxyAuth.signIn')}
          </Button>
        </div>
      </form>
    </div>
  );
}
