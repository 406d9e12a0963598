import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/context';
import { Button } from '../../../ui/Button';
import { Switch } from './Switch';

/**
 * The frame of a library detail pane: the item's title (focused when another item opens), its
 * enable switch if it has one, Edit and Delete, then the item's own content (`children`).
 */
export function DetailFrame({
  titleId,
  title,
  enabled,
  onToggle,
  onEdit,
  onDelete,
  children,
}: {
  /** Unique per item (it names the article); focus moves to the title when it changes. */
  titleId: string;
  title: string;
  /** Given with `onToggle` for items that can be switched off; leave both out otherwise. */
  enabled?: boolean;
  onToggle?: (enabled: boolean) => void;
  onEdit: () => void;
  onDelete: () => void;
  children: ReactNode;
}) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [titleId]);
  return (
    <article aria-labelledby={titleId}>
      <div className="lib-detail-head">
        <h2 className="lib-detail-title" id={titleId} ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <div className="lib-actions">
          {enabled !== undefined && onToggle && (
            <span className="switch-field">
              <Switch checked={enabled} label={t('library.toggleLabel', { name: title })} onChange={onToggle} />
              {enabled ? t('library.enabled') : t('library.disabled')}
            </span>
          )}
          <Button size="sm" onClick={onEdit}>
            {t('library.edit')}
          </Button>
          <Button size="sm" variant="ghost" className="btn-danger-text" onClick={onDelete}>
            {t('library.delete')}
          </Button>
        </div>
      </div>
      {children}
    </article>
  );
}
