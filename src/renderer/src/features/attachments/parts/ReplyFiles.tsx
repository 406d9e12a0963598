import { formatBytes } from '../../../../../shared/attachments/format-bytes';
import { useT } from '../../../i18n/context';
import { Button } from '../../../ui/Button';
import { CloseIcon } from '../../../ui/icons';
import type { ReplyFilesState } from '../hooks/useReplyFiles';
import { PaperclipIcon } from './icons';
import '../attachments.css';

/**
 * The files going with a reply, above its text: one chip per file with its upload state and a
 * remove button, a note when something could not be added, and the drop hint while files are
 * dragged over the box. Renders nothing when there is nothing to say.
 */
export function ReplyFiles({ state, needsText }: { state: ReplyFilesState; needsText: boolean }) {
  const t = useT();
  const { files, progress, note, dragOver, uploading } = state;
  return (
    <>
      {dragOver && (
        <div className="reply-drop-hint" aria-hidden="true">
          {t('ui.attachments.reply.dropHere')}
        </div>
      )}
      {files.length > 0 && (
        <ul className="reply-files" aria-label={t('ui.attachments.reply.listLabel')}>
          {files.map((f) => {
            const sent = progress?.get(f.path);
            const status = f.uploaded
              ? t('ui.attachments.reply.uploaded')
              : sent
                ? t('ui.attachments.reply.uploading', { sent: formatBytes(sent.sent), total: sent.total === null ? '?' : formatBytes(sent.total) })
                : null;
            return (
              <li key={f.path} className="reply-file" title={f.path}>
                <PaperclipIcon size={13} />
                <span className="reply-file-name">{f.name}</span>
                {status && <span className="reply-file-state">{status}</span>}
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('ui.attachments.reply.remove', { name: f.name })}
                  title={t('ui.attachments.reply.remove', { name: f.name })}
                  disabled={uploading}
                  onClick={() => state.remove(f.path)}
                >
                  <CloseIcon size={12} />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {note && (
        <p className={`reply-files-note is-${note.tone}`} role="status">
          {note.text}
        </p>
      )}
      {!note && needsText && files.length > 0 && <p className="reply-files-note">{t('ui.attachments.reply.needsText')}</p>}
    </>
  );
}

/** "Attach files…" for the reply box's footer. */
export function AttachFilesButton({ state, disabled }: { state: ReplyFilesState; disabled: boolean }) {
  const t = useT();
  return (
    <Button size="sm" variant="ghost" disabled={disabled || state.uploading} onClick={() => void state.choose()}>
      <PaperclipIcon size={13} />
      {t('ui.attachments.reply.attach')}
    </Button>
  );
}
