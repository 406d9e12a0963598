import { useCallback, useEffect, useState } from 'react';
import type { AttachmentView } from '../../../../../shared/attachments/jobs';
import { getBridge } from '../../../bridge';
import { useT } from '../../../i18n/context';
import { toUiError, type UiError } from '../../../ui/ui-error';

export interface AttachmentListState {
  /** Null until the first answer. */
  items: readonly AttachmentView[] | null;
  loading: boolean;
  error: UiError | null;
  reload: () => void;
}

interface Loaded {
  sessionId: string;
  round: number;
  items: readonly AttachmentView[] | null;
  error: UiError | null;
}

/**
 * A session's attachments (`attachments:list`), listed again whenever the session changes in the
 * tracker (Devin may have shared a file, a reply carried one) and on `reload()`. While listing
 * again, the previous items stay on screen.
 */
export function useAttachmentList(sessionId: string): AttachmentListState {
  const t = useT();
  const [round, setRound] = useState(0);
  const [loaded, setLoaded] = useState<Loaded>({ sessionId, round: -1, items: null, error: null });

  useEffect(() => {
    let live = true;
    getBridge()
      .attachments.list({ sessionId })
      .then(
        (items) => {
          if (live) setLoaded({ sessionId, round, items, error: null });
        },
        (err: unknown) => {
          if (live) setLoaded((prev) => ({ sessionId, round, items: prev.sessionId === sessionId ? prev.items : null, error: toUiError(err, t) }));
        },
      );
    return () => {
      live = false;
    };
  }, [sessionId, round, t]);

  // The tracker's push says when this session moved; its attachments may have too. The first
  // push counts as a move: what it reports may be newer than the first list.
  useEffect(() => {
    let seen: number | null = null;
    return getBridge().on('sessions:changed', (views) => {
      const view = views.find((v) => v.id === sessionId);
      if (!view || view.updatedAt === seen) return;
      seen = view.updatedAt;
      setRound((n) => n + 1);
    });
  }, [sessionId]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  const mine = loaded.sessionId === sessionId;
  return {
    items: mine ? loaded.items : null,
    loading: !mine || loaded.round !== round,
    error: mine ? loaded.error : null,
    reload,
  };
}
