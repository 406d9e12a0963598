import { app } from 'electron';
import type { AuthenticationResponseDetails, AuthInfo, Event, WebContents } from 'electron';
import type { ProxyAuthBroker } from '../network/proxy-auth-broker';

/**
 * Proxy sign-in for requests Chromium makes outside `net.request` (a window or a utility
 * process): Electron's app-level `login` event, answered by the same broker and dialog as the
 * main process's own requests (see net-request-fetch.ts). A server's 401 is left to Electron's
 * default, which cancels: the app never types a password into someone's website. Returns the
 * function that removes the listener.
 */
export function answerProxyLogins(broker: ProxyAuthBroker): () => void {
  const onLogin = (
    event: Event,
    _webContents: WebContents | null,
    details: AuthenticationResponseDetails,
    authInfo: AuthInfo,
    callback: (username?: string, password?: string) => void,
  ) => {
    if (!authInfo.isProxy) return;
    event.preventDefault();
    const { scheme, host, port, realm } = authInfo;
    void broker.request({ isProxy: true, scheme, host, port, realm, attempt: details.firstAuthAttempt ? 1 : 2 }).then(
      (c) => (c ? callback(c.username, c.password) : callback()),
      () => callback(),
    );
  };
  app.on('login', onLogin);
  return () => app.off('login', onLogin);
}
