import { randomUUID } from 'node:crypto';
import type { ProxyAuthChallenge } from '../../shared/network';

export interface ProxyCredentials {
  username: string;
  password: string;
}

/** A proxy asking for credentials (from Electron's `login` event). */
export interface ProxyLoginRequest {
  isProxy: boolean;
  scheme: string;
  host: string;
  port: number;
  realm: string;
  /** 1 for the first `login` event of a request; more means the credentials just given were refused. */
  attempt: number;
}

export interface ProxyAuthBrokerOptions {
  /** A new question for the user (the glue shows the window holding the dialog). */
  onChallenge?: (challenge: ProxyAuthChallenge) => void;
  /** The list of open questions changed (pushed to the UI). */
  onChange?: (pending: ProxyAuthChallenge[]) => void;
  now?: () => number;
  /** After "Cancel", the same proxy is not asked about again for this long (a poller would re-ask every few seconds). */
  quietAfterCancelMs?: number;
  newId?: () => string;
}

export interface ProxyAuthBroker {
  /** Resolves with credentials for the proxy, or null to cancel (Chromium then fails the request with a 407). */
  request(req: ProxyLoginRequest): Promise<ProxyCredentials | null>;
  /** Questions waiting for the user. */
  pending(): ProxyAuthChallenge[];
  /** The user's answer; null cancels. False when the question is gone. */
  answer(id: string, credentials: ProxyCredentials | null): boolean;
  /** Ask again even after a recent cancel (the user pressed "Test connection"). */
  resetQuiet(): void;
  /** Cancels every open question (quit). */
  dispose(): void;
}

interface Open {
  challenge: ProxyAuthChallenge;
  waiters: ((c: ProxyCredentials | null) => void)[];
}

export const QUIET_AFTER_CANCEL_MS = 5 * 60_000;

/**
 * Answers proxy logins for the whole app with one question per proxy. Requests asking for the same
 * proxy while a question is open wait for the same answer; accepted credentials are kept in memory
 * for this run only (never written anywhere, never logged) and given to later requests, as a
 * browser does; when the proxy refuses them the user is asked again, saying so. After a cancel,
 * the proxy is left alone for a while instead of asking on every poll.
 */
export function createProxyAuthBroker(opts: ProxyAuthBrokerOptions = {}): ProxyAuthBroker {
  const now = opts.now ?? Date.now;
  const quietMs = opts.quietAfterCancelMs ?? QUIET_AFTER_CANCEL_MS;
  const newId = opts.newId ?? randomUUID;
  const open = new Map<string, Open>();
  const remembered = new Map<string, ProxyCredentials>();
  const quietUntil = new Map<string, number>();

  const list = (): ProxyAuthChallenge[] => [...open.values()].map((o) => ({ ...o.challenge }));
  const changed = () => opts.onChange?.(list());
  const keyOf = (r: Pick<ProxyLoginRequest, 'scheme' | 'host' | 'port' | 'realm'>) => `${r.scheme.toLowerCase()}|${r.host.toLowerCase()}:${r.port}|${r.realm}`;

  const settle = (key: string, credentials: ProxyCredentials | null): boolean => {
    const entry = open.get(key);
    if (!entry) return false;
    open.delete(key);
    if (credentials) {
      remembered.set(key, credentials);
      quietUntil.delete(key);
    } else {
      quietUntil.set(key, now() + quietMs);
    }
    for (const waiter of entry.waiters) waiter(credentials);
    changed();
    return true;
  };

  return {
    request(req) {
      if (!req.isProxy) return Promise.resolve(null);
      const key = keyOf(req);
      const known = remembered.get(key);
      // Credentials that worked before are tried first; a second login event means they were refused.
      if (known && req.attempt === 1) return Promise.resolve(known);
      const retry = known !== undefined || req.attempt > 1;
      if (known) remembered.delete(key);
      const waiting = open.get(key);
      if (waiting) return new Promise((resolve) => waiting.waiters.push(resolve));
      if ((quietUntil.get(key) ?? 0) > now()) return Promise.resolve(null);
      const challenge: ProxyAuthChallenge = { id: newId(), scheme: req.scheme, host: req.host, port: req.port, realm: req.realm, retry };
      return new Promise((resolve) => {
        open.set(key, { challenge, waiters: [resolve] });
        opts.onChallenge?.({ ...challenge });
        changed();
      });
    },
    pending: list,
    answer(id, credentials) {
      for (const [key, entry] of open) if (entry.challenge.id === id) return settle(key, credentials);
      return false;
    },
    resetQuiet() {
      quietUntil.clear();
    },
    dispose() {
      for (const key of [...open.keys()]) settle(key, null);
      remembered.clear();
    },
  };
}
