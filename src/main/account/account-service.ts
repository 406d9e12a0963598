import type { AccountView, OrgChoice, SignInResult } from '../../shared/account';
import { SIGNED_OUT } from '../../shared/account';
import { summarizePrincipal } from '../../shared/domain/self';
import type { Self } from '../../shared/domain/self';
import { AppError } from '../../shared/errors';
import type { AccountSlot } from './account-slot';
import { createDevinClient } from '../api/client';
import type { DevinClient, DevinClientOptions } from '../api/client';
import type { RequestLog } from '../api/request-log';
import type { KeyStore } from './key-store';
import { normalizeApiKey } from './key-format';
import { listOrgChoices, validateOrgAccess } from './org-resolution';
import { encodeBoundKey, originOf } from './bound-key';
import { apiTarget, keyForTarget } from './key-for-origin';
import { appBaseUrlFor } from '../security/app-origins';

/** What other services get: a client bound to the chosen organization. */
export interface SignedInApi {
  client: DevinClient;
  orgId: string;
}

/** A devin-sim running in this process for demo mode. */
export interface DemoServer {
  baseUrl: string;
  close(): Promise<void>;
}

/** The org-scoped test key devin-sim accepts; demo mode only, never a real credential. */
export const DEMO_KEY = 'cog_sim_org';

export interface AccountServiceOptions {
  /** What this account remembers (its settings record, #16). */
  settings: AccountSlot;
  /** The OS keychain (or a MemoryKeyStore where there is none). Holds the key bound to its API origin (bound-key.ts). */
  keychain: KeyStore;
  /** DEVIN_API_KEY / DEVIN_ORG_ID / DEVIN_API_URL override what is stored (as in Devin's docs). */
  env: NodeJS.ProcessEnv;
  fetch?: typeof fetch;
  /** Request log hook for every client this service creates (already redacted by the client). */
  onRequest?: (log: RequestLog) => void;
  createClient?: (opts: DevinClientOptions) => DevinClient;
  startDemoServer?: () => Promise<DemoServer>;
}

export interface SignInRequest {
  key: string;
  orgId?: string | undefined;
  memoryOnly?: boolean | undefined;
}

export interface AccountService {
  view(): AccountView;
  /** Signs in from the environment or the keychain; returns why it could not (or null). Never throws. */
  restore(): Promise<AppError | null>;
  signIn(req: SignInRequest): Promise<SignInResult>;
  chooseOrg(req: { orgId: string; orgName?: string | undefined; memoryOnly?: boolean | undefined }): Promise<AccountView>;
  signOut(): Promise<AccountView>;
  /**
   * The API rejected the key mid-run (401): show the signed-out state at once. The stored key is
   * left alone (signing in again replaces it; a restart retries it and explains the refusal).
   */
  keyRejected(): Promise<AccountView>;
  startDemo(): Promise<AccountView>;
  /** Throws NOT_SIGNED_IN or ORG_REQUIRED when the account cannot make org calls yet. */
  getApi(): SignedInApi;
  onChange(listener: (view: AccountView) => void): () => void;
  dispose(): Promise<void>;
}

/** Everything known about the signed-in principal. The key stays in this closure only. */
interface Current {
  key: string;
  /** Not bound to an org; `withOrg` gives org-scoped clients. */
  client: DevinClient;
  principal: AccountView['principal'];
  orgId: string | null;
  orgName: string | null;
  keyStore: AccountView['keyStore'];
  demo: DemoServer | null;
  /** Enterprise sign-in waiting for an org: the key is in memory only until chooseOrg. */
  pending: { memoryOnly: boolean; orgs: OrgChoice[] } | null;
}

/**
 * The account: who the key is, where it lives, which org it acts in. It validates a key with
 * `GET /v3/self` before storing it anywhere, keeps enterprise keys in memory until an org is
 * chosen, and never lets the key out (views, events, errors and settings carry no key). A stored
 * key is bound to the API origin it was checked at and is never sent anywhere else (key-for-origin.ts).
 */
export function createAccountService(opts: AccountServiceOptions): AccountService {
  const { settings, keychain, env } = opts;
  const createClient = opts.createClient ?? createDevinClient;
  const listeners = new Set<(view: AccountView) => void>();
  let current: Current | null = null;
  // Set when the keychain failed in this run, cleared when it works again (AccountView.keychainUnavailable).
  let keychainUnavailable = false;
  let queue: Promise<unknown> = Promise.resolve();

  const configuredBaseUrl = () => apiTarget(env, settings.get().apiBaseUrl).baseUrl;
  const makeClient = (baseUrl: string, apiKey: string) =>
    createClient({ baseUrl, apiKey, ...(opts.fetch ? { fetch: opts.fetch } : {}), ...(opts.onRequest ? { onRequest: opts.onRequest } : {}) });

  // One account operation at a time: a double-clicked "Sign in" must not interleave with itself.
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const urlFromEnv = () => Boolean(env['DEVIN_API_URL']?.trim());
  const view = (): AccountView => {
    if (!current) {
      const apiBaseUrl = safeBaseUrl(configuredBaseUrl());
      return {
        ...SIGNED_OUT,
        apiBaseUrl,
        apiBaseUrlFromEnv: urlFromEnv(),
        appBaseUrl: appBaseUrlFor(originOf(apiBaseUrl), false),
        ...(keychainUnavailable ? { keychainUnavailable } : {}),
      };
    }
    return {
      signedIn: true,
      demo: current.demo !== null,
      principal: current.principal,
      orgId: current.orgId,
      orgName: current.orgName,
      keyStore: current.keyStore,
      apiBaseUrl: current.client.baseUrl,
      apiBaseUrlFromEnv: current.demo === null && urlFromEnv(),
      // The key was checked at this origin: its own host counts for links even when it is not one of Devin's.
      appBaseUrl: appBaseUrlFor(originOf(current.client.baseUrl), current.pending === null),
      needsOrg: current.orgId === null,
      ...(keychainUnavailable ? { keychainUnavailable } : {}),
    };
  };

  /** Runs a keychain operation, remembering whether the keychain works in this run. */
  const viaKeychain = async <T>(op: () => Promise<T>): Promise<T> => {
    try {
      const result = await op();
      keychainUnavailable = false;
      return result;
    } catch (err) {
      if (err instanceof AppError && err.code === 'KEYCHAIN_UNAVAILABLE') keychainUnavailable = true;
      throw err;
    }
  };

  const replace = async (next: Current | null) => {
    const previous = current;
    current = next;
    if (previous?.demo && previous.demo !== next?.demo) await previous.demo.close();
    const snapshot = view();
    for (const listener of listeners) listener(snapshot);
  };

  /** Stores the key (keychain, or memory when asked), then the org; nothing is changed if storing fails. */
  const commit = async (next: Omit<Current, 'keyStore' | 'pending' | 'demo'>, memoryOnly: boolean) => {
    let keyStore: AccountView['keyStore'];
    if (memoryOnly) {
      keyStore = 'memory';
      // An older key left in the keychain would come back at the next start; remove it if we can.
      await keychain.delete().catch(() => undefined);
    } else {
      // Bound to the origin it was just checked at: neither the app nor the CLI sends it anywhere else.
      try {
        await viaKeychain(() => keychain.set(encodeBoundKey(next.key, originOf(next.client.baseUrl))));
      } catch (err) {
        // The view now says the keychain is unavailable (the onboarding offers memory only).
        await replace(current);
        throw err;
      }
      keyStore = keychain.kind;
    }
    await settings.update({ orgId: next.orgId, orgName: next.orgName, keyInKeychain: keyStore === 'keychain' });
    await replace({ ...next, keyStore, pending: null, demo: null });
  };

  const principalOf = (self: Self): NonNullable<AccountView['principal']> => {
    const { type, name } = summarizePrincipal(self);
    const id = principalIdOf(self);
    return id ? { type, name, id } : { type, name };
  };

  return {
    view,

    restore: () =>
      serial(async () => {
        try {
          const target = apiTarget(env, settings.get().apiBaseUrl);
          // Refuses (with the reason) a key bound to another origin: it is never sent there.
          let found;
          try {
            found = await keyForTarget({ kind: keychain.kind, get: () => viaKeychain(() => keychain.get()), set: (k) => keychain.set(k), delete: () => keychain.delete() }, env, target);
          } catch (err) {
            // No keychain, and no key was ever saved there: nothing failed that the user should hear
            // about at start ("could not sign in with the saved key" would be untrue). The view says
            // the keychain is unavailable, so the onboarding offers to keep a key in memory.
            if (err instanceof AppError && err.code === 'KEYCHAIN_UNAVAILABLE' && !mayHaveSavedKey(settings.get())) {
              await replace(null);
              return null;
            }
            throw err;
          }
          if (!found) return null;
          const { key } = found;
          const fromEnv = found.source === 'env';
          const client = makeClient(target.baseUrl, key);
          let self: Self | null = null;
          try {
            self = await client.self();
          } catch (err) {
            // A rejected key signs nothing in (and is kept until the user signs out or in again);
            // being offline keeps the stored identity usable without a name.
            if (err instanceof AppError && (err.code === 'AUTH_INVALID' || err.code === 'FORBIDDEN')) return err;
          }
          const stored = settings.get();
          const orgId = env['DEVIN_ORG_ID']?.trim() || self?.org_id || stored.orgId;
          const orgName = orgId && orgId === stored.orgId ? stored.orgName : null;
          if (!fromEnv && orgId && orgId !== stored.orgId) await settings.update({ orgId, orgName });
          await replace({
            key,
            client,
            principal: self ? principalOf(self) : null,
            orgId,
            orgName,
            keyStore: fromEnv ? 'env' : keychain.kind,
            demo: null,
            pending: null,
          });
          return null;
        } catch (err) {
          return err instanceof AppError ? err : new AppError('INTERNAL', String(err), {}, { detail: String(err) });
        }
      }),

    signIn: (req) =>
      serial(async () => {
        const key = normalizeApiKey(req.key);
        const client = makeClient(configuredBaseUrl(), key);
        // 401 → AUTH_INVALID propagates here, before anything is stored.
        const self = await client.self();
        const principal = principalOf(self);
        const memoryOnly = req.memoryOnly ?? false;
        const typed = req.orgId?.trim();

        let org: OrgChoice | null = null;
        let orgs: OrgChoice[] = [];
        if (self.org_id) {
          // An org-scoped key works in its own org only; that wins over anything typed.
          org = { orgId: self.org_id, name: '' };
        } else if (typed) {
          await validateOrgAccess(client, typed);
          org = { orgId: typed, name: '' };
        } else {
          orgs = await listOrgChoices(client);
          if (orgs.length === 1) org = orgs[0]!;
        }

        if (!org) {
          await replace({ key, client, principal, orgId: null, orgName: null, keyStore: null, demo: null, pending: { memoryOnly, orgs } });
          return { status: 'chooseOrg', orgs, account: view() };
        }
        await commit({ key, client, principal, orgId: org.orgId, orgName: org.name || null }, memoryOnly);
        return { status: 'signedIn', account: view() };
      }),

    chooseOrg: (req) =>
      serial(async () => {
        const now = current;
        if (!now) throw new AppError('NOT_SIGNED_IN', 'Sign in before choosing an organization');
        const orgId = req.orgId.trim();
        const listed = now.pending?.orgs.find((o) => o.orgId === orgId);
        if (!listed) await validateOrgAccess(now.client, orgId);
        const orgName = listed?.name ?? req.orgName?.trim() ?? null;
        if (now.pending) {
          // Memory only when asked at sign-in, or now, after the keychain refused the key at Continue.
          await commit({ ...now, orgId, orgName }, now.pending.memoryOnly || req.memoryOnly === true);
        } else {
          if (!now.demo) await settings.update({ orgId, orgName });
          await replace({ ...now, orgId, orgName });
        }
        return view();
      }),

    signOut: () =>
      serial(async () => {
        const was = current;
        // Leaving the demo touches nothing stored: the real account, if any, comes back next start.
        if (was?.demo) {
          await replace(null);
          return view();
        }
        // The key goes first, so "signed out" is only ever shown once it is really gone.
        try {
          await keychain.delete();
        } catch (err) {
          // Only a key we put in the keychain must be removed; otherwise an unreachable keychain is fine.
          if (was?.keyStore === 'keychain') throw err;
        }
        await settings.update({ orgId: null, orgName: null, keyInKeychain: false });
        await replace(null);
        return view();
      }),

    keyRejected: () =>
      serial(async () => {
        await replace(null);
        return view();
      }),

    startDemo: () =>
      serial(async () => {
        if (current?.demo) return view();
        if (!opts.startDemoServer) throw new AppError('INTERNAL', 'Demo mode is not available here', {}, { detail: 'no demo server' });
        const server = await opts.startDemoServer();
        try {
          const client = makeClient(server.baseUrl, DEMO_KEY);
          const self = await client.self();
          await replace({
            key: DEMO_KEY,
            client,
            principal: principalOf(self),
            orgId: self.org_id,
            orgName: null,
            keyStore: 'memory',
            demo: server,
            pending: null,
          });
        } catch (err) {
          await server.close();
          throw err;
        }
        return view();
      }),

    getApi() {
      if (!current) throw new AppError('NOT_SIGNED_IN', 'Not signed in');
      if (!current.orgId) throw new AppError('ORG_REQUIRED', 'No organization chosen');
      return { client: current.client.withOrg(current.orgId), orgId: current.orgId };
    },

    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    dispose: () =>
      serial(async () => {
        const demo = current?.demo;
        current = null;
        listeners.clear();
        await demo?.close();
      }),
  };
}

/** The principal's own id (service_user_id or user_id), for telling its sessions apart ("Mine"). */
function principalIdOf(self: Self): string | null {
  if (self.principal_type === 'service_user') return self.service_user_id;
  if (self.principal_type === 'pat_user') return self.user_id;
  return null;
}

/**
 * Whether a key may be waiting in the keychain: saved there at the last sign-in, or (files from
 * before keyInKeychain was recorded) an organization was remembered.
 */
function mayHaveSavedKey(stored: { keyInKeychain: boolean | null; orgId: string | null }): boolean {
  return stored.keyInKeychain ?? stored.orgId !== null;
}

/** The view shows the configured URL even when it is malformed; the error comes at sign-in. */
function safeBaseUrl(url: string): string {
  return url.replace(/\/+$/, '');
}
