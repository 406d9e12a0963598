import { lazy, Suspense, useState } from 'react';
import { useProxyAuthChallenges } from './useProxyAuthChallenges';

// The form loads only when a proxy actually asks (most users never see it).
const ProxyAuthForm = lazy(() => import('./ProxyAuthForm').then((m) => ({ default: m.ProxyAuthForm })));

/**
 * The proxy sign-in dialog, shown over any screen (sign-in included) while a proxy waits for
 * credentials. The password goes to main once and is dropped here at once; main keeps it in memory
 * for this run only (Chromium's own cache does the rest).
 */
export function ProxyAuthDialog() {
  const pending = useProxyAuthChallenges();
  // The user name (never the password) is offered again when the proxy refused the last answer.
  const [lastUser, setLastUser] = useState('');
  const challenge = pending[0];
  // A new question (or a retry) gets a fresh form: keyed by its id.
  return challenge ? (
    <Suspense fallback={null}>
      <ProxyAuthForm key={challenge.id} challenge={challenge} initialUser={challenge.retry ? lastUser : ''} onUser={setLastUser} />
    </Suspense>
  ) : null;
}

