import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { SessionGroup } from '../../../../shared/sessions/session-state';
import type { SessionView } from '../../../../shared/sessions/session-view';
import { useLocale, useT } from '../../i18n/context';
import { isMacPlatform } from '../../shell/section-shortcut';
import { useAccount, useAppInfo } from '../../store/hooks';
import { signedInAccounts, useAccounts } from '../accounts/useAccounts';
import { getBridge } from '../../bridge';
import { InlineError } from '../../ui/InlineError';
import { useNow } from './hooks/useNow';
import { useOpenExternal } from './hooks/useOpenExternal';
import { usePlaybooks } from './hooks/usePlaybooks';
import { useScreenShortcuts } from './hooks/useScreenShortcuts';
import { useSessionList } from './hooks/useSessionList';
import { useSessionRoute } from './hooks/useSessionRoute';
import { orgNameOf, useSessionScope } from './hooks/useSessionScope';
import { useRefresh } from './hooks/useRefresh';
import { useTrackerStatus } from './hooks/useTrackerStatus';
import { installComposeInbox, onComposeRequest, takeComposeRequest } from './kit/compose-inbox';
import { DetailPlaceholder, ListEmpty, ListFailed, NoMatch } from './list/ListStates';
import { ListToolbar } from './list/ListToolbar';
import { SessionList, type SessionListHandle } from './list/SessionList';
import { SyncStatus } from './list/SyncStatus';
import { TrackerBanner } from './list/TrackerBanner';
import { EMPTY_QUERY, facetsOf, filterSessions, isFiltering, principalIdOf, type ListQuery } from './model/list-query';
import { buildRows } from './model/list-rows';
import './sessions.css';

// The composer (and its pickers) loads the first time it opens, the detail pane (conversation,
// reply box, facts) with the first session opened: the list paints without them.
const ComposerDialog = lazy(() => import('./composer/ComposerDialog').then((m) => ({ default: m.ComposerDialog })));
const SessionDetail = lazy(() => import('./detail/SessionDetail').then((m) => ({ default: m.SessionDetail })));

// Other screens ask for the composer with a DOM event while this one is not mounted.
installComposeInbox();

const NO_SESSIONS: readonly SessionView[] = [];

/** How often relative times ("3 min ago") refresh. */
const CLOCK_MS = 30_000;

export interface SessionsScreenProps {
  /** SLOT for the attachments panel inside the detail pane (see SessionDetail). */
  attachments?: (sessionId: string) => ReactNode;
}

/**
 * Sessions: the live, virtualized list (groups, filters, search) on the left, the open session
 * on the right, the composer as a dialog. Keys: `/` search, `n` new session, `r` refresh, arrows
 * + Enter in the list. The open session is in the hash (`#/sessions/<id>`).
 */
export function SessionsScreen({ attachments }: SessionsScreenProps) {
  const t = useT();
  const locale = useLocale();
  const account = useAccount();
  const info = useAppInfo();
  const isMac = isMacPlatform(info?.platform);
  const { views, error, reload } = useSessionList();
  const tracker = useTrackerStatus();
  const orgScope = useSessionScope();
  const scopeView = orgScope.view;
  const rowOrgName = useMemo(
    () => (scopeView?.scope === 'all' ? (orgId: string | null | undefined) => orgNameOf(scopeView, orgId) : undefined),
    [scopeView],
  );
  const [openId, setOpenId] = useSessionRoute();
  const [query, setQuery] = useState<ListQuery>(EMPTY_QUERY);
  const [collapsed, setCollapsed] = useState<ReadonlySet<SessionGroup>>(() => new Set<SessionGroup>(['archived']));
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [composer, setComposer] = useState<{ playbookId: string | null } | null>(null);
  const external = useOpenExternal();
  const playbooks = usePlaybooks();
  const now = useNow(CLOCK_MS);
  const listRef = useRef<SessionListHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const accounts = signedInAccounts(useAccounts());
  const severalAccounts = accounts.length > 1;
  const me = principalIdOf(account.principal);
  const all = views ?? NO_SESSIONS;
  const byId = useMemo(() => new Map<string, SessionView>(all.map((v) => [v.id, v])), [all]);
  const facets = useMemo(() => facetsOf(all), [all]);
  const filtered = useMemo(() => filterSessions(all, query, me), [all, query, me]);
  const rows = useMemo(() => buildRows(filtered, collapsed), [filtered, collapsed]);

  const openSession = useCallback(
    (id: string | null) => {
      setOpenId(id);
      if (id !== null) setActiveKey(id);
    },
    [setOpenId],
  );
  const closeDetail = useCallback(() => {
    setOpenId(null);
    listRef.current?.focus();
  }, [setOpenId]);
  const toggleGroup = useCallback(
    (g: SessionGroup) =>
      setCollapsed((prev) => {
        const next = new Set(prev);
        if (!next.delete(g)) next.add(g);
        return next;
      }),
    [],
  );
  const addTag = useCallback((tag: string) => setQuery((q) => (q.tags.includes(tag) ? q : { ...q, tags: [...q.tags, tag] })), []);
  const newSession = useCallback(() => setComposer({ playbookId: null }), []);
  const focusSearch = useCallback(() => searchRef.current?.focus(), []);
  const { refreshing, refresh } = useRefresh();
  useScreenShortcuts({ onSearch: focusSearch, onNew: newSession, onRefresh: refresh });
  const syncStatus = <SyncStatus status={tracker} refreshing={refreshing} onRefresh={refresh} />;

  // Compose requests from other screens (and any that came before this screen mounted).
  useEffect(() => {
    const take = () => {
      const r = takeComposeRequest();
      if (r) setComposer({ playbookId: r.playbookId });
    };
    take();
    return onComposeRequest(take);
  }, []);

  // Main asks to show a session (a notification or tray item was clicked).
  useEffect(() => getBridge().on('sessions:open', ({ sessionId }) => openSession(sessionId)), [openSession]);

  const composerDialog = composer && (
    <Suspense fallback={null}>
      <ComposerDialog
        playbookId={composer.playbookId}
        playbooks={playbooks.playbooks}
        playbooksError={playbooks.error?.message ?? null}
        isMac={isMac}
        orgChoice={scopeView?.scope === 'all' ? scopeView : null}
        onClose={() => setComposer(null)}
        onCreated={(id) => {
          setComposer(null);
          openSession(id);
        }}
      />
    </Suspense>
  );

  if (views === null && error) {
    return (
      <div className="sessions-screen is-single">
        <ListFailed message={error.message} onRetry={reload} />
      </div>
    );
  }
  if (views === null) return <div className="sessions-screen is-single" aria-busy="true" />;
  if (views.length === 0 && openId === null) {
    return (
      <div className="sessions-screen is-single">
        <TrackerBanner status={tracker} />
        {syncStatus}
        <ListEmpty onNew={newSession} />
        {composerDialog}
      </div>
    );
  }

  return (
    <div className="sessions-screen">
      <div className={openId ? 'sessions-layout has-open' : 'sessions-layout'}>
        <section className="sessions-list-pane" aria-label={t('ui.sessions.listLabel')}>
          <TrackerBanner status={tracker} />
          {syncStatus}
          <ListToolbar
            query={query}
            onChange={setQuery}
            origins={facets.origins}
            tags={facets.tags}
            shown={filtered.length}
            total={all.length}
            canFilterMine={me !== null}
            accounts={accounts}
            onNew={newSession}
            onExitSearch={() => listRef.current?.focus()}
            searchRef={searchRef}
            orgScope={scopeView ? { view: scopeView, onChoose: orgScope.choose } : null}
          />
          {orgScope.error && (
            <div className="sessions-pane-error">
              <InlineError message={orgScope.error} />
            </div>
          )}
          {external.error && !openId && (
            <div className="sessions-pane-error">
              <InlineError message={external.error} />
            </div>
          )}
          {rows.length === 0 ? (
            // No rows at all only happens here while a just-created session is on its way.
            all.length > 0 && <NoMatch filtering={isFiltering(query)} onClear={() => setQuery(EMPTY_QUERY)} />
          ) : (
            <SessionList
              ref={listRef}
              rows={rows}
              label={t('ui.sessions.listLabel')}
              activeKey={activeKey}
              openId={openId}
              nowMs={now}
              locale={locale}
              onActiveChange={setActiveKey}
              onOpen={openSession}
              onToggle={toggleGroup}
              onTag={addTag}
              onPr={external.open}
              showAccount={severalAccounts}
              orgNameOf={rowOrgName}
            />
          )}
        </section>
        <section className="sessions-detail-pane">
          {external.error && openId && (
            <div className="sessions-pane-error">
              <InlineError message={external.error} />
            </div>
          )}
          {openId ? (
            <Suspense fallback={null}>
              <SessionDetail
                key={openId}
                sessionId={openId}
                listed={byId.get(openId)}
                playbooks={playbooks.playbooks}
                nowMs={now}
                isMac={isMac}
                onClose={closeDetail}
                onOpenExternal={external.open}
                onTag={addTag}
                {...(attachments ? { attachments } : {})}
              />
            </Suspense>
          ) : (
            <DetailPlaceholder />
          )}
        </section>
      </div>
      {composerDialog}
    </div>
  );
}
