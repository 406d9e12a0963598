import { randomUUID } from 'node:crypto';
import type { AccountView } from '../../shared/account';
import type { AccountSummary, AccountsView, AddAccountRequest } from '../../shared/accounts';
import { AppError } from '../../shared/errors';
import type { AccountRecord } from '../../shared/settings';
import { createAccountService } from '../account/account-service';
import type { AccountService, AccountServiceOptions, SignedInApi } from '../account/account-service';
import { createMemorySlot } from '../account/account-slot';
import type { KeyStore } from '../account/key-store';
import type { SettingsStore } from '../settings/settings-store';
import { normalizeLabel, sameLabel } from './account-label';
import { keyEntryFor, LEGACY_KEY_ENTRY } from './key-entry';
import { createSettingsSlot } from './settings-slot';
import type { DraftAccount } from './settings-slot';

export interface AccountsServiceOptions extends Omit<AccountServiceOptions, 'settings' | 'keychain'> {
  settings: SettingsStore;
  /** The keychain entry of one account (the OS keychain under service "devin-tray"; tests: fakes). */
  keychainFor: (entry: string) => KeyStore;
  /** Asked before an account is removed (main's own dialog); no removes nothing. */
  confirmRemove?: (account: AccountSummary) => Promise<boolean>;
  newId?: () => string;
}

/** A signed-in account with an organization: what the sessions fan-out tracks. */
export interface SignedInAccount {
  id: string;
  label: string;
  /** Its keychain entry (the first account keeps the single-account entry and state files). */
  keyEntry: string;
  api: SignedInApi;
  view: AccountView;
}

/** Why an account could not sign in with its saved key at start. */
export interface RestoreProblem {
  id: string;
  label: string;
  problem: AppError;
}

/**
 * Several accounts at once (#16). As an `AccountService` it is the *current* account (handoff,
 * library, composer, the onboarding's sign-in); the rest is the list: add, remove, rename, switch,
 * and per-account access for the sessions fan-out and session-scoped actions.
 */
export interface AccountsService extends AccountService {
  accounts(): AccountsView;
  /** Signs a new account in; a label already used replaces that account (its old key is removed). */
  add(req: AddAccountRequest & { memoryOnly?: boolean | undefined }): Promise<AccountsView>;
  remove(id: string): Promise<AccountsView>;
  rename(id: string, label: string): Promise<AccountsView>;
  setCurrent(id: string): Promise<AccountsView>;
  /** Every account that can make org calls, in list order. */
  signedIn(): SignedInAccount[];
  /** Throws ACCOUNT_UNKNOWN, NOT_SIGNED_IN or ORG_REQUIRED. */
  apiFor(id: string): SignedInApi;
  labelOf(id: string): string | null;
  /** That account's key was refused (401): only it is signed out; the current moves to a signed-in one. */
  keyRejectedFor(id: string): Promise<void>;
  /** Restores every account; one problem per account that could not sign in. */
  restoreAll(): Promise<RestoreProblem[]>;
  onAccountsChange(listener: (view: AccountsView) => void): () => void;
}

interface Entry {
  id: string;
  draft: DraftAccount;
  service: AccountService;
  /** DEVIN_API_KEY: one account for this run, never written to settings. */
  ephemeral: boolean;
  off: () => void;
}

/** The label of the account DEVIN_API_KEY signs in (not stored). */
export const ENV_ACCOUNT_LABEL = 'DEVIN_API_KEY';

export function createAccountsService(opts: AccountsServiceOptions): AccountsService {
  const { settings, keychainFor, env } = opts;
  const newId = opts.newId ?? (() => `acct-${randomUUID().slice(0, 8)}`);
  const entries = new Map<string, Entry>();
  const currentListeners = new Set<(view: AccountView) => void>();
  const listListeners = new Set<(view: AccountsView) => void>();
  const fromEnv = Boolean(env['DEVIN_API_KEY']?.trim());
  let currentId = '';
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const records = (): AccountRecord[] => settings.get().accounts;
  const recordOf = (id: string) => records().find((r) => r.id === id);

  const emitCurrent = () => {
    const view = current().service.view();
    for (const l of currentListeners) l(view);
  };
  const emitList = () => {
    const view = list();
    for (const l of listListeners) l(view);
  };

  const open = (draft: DraftAccount, ephemeral = false): Entry => {
    const slot = ephemeral ? createMemorySlot({ apiBaseUrl: settings.get().apiBaseUrl }) : createSettingsSlot(settings, draft);
    const { keychainFor: _k, confirmRemove: _c, newId: _n, settings: _s, ...rest } = opts;
    const service = createAccountService({ ...rest, settings: slot, keychain: keychainFor(draft.keyEntry) });
    const entry: Entry = { id: draft.id, draft, service, ephemeral, off: () => undefined };
    entry.off = service.onChange(() => {
      if (entry.id === currentId) emitCurrent();
      emitList();
    });
    entries.set(entry.id, entry);
    return entry;
  };

  const openDraft = (extra: Partial<DraftAccount> = {}): Entry => {
    const id = newId();
    return open({ id, keyEntry: keyEntryFor(id, records().map((r) => r.keyEntry)), ...extra });
  };

  const close = async (entry: Entry) => {
    entry.off();
    entries.delete(entry.id);
    await entry.service.dispose();
  };

  const current = (): Entry => {
    const entry = entries.get(currentId);
    if (!entry) throw new AppError('INTERNAL', 'No current account', {}, { detail: 'no current account' });
    return entry;
  };

  const usable = (e: Entry) => {
    const v = e.service.view();
    return v.signedIn && !v.needsOrg && v.orgId !== null;
  };

  /** Entries in list order: the settings file's order, then accounts not kept there (env, demo, drafts). */
  const ordered = (): Entry[] => {
    const byRecord = records()
      .map((r) => entries.get(r.id))
      .filter((e): e is Entry => e !== undefined);
    return [...byRecord, ...[...entries.values()].filter((e) => !byRecord.includes(e))];
  };

  const labelOf = (id: string): string | null => {
    const entry = entries.get(id);
    if (!entry) return null;
    if (entry.ephemeral) return ENV_ACCOUNT_LABEL;
    return recordOf(id)?.label ?? entry.draft.label ?? null;
  };

  const summary = (e: Entry): AccountSummary => {
    const v = e.service.view();
    const r = recordOf(e.id);
    return {
      id: e.id,
      label: labelOf(e.id) ?? (v.demo ? 'DEMO' : ''),
      apiBaseUrl: v.signedIn ? v.apiBaseUrl : (r?.apiBaseUrl ?? v.apiBaseUrl),
      orgId: v.orgId ?? r?.orgId ?? null,
      orgName: v.orgName ?? r?.orgName ?? null,
      signedIn: v.signedIn && !v.needsOrg,
      demo: v.demo,
      keyStore: v.keyStore,
      current: e.id === currentId,
    };
  };

  const list = (): AccountsView => ({
    // A draft (the onboarding's sign-in not done yet) is no account yet.
    accounts: ordered()
      .filter((e) => recordOf(e.id) !== undefined || e.service.view().signedIn)
      .map(summary),
    currentAccountId: currentId || null,
  });

  const switchTo = async (id: string) => {
    if (id === currentId) return;
    currentId = id;
    const entry = entries.get(id);
    if (entry && !entry.ephemeral && recordOf(id)) await settings.update({ currentAccountId: id });
    emitCurrent();
    emitList();
  };

  /** After the current account left or lost its key: the first signed-in account, else any, else a new draft. */
  const pickCurrent = async () => {
    const all = ordered();
    const next = all.find(usable) ?? all.find((e) => e.id === currentId) ?? all[0] ?? openDraft();
    if (next.id !== currentId) await switchTo(next.id);
    else {
      emitCurrent();
      emitList();
    }
  };

  /** Signs the account out (its key removed) and forgets it. */
  const forget = async (entry: Entry) => {
    await entry.service.signOut();
    await settings.updateWith((s) => ({
      accounts: s.accounts.filter((a) => a.id !== entry.id),
      currentAccountId: s.currentAccountId === entry.id ? null : s.currentAccountId,
    }));
    await close(entry);
    if (entry.id === currentId) {
      currentId = '';
      await pickCurrent();
    } else emitList();
  };

  const find = (id: string): Entry => {
    const entry = entries.get(id);
    if (!entry) throw new AppError('ACCOUNT_UNKNOWN', `No account ${id}`, {}, { id });
    return entry;
  };

  // The accounts there are before anything is restored: env → one; else every record (or a draft).
  if (fromEnv) {
    currentId = open({ id: 'env', keyEntry: LEGACY_KEY_ENTRY }, true).id;
  } else {
    for (const r of records()) open({ id: r.id, label: r.label, keyEntry: r.keyEntry, apiBaseUrl: r.apiBaseUrl });
    const stored = settings.get().currentAccountId;
    currentId = (stored && entries.has(stored) ? stored : records()[0]?.id) ?? openDraft().id;
  }

  const restoreAll = (): Promise<RestoreProblem[]> =>
    serial(async () => {
      const all = ordered();
      const problems = await Promise.all(all.map(async (e) => ({ e, problem: await e.service.restore() })));
      if (!usable(current())) {
        const first = ordered().find(usable);
        if (first) await switchTo(first.id);
      }
      emitList();
      return problems.filter((p) => p.problem !== null).map((p) => ({ id: p.e.id, label: labelOf(p.e.id) ?? '', problem: p.problem! }));
    });

  return {
    view: () => current().service.view(),
    async restore() {
      const problems = await restoreAll();
      return problems.find((p) => p.id === currentId)?.problem ?? problems[0]?.problem ?? null;
    },
    restoreAll,
    signIn: (req) => current().service.signIn(req),
    chooseOrg: (req) => current().service.chooseOrg(req),
    signOut: () =>
      serial(async () => {
        const entry = current();
        // Leaving the demo or an env sign-in touches nothing stored.
        if (entry.service.view().demo || entry.ephemeral) return entry.service.signOut();
        await forget(entry);
        return current().service.view();
      }),
    keyRejected: () => current().service.keyRejected(),
    startDemo: () => current().service.startDemo(),
    getApi: () => current().service.getApi(),
    onChange(listener) {
      currentListeners.add(listener);
      return () => currentListeners.delete(listener);
    },
    async dispose() {
      await serial(async () => {
        for (const e of [...entries.values()]) await close(e);
        currentListeners.clear();
        listListeners.clear();
      });
    },

    accounts: list,
    add: (req) =>
      serial(async () => {
        if (fromEnv) throw new AppError('ACCOUNTS_FROM_ENV', 'DEVIN_API_KEY is set: it is the only account in this run');
        const label = normalizeLabel(req.label);
        const replaced = records().find((r) => sameLabel(r.label, label));
        const apiBaseUrl = req.apiBaseUrl?.trim() || replaced?.apiBaseUrl || settings.get().apiBaseUrl;
        const entry = openDraft({ label, apiBaseUrl });
        try {
          const result = await entry.service.signIn({ key: req.key, orgId: req.orgId, memoryOnly: req.memoryOnly });
          if (result.status === 'chooseOrg') {
            const orgs = result.orgs.map((o) => o.orgId).join(', ');
            throw new AppError('ACCOUNT_ORG_REQUIRED', `This key works in several organizations; name one: ${orgs}`, { choices: result.orgs }, { orgs });
          }
        } catch (err) {
          // Nothing of a refused sign-in is kept (the slot writes only once an org is committed).
          await close(entry);
          throw err;
        }
        if (replaced) {
          // The new account takes the old one's place and label; the old key leaves the keychain.
          const old = entries.get(replaced.id);
          if (old) {
            await old.service.signOut().catch(() => undefined);
            await close(old);
          }
          await settings.updateWith((s) => {
            const added = s.accounts.find((a) => a.id === entry.id);
            const rest = s.accounts.filter((a) => a.id !== entry.id);
            return {
              accounts: rest.map((a) => (a.id === replaced.id && added ? { ...added, label: replaced.label } : a)),
              currentAccountId: s.currentAccountId === replaced.id ? entry.id : s.currentAccountId,
            };
          });
          if (currentId === replaced.id) currentId = entry.id;
        }
        // The new account becomes current only in place of a sign-in not done yet (a stored account that
        // is merely not restored here, as in the CLI, stays current).
        if (!recordOf(currentId) && !usable(current())) await switchTo(entry.id);
        emitCurrent();
        emitList();
        return list();
      }),
    remove: (id) =>
      serial(async () => {
        const entry = find(id);
        if (entry.ephemeral) throw new AppError('ACCOUNTS_FROM_ENV', 'DEVIN_API_KEY is set: unset it to remove this account');
        const yes = opts.confirmRemove ? await opts.confirmRemove(summary(entry)) : true;
        if (!yes) throw new AppError('CANCELLED', 'The account was not removed');
        await forget(entry);
        return list();
      }),
    rename: (id, typed) =>
      serial(async () => {
        const entry = find(id);
        const label = normalizeLabel(typed);
        if (!recordOf(entry.id)) throw new AppError('ACCOUNT_UNKNOWN', `No stored account ${id}`, {}, { id });
        if (records().some((r) => r.id !== id && sameLabel(r.label, label))) {
          throw new AppError('ACCOUNT_LABEL_TAKEN', `Another account is already called ${label}`, {}, { label });
        }
        await settings.updateWith((s) => ({ accounts: s.accounts.map((a) => (a.id === id ? { ...a, label } : a)) }));
        emitList();
        return list();
      }),
    setCurrent: (id) =>
      serial(async () => {
        const entry = find(id);
        if (!usable(entry)) throw new AppError('ACCOUNT_SIGNED_OUT', `${labelOf(id) ?? id} is signed out`, {}, { label: labelOf(id) ?? id });
        await switchTo(id);
        return list();
      }),
    signedIn: () =>
      ordered()
        .filter(usable)
        .map((e) => ({ id: e.id, label: labelOf(e.id) ?? '', keyEntry: e.draft.keyEntry, api: e.service.getApi(), view: e.service.view() })),
    apiFor: (id) => find(id).service.getApi(),
    labelOf,
    keyRejectedFor: (id) =>
      serial(async () => {
        const entry = entries.get(id);
        if (!entry) return;
        // Another signed-in account becomes current first, so the window never shows the sign-in in between.
        if (id === currentId) {
          const other = ordered().find((e) => e !== entry && usable(e));
          if (other) await switchTo(other.id);
        }
        await entry.service.keyRejected();
        emitList();
      }),
    onAccountsChange(listener) {
      listListeners.add(listener);
      return () => listListeners.delete(listener);
    },
  };
}
