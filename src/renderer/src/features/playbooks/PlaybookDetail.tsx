import { useEffect, useRef } from 'react';
import type { Playbook } from '../../../../shared/domain/playbook';
import { useLocale, useT } from '../../i18n/context';
import { Button } from '../../ui/Button';
import { formatTime } from '../knowledge/kit/format-time';
import { MarkdownView } from '../knowledge/kit/MarkdownView';

/** One playbook, read-only: start a session with it, edit, delete. */
export function PlaybookDetail({
  playbook,
  onStart,
  onEdit,
  onDelete,
}: {
  playbook: Playbook;
  onStart: () => void;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), [playbook.playbook_id]);
  const updated = formatTime(playbook.updated_at, locale);
  return (
    <article aria-labelledby={`playbook-title-${playbook.playbook_id}`}>
      <div className="lib-detail-head">
        <h2 className="lib-detail-title" id={`playbook-title-${playbook.playbook_id}`} ref={title} tabIndex={-1}>
          {playbook.title}
        </h2>
        <div className="lib-actions">
          <Button size="sm" onClick={onEdit}>
            {t('library.edit')}
          </Button>
          <Button size="sm" variant="ghost" className="btn-danger-text" onClick={onDelete}>
            {t('library.delete')}
          </Button>
        </div>
      </div>
      <dl className="lib-facts">
        {playbook.macro && (
          <>
            <dt>{t('playbooks.field.macro')}</dt>
            <dd>
              <span className="badge badge-mono">{playbook.macro}</span>
            </dd>
          </>
        )}
        {updated && (
          <>
            <dt>{t('library.updatedLabel')}</dt>
            <dd>
              {updated}
              {playbook.updated_by ? ` · ${t('library.by', { who: playbook.updated_by })}` : ''}
            </dd>
          </>
        )}
      </dl>
      <p>
        <Button variant="primary" onClick={onStart}>
          {t('playbooks.startSession')}
        </Button>
      </p>
      <div className="lib-card">
        <MarkdownView source={playbook.body} />
      </div>
    </article>
  );
}
