import type { KnowledgeNote } from '../../../../shared/domain/knowledge';
import { useLocale, useT } from '../../i18n/context';
import { DetailFrame } from './kit/DetailFrame';
import { formatTime } from './kit/format-time';
import { LazyMarkdownView } from './kit/LazyMarkdownView';

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
  return (
    <DetailFrame titleId={`note-title-${note.note_id}`} title={note.name} enabled={note.is_enabled} onToggle={onToggle} onEdit={onEdit} onDelete={onDelete}>
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
        <LazyMarkdownView source={note.body} />
      </div>
    </DetailFrame>
  );
}
