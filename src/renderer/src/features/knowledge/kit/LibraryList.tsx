import { useEffect, useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useListKeyboard } from './useListKeyboard';

/**
 * The list pane: a listbox whose rows open on click or Enter, with ↑/↓/Home/End moving the
 * active row (announced through aria-activedescendant, so focus stays on the list).
 */
export function LibraryList<T>({
  label,
  items,
  getKey,
  selectedKey,
  renderRow,
  onOpen,
  head,
  foot,
}: {
  label: string;
  items: readonly T[];
  getKey: (item: T) => string;
  selectedKey: string | null;
  renderRow: (item: T) => ReactNode;
  onOpen: (item: T) => void;
  head?: ReactNode;
  foot?: ReactNode;
}) {
  const baseId = useId();
  const selectedIndex = selectedKey === null ? -1 : items.findIndex((x) => getKey(x) === selectedKey);
  const [active, setActive] = useState(selectedIndex);
  // Keep the active row on the selection when the selection changes from outside (create, delete).
  const [seenSelected, setSeenSelected] = useState(selectedIndex);
  if (seenSelected !== selectedIndex) {
    setSeenSelected(selectedIndex);
    setActive(selectedIndex);
  }
  const clamped = Math.min(active, items.length - 1);
  const onKeyDown = useListKeyboard({
    count: items.length,
    active: clamped,
    setActive,
    onOpen: (i) => {
      const item = items[i];
      if (item !== undefined) onOpen(item);
    },
  });
  const rowId = (item: T) => `${baseId}-${getKey(item)}`;
  const activeItem = clamped >= 0 ? items[clamped] : undefined;
  const activeId = activeItem !== undefined ? rowId(activeItem) : undefined;

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  return (
    <section className="lib-list" aria-label={label}>
      {head}
      <ul
        className="lib-rows"
        role="listbox"
        aria-label={label}
        tabIndex={0}
        aria-activedescendant={activeId}
        onKeyDown={onKeyDown}
      >
        {items.map((item, i) => (
          <li
            key={getKey(item)}
            id={rowId(item)}
            role="option"
            aria-selected={getKey(item) === selectedKey}
            className={['lib-row', i === clamped ? 'is-active' : ''].filter(Boolean).join(' ')}
            onClick={() => {
              setActive(i);
              onOpen(item);
            }}
          >
            {renderRow(item)}
          </li>
        ))}
      </ul>
      {foot}
    </section>
  );
}
