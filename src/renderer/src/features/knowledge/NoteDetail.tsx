import { useEffect, useRef } from 'react';
import type { KnowledgeNote } from '../../../../shared/domain/knowledge';
import { useLocale, useT } from '../../i18n/context';
import { Button } from '../../ui/Button';
import { formatTime } from './kit/format-time';
import { MarkdownView } from './kit/MarkdownView';
import { Switch } from './kit/Switch';

/** One note, read-only, with its enable switch and actions. Focus lands on the title when opened. */
export function NoteDetail({
  note,
  onEdit,
  onDelete,
  onToggle,
}: {
  note: KnowledgeNote;
  onEdit: () => void;
  onDelete: () => void;
  onToggle: (enabled: boolean) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), [note.note_id]);
  return (
    <article aria-labelledby={`note-title-${note.note_id}`}>
      <div className="lib-detail-head">
        <h2 className="lib-detail-title" id={`note-title-${note.note_id}`} ref={title} tabIndex={-1}>
          {note.name}
        </h2>
        <div className="lib-actions">
          <span className="switch-field">
            <Switch checked={note.is_enabled} label={t('library.toggleLabel', { name: note.name })} onChange={onToggle} />
            {note.is_enabled ? t('library.enabled') : t('library.disabled')}
          </span>
          <Button size="sm" onClick={onEdit}>
            {t('library.edit')}
          </Button>
          <Button size="sm" variant="ghost" className="btn-danger-text" onClick={onDelete}>
            {t('library.delete')}
          </Button>
        </div>
      </div>
      <dl className="lib-facts">
        <dt>{t('knowledge.detail.trigger')}</dt>
        <dd>{note.trigger}</dd>
        <dt>{t('knowledge.detail.folder')}</dt>
        <dd>{note.folder_path && note.folder_path !== '/' ? note.folder_path : t('knowledge.detail.topLevel')}</dd>
        <dt>{t('knowledge.detail.repo')}</dt>
        <dd>{note.pinned_repo ? <span className="mono">{note.pinned_repo}</span> : t('knowledge.detail.orgWide')}</dd>
        {note.updated_at !== null && (
          <>
            <dt>{t('library.updatedLabel')}</dt>
            <dd>{formatTime(note.updated_at, locale)}</dd>
          </>
        )}
      </dl>
      <div className="lib-card">
        <MarkdownView source={note.body} />
      </div>
    </article>
  );
}
