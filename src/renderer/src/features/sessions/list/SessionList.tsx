import { useCallback, useId, useImperativeHandle, useMemo, useRef } from 'react';
import type { KeyboardEvent, Ref } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Locale } from '../../../../../shared/i18n';
import type { SessionGroup } from '../../../../../shared/sessions/session-state';
import { listKeyAction, rowIndexOf, type ListRow } from '../model/list-rows';
import { GroupHeader } from './GroupHeader';
import { SessionRow } from './SessionRow';
import { observeRectWithFallback } from './virtual-rect';

/** Row heights in px: fixed per kind, so nothing is measured while scrolling 10,000 rows. */
export const HEADER_HEIGHT = 30;
export const ROW_HEIGHT: Record<Locale, number> = { en: 58, 'zh-CN': 62 };

export interface SessionListHandle {
  focus(): void;
}

export interface SessionListProps {
  rows: readonly ListRow[];
  label: string;
  /** The keyboard cursor: a row key (session id, or `group:<name>`), kept across list updates. */
  activeKey: string | null;
  openId: string | null;
  nowMs: number;
  locale: Locale;
  onActiveChange: (key: string) => void;
  onOpen: (id: string) => void;
  onToggle: (group: SessionGroup) => void;
  onTag: (tag: string) => void;
  onPr: (url: string) => void;
  /** The org name to show on a row (the All-organisations scope); absent: no org shown. */
  orgNameOf?: ((orgId: string | null | undefined) => string | null) | undefined;
  ref?: Ref<SessionListHandle>;
  /** Each row names its account (#16): set when two or more accounts are signed in. */
  showAccount?: boolean;
}

/**
 * The virtualized session tree: group headers (level 1) and sessions (level 2) in one flat list
 * of absolutely placed rows; only a screenful plus a few are in the DOM. It is one Tab stop:
 * arrow keys move the active row (aria-activedescendant), Enter opens or folds.
 */
export function SessionList(props: SessionListProps) {
  const { rows, label, activeKey, openId, nowMs, locale, onActiveChange, onOpen, onToggle, onTag, onPr, orgNameOf, ref, showAccount = false } = props;
  const baseId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowHeight = ROW_HEIGHT[locale];
  const activeIndex = useMemo(() => (activeKey === null ? -1 : rows.findIndex((r) => r.key === activeKey)), [rows, activeKey]);

  const getItemKey = useCallback((i: number) => rows[i]?.key ?? i, [rows]);
  const estimateSize = useCallback((i: number) => (rows[i]?.kind === 'header' ? HEADER_HEIGHT : rowHeight), [rows, rowHeight]);
  // The app does not use the React Compiler; this component re-renders on every scroll by design.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    overscan: 6,
    observeElementRect: observeRectWithFallback,
  });

  useImperativeHandle(ref, () => ({ focus: () => scrollRef.current?.focus() }), []);

  // Scrolls only when the cursor moves, never because the list changed under the user's mouse.
  const moveTo = (index: number) => {
    const row = rows[index];
    if (!row) return;
    onActiveChange(row.key);
    virtualizer.scrollToIndex(index, { align: 'auto' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const action = listKeyAction(rows, activeIndex, e.key);
    if (action.type === 'none') return;
    e.preventDefault();
    if (action.type === 'move') moveTo(action.index);
    else if (action.type === 'open') onOpen(action.sessionId);
    else onToggle(action.group);
  };

  const onFocus = () => {
    if (activeIndex >= 0 || rows.length === 0) return;
    const open = rowIndexOf(rows, openId);
    moveTo(open >= 0 ? open : 0);
  };

  const rowId = (i: number) => `${baseId}-row-${i}`;
  const items = virtualizer.getVirtualItems();
  // Point assistive tech at the active row only while it is in the DOM.
  const activeRendered = activeIndex >= 0 && items.some((it) => it.index === activeIndex);
  return (
    <div
      ref={scrollRef}
      className="session-list"
      role="tree"
      aria-label={label}
      tabIndex={0}
      aria-activedescendant={activeRendered ? rowId(activeIndex) : undefined}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <div className="session-list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div key={item.key} className="session-list-slot" style={{ height: item.size, transform: `translateY(${item.start}px)` }}>
              {row.kind === 'header' ? (
                <GroupHeader
                  id={rowId(item.index)}
                  group={row.group}
                  count={row.count}
                  collapsed={row.collapsed}
                  active={item.index === activeIndex}
                  pos={row.pos}
                  setSize={row.setSize}
                  onToggle={onToggle}
                />
              ) : (
                <SessionRow
                  id={rowId(item.index)}
                  view={row.view}
                  active={item.index === activeIndex}
                  open={row.view.id === openId}
                  pos={row.pos}
                  setSize={row.setSize}
                  nowMs={nowMs}
                  locale={locale}
                  onOpen={onOpen}
                  onTag={onTag}
                  onPr={onPr}
                  showAccount={showAccount}
                  orgName={orgNameOf ? orgNameOf(row.view.orgId) : null}
                />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
