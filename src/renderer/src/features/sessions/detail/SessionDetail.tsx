import { useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { Playbook } from '../../../../../shared/domain/playbook';
import { displayTitle } from '../../../../../shared/sessions/display-title';
import { suspendReasonText } from '../../../../../shared/sessions/suspend-reason';
import type { SessionView } from '../../../../../shared/sessions/session-view';
import { useLocale, useT } from '../../../i18n/context';
import { InlineError } from '../../../ui/InlineError';
import { CloseIcon } from '../../../ui/icons';
import { useFreshSession } from '../hooks/useFreshSession';
import { useSessionMessages } from '../hooks/useSessionMessages';
import { StatusBadge } from '../kit/StatusBadge';
import { BackIcon, ChevronIcon } from '../kit/icons';
import { relativeTime } from '../model/relative-time';
import { shownPrompt } from '../model/shown-prompt';
import { ApprovalHint } from './ApprovalHint';
import { DetailActions } from './DetailActions';
import { InsightsPanel } from './InsightsPanel';
import { MessageTimeline } from './MessageTimeline';
import { ReplyBox } from './ReplyBox';
import { SessionFacts } from './SessionFacts';
import { SessionPrompt } from './SessionPrompt';
import { SessionUsageDays } from '../../usage/SessionUsageDays';

export interface SessionDetailProps {
  sessionId: string;
  /** The session as the live list has it (undefined until the list knows it). */
  listed: SessionView | undefined;
  playbooks: readonly Playbook[] | null;
  nowMs: number;
  isMac: boolean;
  onClose: () => void;
  onOpenExternal: (url: string) => void;
  onTag: (tag: string) => void;
  /**
   * SLOT: the attachments panel (features/attachments, built separately) renders here, between
   * the facts and the conversation. Omitted → nothing is shown.
   */
  attachments?: (sessionId: string) => ReactNode;
}

/** Pixels from the bottom that still count as "following the conversation". */
const FOLLOW_SLACK = 80;

/**
 * One session: header with state and actions, facts, the attachments slot, the live
 * conversation and the reply box. Watches the session's messages while shown.
 */
export function SessionDetail(props: SessionDetailProps) {
  const { sessionId, listed, playbooks, nowMs, isMac, onClose, onOpenExternal, onTag, attachments } = props;
  const t = useT();
  const locale = useLocale();
  const { view, error } = useFreshSession(sessionId, listed);
  const conversation = useSessionMessages(sessionId);
  const [actionError, setActionError] = useState<string | null>(null);
  const [following, setFollowing] = useState(true);
  const body = useRef<HTMLDivElement>(null);
  const followingRef = useRef(true);
  const loadedOnce = useRef(false);

  // First load: jump to the newest message. Later: keep following only if the user was at the bottom.
  const count = conversation.messages.length;
  const loading = conversation.loading;
  const shown = view !== null;
  useLayoutEffect(() => {
    const el = body.current;
    if (!el || loading) return;
    if (!loadedOnce.current) {
      loadedOnce.current = true;
      el.scrollTop = el.scrollHeight;
    } else if (followingRef.current) {
      el.scrollTop = el.scrollHeight;
    }
  }, [count, loading, shown]);

  const onScroll = () => {
    const el = body.current;
    if (!el) return;
    const atBottom = el.scrollHeight - el.scrollTop - el.clientHeight <= FOLLOW_SLACK;
    followingRef.current = atBottom;
    if (atBottom !== following) setFollowing(atBottom);
  };

  if (!view) {
    return (
      <div className="session-detail is-loading">
        <div className="detail-topline">
          <button type="button" className="icon-button detail-back" aria-label={t('ui.sessions.detail.back')} onClick={onClose}>
            <BackIcon size={15} />
          </button>
          <span className="detail-title" />
          <button type="button" className="icon-button detail-close" aria-label={t('ui.sessions.detail.close')} title={t('ui.sessions.detail.close')} onClick={onClose}>
            <CloseIcon size={14} />
          </button>
        </div>
        {error ? (
          <InlineError message={t('ui.sessions.detail.loadFailed', { message: error.message })} />
        ) : (
          <p className="timeline-note" role="status">
            {t('ui.sessions.detail.loading')}
          </p>
        )}
      </div>
    );
  }

  const { text: title, source: titleSource } = displayTitle(view, locale);
  const prompt = shownPrompt(view.prompt, conversation.messages[0]);
  const reason = view.status === 'suspended' && view.statusDetail ? suspendReasonText(view.statusDetail, locale) : null;
  return (
    <article className="session-detail" aria-label={title}>
      <header className="detail-header">
        <div className="detail-topline">
          <button type="button" className="icon-button detail-back" aria-label={t('ui.sessions.detail.back')} onClick={onClose}>
            <BackIcon size={15} />
          </button>
          <h2 className={titleSource === 'id' ? 'detail-title is-untitled' : 'detail-title'} dir="auto">
            {title}
          </h2>
          <button type="button" className="icon-button detail-close" aria-label={t('ui.sessions.detail.close')} title={t('ui.sessions.detail.close')} onClick={onClose}>
            <CloseIcon size={14} />
          </button>
        </div>
        <div className="detail-state">
          <StatusBadge view={view} />
          {reason && <span className="detail-reason">{t('ui.sessions.detail.reason', { reason })}</span>}
          <span className="detail-updated">{t('ui.sessions.updatedAt', { time: relativeTime(view.updatedAt, nowMs, locale) })}</span>
        </div>
        <ApprovalHint view={view} onOpenExternal={onOpenExternal} />
        <DetailActions view={view} onOpenExternal={onOpenExternal} onError={setActionError} />
        {actionError && <InlineError message={actionError} />}
      </header>
      <div className="detail-body" ref={body} onScroll={onScroll}>
        {prompt && <SessionPrompt prompt={prompt} onOpenLink={onOpenExternal} />}
        <details className="detail-facts" open>
          <summary>
            <ChevronIcon size={12} className="facts-chevron" />
            {t('ui.sessions.detail.facts')}
          </summary>
          <SessionFacts view={view} playbooks={playbooks} onOpenExternal={onOpenExternal} onTag={onTag} />
          <SessionUsageDays sessionId={view.id} acus={view.acus} />
        </details>
        <InsightsPanel sessionId={view.id} />
        {attachments && <div className="detail-attachments">{attachments(view.id)}</div>}
        <MessageTimeline
          messages={conversation.messages}
          loading={conversation.loading}
          error={conversation.error?.message ?? null}
          nowMs={nowMs}
          onOpenLink={onOpenExternal}
        />
      </div>
      {!following && count > 0 && (
        <button
          type="button"
          className="jump-latest"
          onClick={() => body.current?.scrollTo({ top: body.current.scrollHeight, behavior: 'smooth' })}
        >
          {t('ui.sessions.detail.newMessages')}
        </button>
      )}
      <ReplyBox view={view} isMac={isMac} onSent={conversation.echo} />
    </article>
  );
}
