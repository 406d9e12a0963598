import { fieldError } from '../http/problem';
import { queryBool, queryInt, queryList, queryString } from '../http/query';
import { normaliseSessionId } from '../ids';
import { SESSION_CATEGORIES, SESSION_ORIGINS, type SessionRecord } from '../types';

/**
 * The list filters of §4.4. Semantics (the docs leave them open; this is what the sim does):
 * - `*_after` is inclusive (`>=`), `*_before` exclusive (`<`), all in Unix seconds;
 * - `tags`: the session must carry ALL given tags; every other list filter matches ANY value;
 * - `is_archived` omitted: archived and unarchived sessions both match.
 */
export interface SessionFilters {
  sessionIds?: ReadonlySet<string>;
  createdAfter?: number;
  createdBefore?: number;
  updatedAfter?: number;
  updatedBefore?: number;
  tags?: readonly string[];
  playbookId?: string;
  scheduleId?: string;
  origins?: ReadonlySet<string>;
  userIds?: ReadonlySet<string>;
  serviceUserIds?: ReadonlySet<string>;
  repoNames?: ReadonlySet<string>;
  isArchived?: boolean;
  category?: string;
}

function set(list: string[] | undefined): ReadonlySet<string> | undefined {
  return list === undefined ? undefined : new Set(list);
}

function checkEnum(name: string, values: readonly string[] | undefined, allowed: readonly string[]): void {
  values?.forEach((v, i) => {
    if (!allowed.includes(v)) {
      throw fieldError(['query', name, i], `Input should be ${allowed.map((a) => `'${a}'`).join(', ')}`, 'enum');
    }
  });
}

/** Reads the filters from a query string (422 on bad values). */
export function parseSessionFilters(q: URLSearchParams): SessionFilters {
  const origins = queryList(q, 'origins');
  checkEnum('origins', origins, SESSION_ORIGINS);
  const category = queryString(q, 'category');
  if (category !== undefined) checkEnum('category', [category], SESSION_CATEGORIES);
  const ids = queryList(q, 'session_ids');
  return {
    sessionIds: set(ids?.map(normaliseSessionId)),
    createdAfter: queryInt(q, 'created_after'),
    createdBefore: queryInt(q, 'created_before'),
    updatedAfter: queryInt(q, 'updated_after'),
    updatedBefore: queryInt(q, 'updated_before'),
    tags: queryList(q, 'tags'),
    playbookId: queryString(q, 'playbook_id'),
    scheduleId: queryString(q, 'schedule_id'),
    origins: set(origins),
    userIds: set(queryList(q, 'user_ids')),
    serviceUserIds: set(queryList(q, 'service_user_ids')),
    repoNames: set(queryList(q, 'repo_names')),
    isArchived: queryBool(q, 'is_archived'),
    category,
  };
}

/** Whether a session passes every filter. */
export function matchesSessionFilters(s: SessionRecord, f: SessionFilters): boolean {
  if (f.sessionIds && !f.sessionIds.has(s.session_id)) return false;
  if (f.createdAfter !== undefined && s.created_at < f.createdAfter) return false;
  if (f.createdBefore !== undefined && s.created_at >= f.createdBefore) return false;
  if (f.updatedAfter !== undefined && s.updated_at < f.updatedAfter) return false;
  if (f.updatedBefore !== undefined && s.updated_at >= f.updatedBefore) return false;
  if (f.tags && !f.tags.every((t) => s.tags.includes(t))) return false;
  if (f.playbookId !== undefined && s.playbook_id !== f.playbookId) return false;
  if (f.scheduleId !== undefined && s.scheduleId !== f.scheduleId) return false;
  if (f.origins && (s.origin === null || !f.origins.has(s.origin))) return false;
  if (f.userIds && (s.user_id === null || !f.userIds.has(s.user_id))) return false;
  if (f.serviceUserIds && (s.service_user_id === null || !f.serviceUserIds.has(s.service_user_id))) return false;
  if (f.repoNames && !s.repos.some((r) => f.repoNames?.has(r))) return false;
  if (f.isArchived !== undefined && s.is_archived !== f.isArchived) return false;
  if (f.category !== undefined && s.category !== f.category) return false;
  return true;
}
