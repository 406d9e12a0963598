import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ReplyFilesState } from '../../attachments';
import { loadDraft, useDraftKeeper } from '../../drafts';

/** The reply box's place for one session. */
export const replyDraftKey = (sessionId: string) => `reply:${sessionId}`;

export interface ReplyDraftHandle {
  /** The draft's save time while the text on screen is the restored draft, untouched; else null. */
  restoredAt: number | null;
  /** The reply went out: its draft goes. */
  sent: () => Promise<void>;
  /** Empties the box and forgets the draft. */
  discard: () => void;
}

/**
 * A session's half-written reply, kept in main while typed (`reply:<id>`), back when the session
 * is opened again (after switching sessions, a reload or a restart), cleared once sent. Switching
 * to another session never asks: the reply stays with its session.
 */
export function useReplyDraft(sessionId: string, text: string, setText: (t: string) => void, files: ReplyFilesState): ReplyDraftHandle {
  const keeper = useDraftKeeper(replyDraftKey(sessionId));
  const [loaded, setLoaded] = useState(false);
  const [restored, setRestored] = useState<{ at: number; text: string } | null>(null);
  const latest = useRef({ text, files });
  useLayoutEffect(() => {
    latest.current = { text, files };
  });

  useEffect(() => {
    let live = true;
    void loadDraft(replyDraftKey(sessionId)).then((stored) => {
      if (!live) return;
      const typed = latest.current.text !== '' || latest.current.files.files.length > 0;
      const storedText = typeof stored?.fields['text'] === 'string' ? stored.fields['text'] : '';
      if (stored && !typed && (storedText !== '' || stored.files.length > 0 || stored.missingFiles.length > 0)) {
        setText(storedText);
        latest.current.files.restore(
          stored.files.map((f) => ({ handle: f.handle, name: f.name, path: f.uploaded ? `attachment:${f.uploaded.attachment_id}` : f.path, uploaded: f.uploaded })),
          stored.missingFiles,
        );
        setRestored({ at: stored.updatedAt, text: storedText });
      }
      setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [sessionId, setText]);

  const payload = { fields: { text }, files: files.files.map((f) => ({ handle: f.handle, uploaded: f.uploaded })) };
  const saveKey = JSON.stringify(payload);
  const lastSaved = useRef<string | null>(null);
  useEffect(() => {
    if (!loaded) return;
    if (lastSaved.current === saveKey) return;
    const first = lastSaved.current === null;
    lastSaved.current = saveKey;
    const empty = text.trim() === '' && files.files.length === 0;
    if (first && empty) return;
    keeper.save(empty ? null : payload);
    // saveKey stands for the payload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded, saveKey]);

  const sent = useCallback(async () => {
    setRestored(null);
    await keeper.clear();
  }, [keeper]);
  const discard = useCallback(() => {
    setText('');
    latest.current.files.clear();
    setRestored(null);
    void keeper.clear();
  }, [keeper, setText]);

  return { restoredAt: restored && restored.text === text ? restored.at : null, sent, discard };
}
