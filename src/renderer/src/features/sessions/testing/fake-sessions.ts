import type { SessionMessage } from '../../../../../shared/domain/session-message';
import { T0 } from './session-factories';
import type { Playbook } from '../../../../../shared/domain/playbook';
import type { KnowledgeNote } from '../../../../../shared/domain/knowledge';
import type { OrgSecret } from '../../../../../shared/domain/secret';
import type { SessionView } from '../../../../../shared/sessions/session-view';
import type { TrackerStatus } from '../../../../../shared/sessions/tracker-status';
import type { InsightView } from '../../../../../shared/sessions/insight-view';
import type { ComposerMemory } from '../../../../../shared/ipc/channels/composer';
import type { Settings } from '../../../../../shared/settings';
import { DEFAULT_SETTINGS } from '../../../../../shared/settings';
import { SIGNED_IN } from '../../../test-support/fake-bridge';
import type { FakeHandlers } from '../../../test-support/fake-bridge';
import { renderApp } from '../../../test-support/render-app';

export { makeMessage, makeView, T0 } from './session-factories';

export const PLAYBOOKS: Playbook[] = [
  { playbook_id: 'pb-release', title: 'Release checklist', body: 'Steps', macro: null, access_type: 'org', org_id: 'org-acme', created_at: null, updated_at: null, created_by: null, updated_by: null },
  { playbook_id: 'pb-triage', title: 'Bug triage', body: 'Steps', macro: null, access_type: 'org', org_id: 'org-acme', created_at: null, updated_at: null, created_by: null, updated_by: null },
];

export const NOTES: KnowledgeNote[] = [
  { note_id: 'note-build', name: 'Build commands', body: 'npm run build', trigger: 'building', access_type: 'org', is_enabled: true, folder_id: null, folder_path: '', macro: null, org_id: 'org-acme', pinned_repo: null, created_at: null, updated_at: null },
  { note_id: 'note-style', name: 'Code style', body: 'prettier', trigger: 'writing code', access_type: 'org', is_enabled: true, folder_id: null, folder_path: 'eng', macro: null, org_id: 'org-acme', pinned_repo: null, created_at: null, updated_at: null },
];

export const ORG_SECRETS: OrgSecret[] = [
  { secret_id: 'secret-npm', key: 'NPM_TOKEN', note: 'Publishes the @acme packages', secret_type: 'key-value', access_type: 'org', is_sensitive: true, created_at: null, created_by: null },
  { secret_id: 'secret-db', key: 'STAGING_DATABASE_URL', note: null, secret_type: 'key-value', access_type: 'org', is_sensitive: true, created_at: null, created_by: null },
];

export interface SessionsWorld {
  views: SessionView[];
  messages?: Record<string, SessionMessage[]>;
  tracker?: TrackerStatus;
  insights?: Record<string, InsightView>;
  composerMemory?: ComposerMemory;
}

/** A session nobody generated insights for yet. */
export function noInsights(sessionId: string): InsightView {
  return { sessionId, numDevinMessages: 0, numUserMessages: 0, sessionSize: 'xs', analysis: null, pending: false };
}

/**
 * Handlers for the sessions and library channels over an in-memory world, on top of which a
 * test passes its own (theirs win). Built on the shared fake bridge, not a copy of it.
 */
export function sessionsHandlers(world: SessionsWorld): FakeHandlers {
  const find = (id: string) => {
    const v = world.views.find((x) => x.id === id);
    if (!v) throw new Error(`no session ${id}`);
    return v;
  };
  return {
    'sessions:list': () => world.views,
    'sessions:get': ({ sessionId }) => find(sessionId),
    'sessions:messages': ({ sessionId }) => world.messages?.[sessionId] ?? [],
    'sessions:watchMessages': ({ sessionId }) => world.messages?.[sessionId] ?? [],
    'sessions:unwatchMessages': () => undefined,
    'sessions:send': ({ sessionId }) => find(sessionId),
    'sessions:archive': ({ sessionId }) => ({ ...find(sessionId), group: 'archived' }),
    'sessions:terminate': ({ sessionId }) => ({ ...find(sessionId), status: 'exit', statusDetail: null, group: 'finished' }),
    'sessions:create': () => ({ sessionId: 'devin-new', url: 'https://app.devin.ai/sessions/devin-new' }),
    'sessions:watch': () => undefined,
    'sessions:unwatch': () => undefined,
    'sessions:trackerStatus': () => world.tracker ?? { kind: 'ok', lastSyncMs: T0 },
    'sessions:refresh': () => undefined,
    'tags:add': ({ sessionId, tags }) => {
      const v = find(sessionId);
      v.tags = [...v.tags, ...tags.filter((t) => !v.tags.includes(t))];
      return { sessionId, tags: v.tags };
    },
    'tags:remove': ({ sessionId, tags }) => {
      const v = find(sessionId);
      v.tags = v.tags.filter((t) => !tags.includes(t));
      return { sessionId, tags: v.tags };
    },
    'insights:get': ({ sessionId }) => world.insights?.[sessionId] ?? noInsights(sessionId),
    'insights:generate': ({ sessionId }) => ({ ...(world.insights?.[sessionId] ?? noInsights(sessionId)), pending: true }),
    'composer:lastUsed': () => world.composerMemory ?? { devinMode: null, childPlaybookId: null },
    'composer:remember': (values) => values,
    'playbooks:list': () => ({ items: PLAYBOOKS, truncated: false }),
    'secrets:list': () => ({ items: ORG_SECRETS, complete: true }),
    'knowledge:list': (q) => ({
      items: q.search ? NOTES.filter((n) => n.name.toLowerCase().includes((q.search ?? '').toLowerCase())) : NOTES,
      nextCursor: null,
      total: null,
    }),
  };
}

/** Renders the signed-in app on the Sessions section over the world (+ overrides). */
export function renderSessions(world: SessionsWorld, overrides: FakeHandlers = {}, settings: Partial<Settings> = {}) {
  return renderApp({ ...sessionsHandlers(world), ...overrides }, { account: SIGNED_IN, settings: { ...DEFAULT_SETTINGS, ...settings } });
}
