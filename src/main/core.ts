import type { EventName, EventPayload, Notice } from '../shared/ipc/contract';
import type { SerializedError } from '../shared/errors';
import { AppError } from '../shared/errors';
import { resolveLocale, translate } from '../shared/i18n';
import type { Locale } from '../shared/i18n';
import type { DemoServer } from './account/account-service';
import { Keychain } from './account/keychain';
import type { KeyStore } from './account/key-store';
import { MemoryKeyStore } from './account/key-store';
import { createAccountsService } from './accounts/accounts-service';
import type { AccountsService } from './accounts/accounts-service';
import { LEGACY_KEY_ENTRY } from './accounts/key-entry';
import { trackedAccounts } from './accounts/tracked-accounts';
import { accountRemoveDialog } from './accounts/account-dialogs';
import { accountsHandlers } from './ipc/handlers/accounts';
import { localizeKeychainDetail } from './account/keychain-error';
import { describeSerializedError, toSerializedError } from './api/describe-error';
import type { RequestLog } from './api/request-log';
import { accountHandlers } from './ipc/handlers/account';
import { appHandlers } from './ipc/handlers/app';
import { createLibraryHandlers } from './ipc/handlers/library';
import { settingsHandlers } from './ipc/handlers/settings';
import { shellHandlers } from './ipc/handlers/shell';
import { createRouter } from './ipc/router';
import type { Handlers, Router, RouterOptions } from './ipc/router';
import { createExternalUrlPolicy } from './security/external-url';
import type { ExternalUrlPolicy } from './security/external-url';
import { appOriginsFor, DEVIN_APP_ORIGIN } from './security/app-origins';
import { answerNo } from './security/confirm-port';
import type { ConfirmPort } from './security/confirm-port';
import { gateConfirm } from './security/confirm-gate';
import { openLink } from './security/open-link';
import { createPathHandles } from './security/path-handles';
import { originOf } from './account/bound-key';
import { saveApiBaseUrl } from './account/api-url-change';
import { redactSecrets } from './security/redact';
import { isTrustedSenderUrl } from './security/trusted-sender';
import { createSettingsStore } from './settings/settings-store';
import type { SettingsStore } from './settings/settings-store';
import { startDemoSim } from './account/demo-sim';
import { createSessionsService } from './sessions/sessions-service';
import type { SessionsService, SessionsServiceDeps } from './sessions/sessions-service';
import { createSessionsHandlers, forwardSessionsEvents } from './ipc/handlers/sessions';
import { createSessionScopeHandlers } from './ipc/handlers/session-scope';
import { createSessionScope } from './sessions/session-scope';
import { createSessionRoutes } from './sessions/session-routes';
import { SESSION_GROUPS } from '../shared/sessions/session-state';
import { ALL_ORGS_STATE_ID, enterpriseSessionSource } from './sessions/enterprise-session-source';
import type { AccountView } from '../shared/account';
import { applyNotificationPatch } from '../shared/sessions/notification-settings';
import { createDesktopHandlers, createNavigationInbox } from './ipc/handlers/desktop';
import type { NavigationInbox } from './ipc/handlers/desktop';
import { handoffHandlers } from './ipc/handlers/handoff';
import { createHandoffService } from './handoff/handoff-service';
import { homedir } from 'node:os';
import { createDownloadManager } from './attachments/download-manager';
import type { DownloadManager } from './attachments/download-manager';
import { downloadsFinishedNotice } from './attachments/downloads-notice';
import type { DownloadsFinishedNotice } from './attachments/downloads-notice';
import { defaultDownloadDir } from './attachments/default-download-dir';
import { createAttachmentsHandlers, forwardAttachmentsEvents } from './ipc/handlers/attachments';
import type { AttachmentsDialogPort, AttachmentsShellPort } from './ipc/handlers/attachments';
import { attachmentsUiHandlers } from './ipc/handlers/attachments-ui';
import type { ChooseFilesPort } from './ipc/handlers/attachments-ui';
import { createUpdateService } from './update/update-service';
import type { UpdateDriver, UpdateService } from './update/update-service';
import { updateHandlers } from './ipc/handlers/update';
import { createSessionMetaHandlers } from './ipc/handlers/session-meta';
import { createSessionInsightsService } from './sessions/session-insights-service';
import { createComposerMemory } from './sessions/composer-memory';
import { join } from 'node:path';
import { createCheckoutService } from './checkout/checkout-service';
import { createHandoffSources, handoffSourcesFile } from './checkout/handoff-sources';
import { checkoutHandlers } from './ipc/handlers/checkout';
import { createUsageService } from './usage/usage-service';
import type { UsageService } from './usage/usage-service';
import { usageHandlers } from './ipc/handlers/usage';
import { createNetworkHandlers } from './ipc/handlers/network';
import { createEnvNetwork } from './network/env-network';
import type { NetworkPort } from './network/network-port';
import { createProxyAuthBroker } from './network/proxy-auth-broker';
import type { ProxyAuthBroker } from './network/proxy-auth-broker';
import type { ProxyAuthChallenge } from '../shared/network';
import { createSecretsHandlers } from './ipc/handlers/secrets';
import { createDraftsStore } from './drafts/drafts-store';
import { createDraftsHandlers } from './ipc/handlers/drafts';

export interface CoreOptions {
  /** Electron's app.getPath('userData'), or a temp dir in tests; holds settings.json. */
  userDataDir: string;
  env: NodeJS.ProcessEnv;
  /** The OS locale (app.getLocale()), used when settings.locale is 'system'. */
  osLocale: string;
  runtime: 'electron' | 'preview';
  /** The renderer's own URLs (built file, dev server, preview origin); every other sender is refused. */
  trustedRendererUrls: readonly string[];
  /** Defaults to the OS keychain. The first account's entry (the single account of before #16). */
  keychain?: KeyStore;
  /** One keychain entry per account (#16); defaults to the OS keychain (or `keychain` for the first entry). */
  keychainFor?: (entry: string) => KeyStore;
  openExternal: (url: string) => Promise<void>;
  /**
   * Main's own yes/no dialog (Electron's dialog.showMessageBox; the e2e harness answers it): asked
   * before a signed-in key's API URL changes and before a PR link on an unknown host opens.
   * Without one, every such question is answered no.
   */
  confirm?: ConfirmPort;
  /** The clock of the API-URL question's wait after a refusal (tests). */
  confirmClock?: () => number;
  version: string;
  platform: string;
  /** Overrides the network's fetch for API calls (tests). */
  fetch?: typeof fetch;
  /**
   * How requests leave the machine. Electron: Chromium's stack (system proxy, PAC, OS
   * certificates, proxy login through `proxyAuth`). Default: Node with HTTPS_PROXY/HTTP_PROXY/NO_PROXY from `env`.
   */
  createNetwork?: (ctx: { proxyAuth: ProxyAuthBroker }) => NetworkPort;
  /** A proxy asks for credentials: the glue brings the window (holding the dialog) forward. */
  onProxyAuthChallenge?: (challenge: ProxyAuthChallenge) => void;
  /** Diagnostic lines (API requests, restore problems); keys are redacted before they get here. */
  log?: (line: string) => void;
  /** Observes every IPC call (tests). */
  onCall?: RouterOptions['onCall'];
  /** Starts the in-process devin-sim for demo mode; defaults to the real one. */
  startDemoServer?: () => Promise<DemoServer>;
  /** File manager actions for finished downloads (Electron's shell); the preview records them. */
  attachmentsShell?: AttachmentsShellPort;
  /** The download-folder picker (Electron's dialog). */
  attachmentsDialog?: AttachmentsDialogPort;
  /** The file picker for "Attach files…" on a reply (Electron's dialog); without it the UI asks for a drop. */
  chooseFiles?: ChooseFilesPort;
  /** Home folder for ~/Downloads/Devin (tests point it at a temp dir). */
  homeDir?: string;
  /** A finished "download all" batch: the glue shows it as a native notification. */
  onDownloadsFinished?: (notice: DownloadsFinishedNotice) => void;
  /** Tracker overrides (fake clock and intervals in tests and benchmarks). */
  sessionsDeps?: Partial<Pick<SessionsServiceDeps, 'clock' | 'random' | 'options'>>;
  /** The OS folder dialog for "Choose folder…" (Electron glue); the harness returns a test path. */
  chooseFolder?: () => Promise<string | null>;
  /**
   * Self-updating (electron-updater in a packaged app). Without a driver updates are off
   * ('unpackaged' unless `blockedBy` says otherwise); demo mode turns them off too.
   */
  updates?: { driver: UpdateDriver | null; blockedBy?: 'unpackaged' | 'unsupported' | null };
}

export type CoreEventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface Core {
  router: Router;
  /** Push events for the renderer; returns the unsubscribe function. */
  onEvent(listener: (event: EventName, payload: unknown) => void): () => void;
  /** The accounts (#16); as an AccountService, the current one. */
  account: AccountsService;
  settings: SettingsStore;
  /** Session tracking: the Electron glue subscribes for notifications and the tray. */
  sessions: SessionsService;
  /** Attachment downloads (queue, progress, resume). */
  downloads: DownloadManager;
  /** Self-updating: the tray's "Restart to update" and Settings › Updates. */
  updates: UpdateService;
  /** ACU usage: today's figure (tray tooltip) and budget alerts (native notifications). */
  usage: UsageService;
  /** How requests leave the machine (proxy, certificates). */
  network: NetworkPort;
  /** Proxy sign-in questions; Electron's login events go here. */
  proxyAuth: ProxyAuthBroker;
  /** Lets services register URLs the API returned (PR links) as openable. */
  externalUrls: ExternalUrlPolicy;
  /** Opens a link as the policy decides, asking first where it must (notification clicks use this too). */
  openLink(url: string): Promise<void>;
  /** A renderer's webContents went away: the file and folder handles issued to it end. */
  forgetSender(senderId: string): void;
  /** The locale in effect: settings.locale, or the OS locale for 'system'. */
  locale(): Locale;
  /** Where the tray or a deep link asks the UI to go (kept until the UI takes it). */
  desktop: NavigationInbox;
  /** Adds a notice for the UI (kept for 'app:notices', pushed as 'app:notice'). */
  notify(notice: Omit<Notice, 'id'>): Notice;
  /** Restores the account (or starts the demo when DEVIN_TRAY_DEMO=1). */
  start(): Promise<void>;
  dispose(): Promise<void>;
}

/**
 * The main process without Electron: settings, account, the IPC router with every handler,
 * and the push events. electron/app.ts wires it to ipcMain; tests and the browser preview
 * drive the very same object.
 */
export function createCore(opts: CoreOptions): Core {
  const log = opts.log ?? (() => undefined);
  const settings = createSettingsStore({ dir: opts.userDataDir });
  const locale = (): Locale => {
    const chosen = settings.get().locale;
    return chosen === 'system' ? resolveLocale(opts.osLocale) : chosen;
  };

  const eventListeners = new Set<(event: EventName, payload: unknown) => void>();
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    for (const listener of eventListeners) listener(event, payload);
  };

  const notices = createNoticeBoard(
    (n) => emit('app:notice', n),
    (id) => emit('app:noticeCleared', id),
  );
  // The trust step for folders named by links asks the handoff service (Recent), created below.
  const desktop = createNavigationInbox(emit, { needsClick: (origin, path) => handoff.needsClick(origin, path) });

  const proxyAuth = createProxyAuthBroker({
    onChange: (pending) => emit('network:proxyAuthChanged', pending),
    ...(opts.onProxyAuthChallenge ? { onChallenge: opts.onProxyAuthChallenge } : {}),
  });
  const network = opts.createNetwork ? opts.createNetwork({ proxyAuth }) : createEnvNetwork(opts.env);

  const confirm = opts.confirm ?? answerNo;
  const account = createAccountsService({
    settings,
    keychainFor: opts.keychainFor ?? defaultKeychainFor(opts.keychain),
    confirmRemove: (summary) => confirm(accountRemoveDialog(summary, locale())),
    env: opts.env,
    fetch: opts.fetch ?? network.fetch,
    onRequest: (entry: RequestLog) => log(formatRequestLog(entry)),
    startDemoServer: opts.startDemoServer ?? startDemoSim,
  });

  // Links open into the Devin app host derived from the API origin; an unknown API host counts
  // only once a key was checked against it (signed in). Never a free setting.
  const externalUrls = createExternalUrlPolicy(() => {
    const view = account.view();
    // Devin's own app host is always fine to open (the key-help link falls back to it).
    return [...appOriginsFor(originOf(view.apiBaseUrl), view.signedIn), DEVIN_APP_ORIGIN];
  });
  // The API-URL question: one open at a time, a growing wait after each refusal (a page may ask in a loop).
  const confirmApiUrl = gateConfirm(confirm, opts.confirmClock ? { now: opts.confirmClock } : {});
  const openLinkChecked = (url: string) => openLink(url, { policy: externalUrls, confirm, openExternal: opts.openExternal, locale });
  const handles = createPathHandles({ locale });

  const serializeError = (err: unknown): SerializedError => {
    const lang = locale();
    const serialized = toSerializedError(localizeKeychainDetail(err, lang));
    return { ...serialized, message: describeSerializedError(serialized, lang) };
  };

  const sessions = createSessionsService({
    stateDir: opts.userDataDir,
    getLocale: locale,
    getNotificationSettings: () => settings.get().notifications,
    updateNotificationSettings: async (patch) =>
      (await settings.updateWith((current) => ({ notifications: applyNotificationPatch(current.notifications, patch) }))).notifications,
    onError: (err) => log(redactSecrets(`sessions: ${err instanceof Error ? err.message : String(err)}`)),
    ...opts.sessionsDeps,
  });

  // The enterprise inbox (#16): "All organisations" for an enterprise key, and which routes a
  // session's tags and attachments take in that scope.
  const sessionScope = createSessionScope({
    file: opts.userDataDir ? join(opts.userDataDir, 'session-scope.json') : null,
    onError: (err) => log(redactSecrets(`session scope: ${err instanceof Error ? err.message : String(err)}`)),
  });
  const sessionOrg = (id: string) => sessions.list({ groups: [...SESSION_GROUPS] }).find((v) => v.id === id)?.orgId ?? null;
  const sessionRoutes = createSessionRoutes({
    // A session's own account answers for it (#16); the enterprise scope is the current account's only.
    client: (sessionId) => (sessionId ? apiForSession(sessionId) : account.getApi()).client,
    enterpriseScope: (sessionId) => sessionScope.isAll() && (!sessionId || (sessions.ownerOf(sessionId) ?? account.accounts().currentAccountId) === account.accounts().currentAccountId),
    orgOf: (id) => sessionOrg(id),
  });

  // Which repository each session was handed off from: the checkout (#16) looks there first.
  const handoffSources = createHandoffSources(handoffSourcesFile(opts.userDataDir));
  // ACU usage: the screen's report, a session's consumption, today's ACUs and the budgets, which
  // are checked on the tracker's own poll (at most one consumption call an hour).
  const trackerClock = opts.sessionsDeps?.clock;
  const usage = createUsageService({
    stateDir: opts.userDataDir,
    getSettings: () => settings.get().usage,
    saveSettings: async (next) => (await settings.update({ usage: next })).usage,
    locale,
    describe: (err) => {
      const e = serializeError(err);
      return { code: e.code, message: e.message };
    },
    ...(trackerClock ? { now: () => trackerClock.now() } : {}),
    knownCreatedAt: (id) => {
      const ms = sessions.list().find((v) => v.id === id)?.createdAt;
      return ms ? Math.floor(ms / 1000) : null;
    },
    onError: (err) => log(redactSecrets(`usage: ${err instanceof Error ? err.message : String(err)}`)),
  });

  const handoff = createHandoffService({
    sessions,
    homeDir: opts.homeDir ?? homedir(),
    stateDir: opts.userDataDir,
    chooseFolder: opts.chooseFolder,
    onProgress: (e) => emit('handoff:progress', e),
    onError: (err) => log(redactSecrets(`handoff: ${String(err)}`)),
    recordSource: (source) => handoffSources.record(source),
  });

  // A session's own account answers for it (#16); a session no account knows yet goes to the current one.
  const apiForSession = (sessionId: string) => {
    const owner = sessions.ownerOf(sessionId);
    return owner ? account.apiFor(owner) : account.getApi();
  };
  const authFor = (url: string): string | null => {
    try {
      return account.getApi().client.authorizationFor(url);
    } catch {
      return null;
    }
  };
  // Downloads authenticate only on the API origin; the key itself stays in the account's client.
  // The bytes come from the documented route (307 to presigned storage), never from a list's `url`.
  // With several accounts (#16) a job authenticates as the account that owns its session, on its origin.
  const sessionAuth = (sessionId: string): { origin: string; header: string | null } => {
    try {
      const { client } = apiForSession(sessionId);
      return { origin: client.baseUrl, header: client.authorizationFor(client.baseUrl) };
    } catch {
      return { origin: account.view().apiBaseUrl, header: null };
    }
  };
  const downloads = createDownloadManager({
    apiOrigin: (sessionId) => sessionAuth(sessionId).origin,
    getAuthHeader: (sessionId) => sessionAuth(sessionId).header,
    attachmentUrl: (a, sessionId) => sessionRoutes.downloadUrl(a, sessionId),
    listAttachments: (id) => sessionRoutes.attachments(id),
    // Direct: the built-in fast client; through a proxy: the network's own stack.
    httpGet: network.downloadGet,
  });
  const updates = createUpdateService({
    driver: opts.updates?.driver ?? null,
    currentVersion: opts.version,
    blockedBy: () => (opts.env['DEVIN_TRAY_DEMO'] === '1' || account.view().demo ? 'demo' : (opts.updates?.blockedBy ?? null)),
    enabled: () => settings.get().autoUpdate,
    onError: (detail) => log(redactSecrets(`update: ${detail}`)),
  });
  const homeDir = opts.homeDir ?? homedir();
  const sessionTitle = (id: string) => sessions.list().find((s) => s.id === id)?.title ?? null;
  const noPort = async (): Promise<never> => {
    throw new AppError('INTERNAL', 'Not available here', {}, { detail: 'not available in this runtime' });
  };

  // Tags, insights and the composer's memory (session detail and composer).
  const insights = createSessionInsightsService({ getApi: () => sessionRoutes.insights() });
  const sessionMeta = createSessionMetaHandlers({
    getSessions: () => {
      const { client, orgId } = account.getApi();
      return { api: { ...client.sessions, tags: sessionRoutes.tags }, orgId };
    },
    refreshSession: (id) => sessions.get(id),
    insights,
    composer: createComposerMemory(join(opts.userDataDir, 'composer.json')),
    onError: (err) => log(redactSecrets(`session meta: ${err instanceof Error ? err.message : String(err)}`)),
  });

  // A session's pull request checked out in a worktree beside a repository the app knows (#16).
  const checkout = createCheckoutService({
    getSession: async (id) => {
      const view = sessions.list().find((v) => v.id === id) ?? (await sessions.get(id));
      return { id: view.id, prs: view.prs };
    },
    sources: handoffSources,
    recentRepos: () => handoff.recent(),
    ...(opts.attachmentsShell ? { shell: opts.attachmentsShell } : {}),
  });

  // What was typed and not sent yet (composer, replies, library editors), per organization (#13).
  const drafts = createDraftsStore({ file: join(opts.userDataDir, 'drafts.json'), onProblem: (m) => log(redactSecrets(m)) });
  const draftsOrg = () => {
    const view = account.view();
    return view.signedIn && view.orgId && !view.needsOrg ? view.orgId : null;
  };

  const handlers = {
    ...appHandlers({
      info: () => ({ name: 'Devin Tray', version: opts.version, platform: opts.platform, locale: locale(), runtime: opts.runtime }),
      notices,
    }),
    ...accountHandlers(account),
    ...accountsHandlers(account),
    ...settingsHandlers({
      settings,
      handles,
      saveApiBaseUrl: (url) => saveApiBaseUrl({ settings, account, confirm: confirmApiUrl, locale }, url),
    }),
    ...shellHandlers(openLinkChecked),
    ...createLibraryHandlers({ getApi: () => account.getApi(), locale }),
    ...createSessionsHandlers({ service: sessions }),
    ...createDesktopHandlers(desktop, handles),
    ...handoffHandlers(handoff, handles),
    ...createAttachmentsHandlers({
      manager: downloads,
      // With a session named (a reply's files), its account and its org (another org in the enterprise inbox).
      getClient: (sessionId) => {
        const api = sessionId ? apiForSession(sessionId) : account.getApi();
        const org = sessionId ? sessionOrg(sessionId) : null;
        const client = org && org !== api.orgId ? api.client.withOrg(org) : api.client;
        return { ...client, sessions: { ...client.sessions, attachments: (id: string) => sessionRoutes.attachments(id) } };
      },
      getSettings: () => settings.get(),
      homeDir,
      getSessionTitle: sessionTitle,
      locale,
      shell: opts.attachmentsShell ?? { showItemInFolder: () => undefined, openPath: noPort },
      dialog: opts.attachmentsDialog ?? { chooseFolder: noPort },
      handles,
      emitUploadProgress: (p) => emit('attachments:uploadProgress', p),
    }),
    ...attachmentsUiHandlers({ chooseFiles: opts.chooseFiles, locale, handles }),
    ...updateHandlers(updates),
    ...sessionMeta,
    ...checkoutHandlers(checkout),
    ...usageHandlers(usage),
    ...createNetworkHandlers({ network, proxyAuth, apiUrl: () => account.view().apiBaseUrl, authorizationFor: authFor }),
    ...createSecretsHandlers({ getClient: () => account.getApi().client }),
    ...createDraftsHandlers({ store: drafts, orgId: draftsOrg, handles }),
    ...createSessionScopeHandlers({
      scope: sessionScope,
      sessions,
      chooseOrg: (orgId, orgName) => account.chooseOrg({ orgId, ...(orgName ? { orgName } : {}) }),
    }),
  } satisfies Handlers;

  const router = createRouter(handlers, {
    isTrustedSender: (url) => isTrustedSenderUrl(url, opts.trustedRendererUrls),
    serializeError,
    ...(opts.onCall ? { onCall: opts.onCall } : {}),
  });

  // One tracker per signed-in account (#16): the sessions service keeps those whose who/where did not change.
  // The current account lists from the enterprise source when its scope is "All organisations".
  const trackAccounts = () => {
    const currentId = account.accounts().currentAccountId;
    const tracked = trackedAccounts(account.signedIn(), opts.userDataDir).map((t) => {
      if (t.accountId !== currentId || !sessionScope.isAll()) return t;
      const { client, orgId } = account.getApi();
      // The tracker schedules its own retries (and shows "retrying in N s"), so its client does not retry.
      const quiet = client.withRetry({ maxRetries: 0 });
      const source = enterpriseSessionSource({
        enterprise: quiet.enterprise.sessions,
        org: (id) => quiet.withOrg(id).sessions,
        defaultCreateOrg: () => sessionScope.view().createOrgId ?? orgId,
      });
      return { ...t, source, orgId: ALL_ORGS_STATE_ID, key: `${t.key}|all` };
    });
    void sessions.setAccounts(tracked, currentId);
  };
  // Usage and insights follow the current account: swap them only when who/where changes.
  let trackedKey = '';
  const trackAccount = (view: AccountView) => {
    const who = view.signedIn && view.orgId && !view.needsOrg ? `${view.demo}|${view.apiBaseUrl}|${view.orgId}|${view.principal?.name ?? ''}` : '';
    const key = who ? `${who}|${sessionScope.isAll() ? 'all' : 'org'}` : '';
    if (key === trackedKey) return;
    trackedKey = key;
    insights.reset();
    if (!key) {
      sessionScope.reset();
      usage.setAccount(null);
      trackAccounts();
      return;
    }
    const { client, orgId } = account.getApi();
    usage.setAccount({ key: who, orgId, usage: sessionRoutes.usage(client.usage), sessions: client.sessions, demo: view.demo });
    sessionScope.setAccountOrg(orgId);
    trackAccounts();
    // Whether this key may see every org (asked once per sign-in); a change re-tracks.
    void sessionScope
      .detect(who, client, orgId)
      .then((moved) => {
        if (moved) trackAccount(account.view());
      })
      .catch((err: unknown) => log(redactSecrets(`session scope: ${String(err)}`)));
  };

  let lastApiBaseUrl = settings.get().apiBaseUrl;
  const unsubscribe = [
    account.onChange((view) => {
      // Whatever was said about the previous sign-in stops being true when the account changes.
      notices.clear(ACCOUNT_NOTICE_KEYS);
      emit('account:changed', view);
      trackAccount(view);
      trackAccounts();
      updates.refreshAvailability(); // demo mode turns updates off
    }),
    settings.onChange((s) => {
      emit('settings:changed', s);
      updates.refreshAvailability();
    }),
    updates.onChange((view) => emit('update:changed', view)),
    account.onAccountsChange((view) => {
      emit('accounts:changed', view);
      trackAccounts();
    }),
    // Signed out, the account view names the saved API origin (where a key will be checked and bound).
    settings.onChange((s) => {
      if (s.apiBaseUrl === lastApiBaseUrl) return;
      lastApiBaseUrl = s.apiBaseUrl;
      if (!account.view().signedIn) emit('account:changed', account.view());
    }),
    forwardSessionsEvents(sessions, emit),
    sessionScope.on((v) => {
      emit('sessionScope:changed', v);
      trackAccount(account.view());
    }),
    // PR links the API returned become openable (main's openExternal allowlist).
    sessions.on('sessionsChanged', (views) => {
      for (const v of views) for (const pr of v.prs) externalUrls.allowExternalUrl(pr.url);
    }),
    forwardAttachmentsEvents(downloads, emit),
    sessions.on('polled', () => void usage.polled()),
    usage.on('today', (today) => emit('usage:today', today)),
    downloads.on('batchDone', (batch) => {
      const notice = downloadsFinishedNotice(batch, locale());
      if (notice) opts.onDownloadsFinished?.(notice);
    }),
    // Auto-download: a watched session that just finished gets its attachments saved.
    sessions.on('transition', (t) => {
      if (t.kind !== 'finished' || !settings.get().autoDownloadAttachments) return;
      const view = sessions.list().find((s) => s.id === t.sessionId);
      if (!view?.watched) return;
      const dir = defaultDownloadDir(homeDir, view.title, view.id, settings.get().attachmentsFolder);
      void downloads.downloadAll(t.sessionId, dir).catch((err: unknown) => notifyError('attachments.notice.autoFailed', err));
    }),
    // A 401 signs out only the account whose key was refused; the notice names it when there are several.
    sessions.on('authLost', ({ accountId }) => {
      const label = account.labelOf(accountId);
      const several = account.accounts().accounts.length > 1;
      void account
        .keyRejectedFor(accountId)
        .then(() =>
          notices.add(several && label ? { level: 'error', key: 'accounts.notice.keyRejected', params: { account: label } } : { level: 'error', key: 'account.notice.keyRejected' }),
        );
    }),
  ];

  const notifyError = (key: string, err: unknown, extra: Record<string, string> = {}) => {
    const message = serializeError(err).message;
    log(redactSecrets(`${key}: ${message}`));
    // Rendered in both languages now, so the banner (detail included) follows a language switch.
    const inLocale = (lang: Locale) => {
      const serialized = toSerializedError(localizeKeychainDetail(err, lang));
      return { ...extra, message: describeSerializedError(serialized, lang) };
    };
    notices.add({ level: 'warning', key, params: { ...extra, message }, paramsByLocale: { en: inLocale('en'), 'zh-CN': inLocale('zh-CN') } });
  };

  return {
    router,
    onEvent(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    account,
    settings,
    sessions,
    downloads,
    updates,
    usage,
    network,
    proxyAuth,
    externalUrls,
    openLink: openLinkChecked,
    forgetSender: (id) => handles.forgetSender(id),
    locale,
    desktop,
    notify: (n) => notices.add(n),

    async start() {
      try {
        await settings.flush();
      } catch (err) {
        notifyError('settings.notice.saveFailed', err);
      }
      if (settings.reset) {
        notices.add({
          level: 'warning',
          key: 'settings.notice.resetCorrupt',
          params: { reason: translate(locale(), `settings.reason.${settings.reset.reason}`), backup: settings.reset.backupPath },
        });
      }
      updates.start();
      if (opts.env['DEVIN_TRAY_DEMO'] === '1') {
        try {
          await account.startDemo();
        } catch (err) {
          notifyError('account.notice.demoFailed', err);
        }
        return;
      }
      const problems = await account.restoreAll();
      const several = account.accounts().accounts.length > 1;
      for (const { label, problem } of problems) {
        if (several) notifyError('accounts.notice.restoreFailed', problem, { account: label });
        else notifyError('account.notice.restoreFailed', problem);
      }
    },

    async dispose() {
      for (const off of unsubscribe) off();
      eventListeners.clear();
      handoff.dispose(); // stops git processes still running
      checkout.dispose();
      downloads.dispose();
      updates.dispose();
      proxyAuth.dispose();
      await sessions.dispose();
      await usage.dispose(); // after the tracker: no poll starts another check
      await drafts.flush().catch(() => undefined);
      await account.dispose();
      await network.dispose();
      await settings.flush().catch(() => undefined);
    },
  };
}

interface NoticeBoard {
  list(): Notice[];
  add(notice: Omit<Notice, 'id'>): Notice;
  dismiss(id: string): void;
  /** Drops the notices with these keys (they stopped being true) and tells the UI. */
  clear(keys: readonly string[]): void;
}

/** Notices about a sign-in: cleared by the next account change (sign-in, sign-out, a key rejected). */
const ACCOUNT_NOTICE_KEYS = ['account.notice.restoreFailed', 'account.notice.keyRejected'] as const;

/** Without `keychainFor`: the OS keychain per entry, or (tests) `keychain` for the first entry and memory for the others. */
function defaultKeychainFor(keychain: KeyStore | undefined): (entry: string) => KeyStore {
  if (!keychain) return (entry) => new Keychain({ account: entry });
  return (entry) => (entry === LEGACY_KEY_ENTRY ? keychain : new MemoryKeyStore());
}

/** Notices stay until dismissed or cleared, so a window opened later still shows them. */
function createNoticeBoard(onAdd: (notice: Notice) => void, onClear: (id: string) => void = () => undefined): NoticeBoard {
  let items: Notice[] = [];
  let counter = 0;
  return {
    list: () => [...items],
    add(notice) {
      const full: Notice = { ...notice, id: `notice-${++counter}` };
      items = [...items, full];
      onAdd(full);
      return full;
    },
    dismiss(id) {
      items = items.filter((n) => n.id !== id);
    },
    clear(keys) {
      const gone = items.filter((n) => keys.includes(n.key));
      items = items.filter((n) => !keys.includes(n.key));
      for (const n of gone) onClear(n.id);
    },
  };
}

/** One line per API attempt; the client already redacted the URL, we redact again to be sure. */
function formatRequestLog(entry: RequestLog): string {
  const outcome = entry.status ?? entry.errorCode ?? 'no response';
  return redactSecrets(`api ${entry.method} ${entry.url} → ${outcome} (${entry.ms} ms, attempt ${entry.attempt})`);
}
