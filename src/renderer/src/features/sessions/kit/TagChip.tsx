import type { MouseEvent } from 'react';
import { useT } from '../../../i18n/context';

/** A tag; clickable when `onPick` is given (filters the list by it). */
export function TagChip({ tag, onPick, tabbable = true }: { tag: string; onPick?: (tag: string) => void; tabbable?: boolean }) {
  const t = useT();
  if (!onPick) return <span className="tag-chip">{tag}</span>;
  const onClick = (e: MouseEvent) => {
    e.stopPropagation();
    onPick(tag);
  };
  return (
    <button
      type="button"
      className="tag-chip tag-chip-button"
      title={t('ui.sessions.tag.filterBy', { tag })}
      tabIndex={tabbable ? undefined : -1}
      onClick={onClick}
    >
      {tag}
    </button>
  );
}
