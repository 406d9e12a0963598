import { translate, type Locale } from '../i18n';
import type { AppNotification } from './notification-policy';

/** More separate pop-ups than this after grouping by kind become one "N session updates". */
const MAX_SEPARATE = 3;
/** Subjects named in a group's body before "and N more". */
const NAMED_IN_BODY = 3;

/**
 * Folds notifications raised in one poll (pure): one per kind when a kind occurs more than once
 * ("3 sessions finished" / "3 个会话已完成"), and a single "N session updates" when even that
 * would leave more than three pop-ups. Singles pass through unchanged. Order follows the input.
 */
export function groupNotifications(list: readonly AppNotification[], locale: Locale): AppNotification[] {
  if (list.length <= 1) return [...list];
  const byKind = new Map<string, AppNotification[]>();
  for (const n of list) {
    const bucket = byKind.get(n.kind);
    if (bucket) bucket.push(n);
    else byKind.set(n.kind, [n]);
  }
  const grouped = [...byKind.values()].map((members) =>
    members.length === 1 ? (members[0] as AppNotification) : merge(members, translate(locale, `sessions.group.${members[0]?.kind}`, { count: members.length }), locale),
  );
  if (grouped.length <= MAX_SEPARATE) return grouped;
  return [merge(list, translate(locale, 'sessions.group.mixed', { count: list.length }), locale, 'mixed')];
}

function merge(members: readonly AppNotification[], title: string, locale: Locale, kind?: 'mixed'): AppNotification {
  const keys = members.flatMap((m) => m.transitionKeys);
  const sessionIds = [...new Set(members.flatMap((m) => m.sessionIds))];
  const subjects = [...new Set(members.map((m) => m.subject))];
  const named = subjects.slice(0, NAMED_IN_BODY).join(', ');
  const rest = subjects.length - NAMED_IN_BODY;
  return {
    id: `group:${digest(keys)}`,
    kind: kind ?? (members[0] as AppNotification).kind,
    sessionId: sessionIds.length === 1 ? (sessionIds[0] as string) : null,
    sessionIds,
    transitionKeys: keys,
    subject: named,
    title,
    body: rest > 0 ? translate(locale, 'sessions.group.more', { list: named, count: rest }) : named,
    silent: members.every((m) => m.silent),
  };
}

/** FNV-1a of the sorted keys: a short, stable id for the same set of transitions. */
function digest(keys: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const ch of [...keys].sort().join('\n')) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
