import { useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { SessionView } from '../../../../../shared/sessions/session-view';
import { getBridge } from '../../../bridge';
import { useT } from '../../../i18n/context';
import { AttachFilesButton, ReplyFiles } from '../../attachments/parts/ReplyFiles';
import { useReplyFiles } from '../../attachments/hooks/useReplyFiles';
import { Button } from '../../../ui/Button';
import { InlineError } from '../../../ui/InlineError';
import { toUiError } from '../../../ui/ui-error';
import { SendIcon } from '../kit/icons';
import { isSendShortcut, sendKeysLabel } from '../kit/send-keys';
import { useReplyDraft } from './useReplyDraft';
import { ReplyDraftNote } from './ReplyDraftNote';

export interface ReplyBoxProps {
  view: Pick<SessionView, 'id' | 'status' | 'group'>;
  isMac: boolean;
  /** Called with the text once main accepted it (the conversation shows it at once). */
  onSent: (text: string) => void;
}

/**
 * The message box under the conversation. Ctrl/Cmd+Enter sends; one send at a time (the button
 * and the shortcut are ignored while one is in flight); a failure keeps the text. A suspended
 * session is resumed by the message, and the box says so first.
 */
export function ReplyBox({ view, isMac, onSent }: ReplyBoxProps) {
  const t = useT();
  const noteId = useId();
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef(false);
  // Files for the reply (features/attachments): uploaded first, then sent as attachment_urls.
  const files = useReplyFiles(sending, view.id);
  // The half-written reply is kept in main (#13): back after switching sessions, a reload or a restart.
  const draft = useReplyDraft(view.id, text, setText, files);

  const closedKey = view.group === 'archived' ? 'ui.sessions.reply.archived' : view.status === 'exit' ? 'ui.sessions.reply.ended' : null;
  const canSend = closedKey === null && text.trim() !== '';

  const send = async () => {
    if (inFlight.current || !canSend) return;
    inFlight.current = true;
    setSending(true);
    setError(null);
    try {
      const message = text.trim();
      const attachmentUrls = files.files.length > 0 ? await files.upload() : [];
      await getBridge().sessions.send({ sessionId: view.id, message, ...(attachmentUrls.length > 0 ? { attachmentUrls } : {}) });
      setText('');
      files.clear();
      await draft.sent();
      onSent(message);
    } catch (err) {
      setError(t('ui.sessions.reply.failed', { message: toUiError(err, t).message }));
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!isSendShortcut(e)) return;
    e.preventDefault();
    void send();
  };

  if (closedKey) {
    return (
      <div className="reply-box is-closed">
        <p className="reply-note">{t(closedKey)}</p>
        {/* A reply left unsent when the session closed stays readable (and copyable) until discarded. */}
        {text !== '' && (
          <>
            <textarea className="reply-input" value={text} rows={2} readOnly aria-label={t('ui.drafts.unsentReply')} dir="auto" />
            <ReplyDraftNote savedAt={draft.restoredAt} onDiscard={draft.discard} />
          </>
        )}
      </div>
    );
  }

  return (
    <form
      className={files.dragOver ? 'reply-box has-drop-target is-drop-over' : 'reply-box has-drop-target'}
      aria-label={t('ui.sessions.reply.label')}
      {...files.dropHandlers}
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      {error && <InlineError message={error} />}
      <ReplyFiles state={files} needsText={text.trim() === ''} />
      <textarea
        className="reply-input"
        value={text}
        rows={2}
        placeholder={t('ui.sessions.reply.placeholder')}
        aria-label={t('ui.sessions.reply.label')}
        aria-describedby={noteId}
        aria-keyshortcuts="Control+Enter Meta+Enter"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        dir="auto"
      />
      {draft.restoredAt !== null && <ReplyDraftNote savedAt={draft.restoredAt} onDiscard={draft.discard} />}
      <div className="reply-footer">
        <p className="reply-note" id={noteId}>
          {view.group === 'suspended' && <span className="reply-resumes">{t('ui.sessions.reply.resumes')} </span>}
          {t('ui.sessions.reply.keys', { keys: sendKeysLabel(isMac) })}
        </p>
        <AttachFilesButton state={files} disabled={sending} />
        <Button type="submit" variant="primary" size="sm" busy={sending} disabled={!sending && !canSend}>
          {!sending && <SendIcon size={13} />}
          {sending ? t('ui.sessions.reply.sending') : t('ui.sessions.reply.send')}
        </Button>
      </div>
    </form>
  );
}
