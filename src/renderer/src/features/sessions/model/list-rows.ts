import { SESSION_GROUPS, type SessionGroup } from '../../../../../shared/sessions/session-state';
import { compareViews, type SessionView } from '../../../../../shared/sessions/session-view';

/**
 * One row of the virtual list: a collapsible group header or a session. `pos`/`setSize` are the
 * row's 1-based place among its siblings (tree semantics survive virtualization through them).
 */
export type ListRow =
  | { kind: 'header'; key: string; group: SessionGroup; count: number; collapsed: boolean; pos: number; setSize: number }
  | { kind: 'session'; key: string; view: SessionView; pos: number; setSize: number };

/**
 * The flat row model the virtual list renders (pure): groups in the fixed order (needs
 * attention first, archived last), each a header followed by its sessions newest first,
 * unless collapsed. Empty groups are left out.
 */
export function buildRows(views: readonly SessionView[], collapsed: ReadonlySet<SessionGroup>): ListRow[] {
  const byGroup = new Map<SessionGroup, SessionView[]>();
  for (const v of views) {
    const bucket = byGroup.get(v.group);
    if (bucket) bucket.push(v);
    else byGroup.set(v.group, [v]);
  }
  const present = SESSION_GROUPS.filter((g) => byGroup.has(g));
  const rows: ListRow[] = [];
  present.forEach((group, gi) => {
    const members = (byGroup.get(group) as SessionView[]).sort(compareViews);
    const isCollapsed = collapsed.has(group);
    rows.push({ kind: 'header', key: `group:${group}`, group, count: members.length, collapsed: isCollapsed, pos: gi + 1, setSize: present.length });
    if (isCollapsed) return;
    members.forEach((view, i) => rows.push({ kind: 'session', key: view.id, view, pos: i + 1, setSize: members.length }));
  });
  return rows;
}

/** Index of the session row with this id, or -1. */
export function rowIndexOf(rows: readonly ListRow[], sessionId: string | null): number {
  if (sessionId === null) return -1;
  return rows.findIndex((r) => r.kind === 'session' && r.view.id === sessionId);
}

/** Index of the header a row belongs to (itself for a header), or -1. */
export function headerIndexOf(rows: readonly ListRow[], index: number): number {
  for (let i = Math.min(index, rows.length - 1); i >= 0; i--) if (rows[i]?.kind === 'header') return i;
  return -1;
}

/** What a key press in the list does, decided without touching the DOM. */
export type ListKeyAction =
  | { type: 'move'; index: number }
  | { type: 'open'; sessionId: string }
  | { type: 'toggle'; group: SessionGroup }
  | { type: 'none' };

/**
 * Tree-style keys (pure): ↑/↓ move, Home/End jump, Enter opens a session or folds a group,
 * Space folds a group, ← goes to the group (or folds it), → unfolds it.
 */
export function listKeyAction(rows: readonly ListRow[], active: number, key: string): ListKeyAction {
  const last = rows.length - 1;
  if (last < 0) return { type: 'none' };
  const row = active >= 0 ? rows[active] : undefined;
  switch (key) {
    case 'ArrowDown':
      return { type: 'move', index: active < 0 ? 0 : Math.min(active + 1, last) };
    case 'ArrowUp':
      return { type: 'move', index: active < 0 ? last : Math.max(active - 1, 0) };
    case 'Home':
      return { type: 'move', index: 0 };
    case 'End':
      return { type: 'move', index: last };
    case 'Enter':
      if (!row) return { type: 'none' };
      return row.kind === 'session' ? { type: 'open', sessionId: row.view.id } : { type: 'toggle', group: row.group };
    case ' ':
      return row?.kind === 'header' ? { type: 'toggle', group: row.group } : { type: 'none' };
    case 'ArrowLeft':
      if (!row) return { type: 'none' };
      if (row.kind === 'session') return { type: 'move', index: headerIndexOf(rows, active) };
      return row.collapsed ? { type: 'none' } : { type: 'toggle', group: row.group };
    case 'ArrowRight':
      return row?.kind === 'header' && row.collapsed ? { type: 'toggle', group: row.group } : { type: 'none' };
    default:
      return { type: 'none' };
  }
}
