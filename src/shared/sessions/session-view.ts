import type { Session } from '../domain/session';
import { toMs } from '../domain/timestamps';
import { groupOf, needsAttention, type SessionGroup } from './session-state';
import { sessionRepos } from './session-repos';

/** A pull request as views show it. */
export interface PullRequestView {
  url: string;
  state: string | null;
}

/** What the renderer (and the CLI's --json) get for a session: camelCase, ms timestamps, derived group. */
export interface SessionView {
  id: string;
  title: string | null;
  status: string;
  statusDetail: string | null;
  /** Waiting for the user's reply or approval (and not archived). */
  attention: boolean;
  group: SessionGroup;
  tags: string[];
  origin: string | null;
  acus: number;
  prs: PullRequestView[];
  /** The session in the Devin web app. */
  url: string;
  createdAt: number;
  updatedAt: number;
  /** Created from this app (composer, handoff, CLI) or watched by the user: notified by default. */
  watched: boolean;
  playbookId: string | null;
  /** The user the session belongs to (`user_id`), when the API says; compared with the principal for "Mine". */
  userId?: string | null;
  /** The service user that created it (`service_user_id`), when the API says. */
  serviceUserId?: string | null;
  /** The account (#16) whose key sees it; a session two accounts see is shown once, under the first. */
  accountId?: string;
  accountLabel?: string;
  /** The prompt it was started with, as far as the tracker knows it (≤ PROMPT_KEEP_CHARS; see session-prompt.ts). */
  prompt?: string | null;
  /** Repositories: those sent at create, then those its PRs name (the API has no field for them). */
  repos?: string[];
  /** The organization it lives in (`org_id`): the org column of the All-organisations scope. */
  orgId?: string | null;
}

/** What the tracker knows about a session beyond the API's answer. */
export interface SessionExtras {
  prompt?: string | null;
  /** `repos` as sent at create. */
  repos?: readonly string[];
}

/** The view of one session; `watched` is looked up in the tracker's persisted watch set. */
export function toSessionView(s: Session, watched: ReadonlySet<string>, extras: SessionExtras = {}): SessionView {
  return {
    id: s.session_id,
    title: s.title,
    status: s.status,
    statusDetail: s.status_detail,
    attention: needsAttention(s),
    group: groupOf(s),
    tags: [...s.tags],
    origin: s.origin,
    acus: s.acus_consumed,
    prs: s.pull_requests.map((p) => ({ url: p.pr_url, state: p.pr_state })),
    url: s.url,
    createdAt: toMs(s.created_at) ?? 0,
    updatedAt: toMs(s.updated_at) ?? 0,
    watched: watched.has(s.session_id),
    playbookId: s.playbook_id,
    userId: s.user_id,
    serviceUserId: s.service_user_id,
    orgId: s.org_id,
    prompt: extras.prompt ?? null,
    repos: sessionRepos(extras.repos, s.pull_requests.map((p) => p.pr_url)),
  };
}

/** Newest first (`updatedAt` desc, then id), the order every list shows. */
export function compareViews(a: SessionView, b: SessionView): number {
  return b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
