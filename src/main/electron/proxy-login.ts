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

/** A `login` listener without an attempt count, as electron-updater emits it: `(authInfo, callback)`. */
export type UncountedLoginHandler = (authInfo: AuthInfo, callback: (username?: string, password?: string) => void) => void;

/** How long after a login for a proxy another one means the credentials just given were refused. */
export const REFUSED_WITHIN_MS = 15_000;

/**
 * Proxy sign-in for electron-updater's requests (its own session, its own `login` event, which
 * says nothing about attempts; unanswered, the update check would hang behind the proxy). The
 * attempt is inferred: another login for the same proxy soon after one was answered means the
 * credentials were refused, so the user is asked again instead of looping on them. A server's
 * 401 is cancelled. `broker` is read per event (the core starts after the updater is made).
 */
export function countedProxyLogin(broker: () => ProxyAuthBroker | null, now: () => number = Date.now): UncountedLoginHandler {
  const lastAnswered = new Map<string, number>();
  return (authInfo, callback) => {
    const target = broker();
    if (!authInfo.isProxy || !target) return callback();
    const { scheme, host, port, realm } = authInfo;
    const key = `${scheme}|${host}:${port}|${realm}`;
    const previous = lastAnswered.get(key);
    const attempt = previous !== undefined && now() - previous < REFUSED_WITHIN_MS ? 2 : 1;
    void target.request({ isProxy: true, scheme, host, port, realm, attempt }).then(
      (c) => {
        if (c) lastAnswered.set(key, now());
        else lastAnswered.delete(key);
        return c ? callback(c.username, c.password) : callback();
      },
      () => callback(),
    );
  };
}
