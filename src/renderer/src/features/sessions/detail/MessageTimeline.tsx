import type { SessionMessage } from '../../../../../shared/domain/session-message';
import { toMs } from '../../../../../shared/domain/timestamps';
import { useLocale, useT } from '../../../i18n/context';
import { InlineError } from '../../../ui/InlineError';
import { RenderBoundary } from '../../../ui/RenderBoundary';
import { MarkdownPlainText } from '../../knowledge/kit/MarkdownPlainText';
import { isEcho } from '../model/echoes';
import { absoluteTime, shortDateTime } from '../model/relative-time';
import { MessageBody } from './MessageBody';

export interface MessageTimelineProps {
  messages: readonly SessionMessage[];
  loading: boolean;
  error: string | null;
  nowMs: number;
  onOpenLink: (url: string) => void;
}

/** The conversation: Devin's messages on the left with its mark, the user's as bubbles on the right. */
export function MessageTimeline({ messages, loading, error, nowMs, onOpenLink }: MessageTimelineProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="timeline" aria-label={t('ui.sessions.detail.conversation')}>
      <h3 className="detail-section-title">{t('ui.sessions.detail.conversation')}</h3>
      {error && <InlineError message={t('ui.sessions.detail.messagesFailed', { message: error })} />}
      {loading && messages.length === 0 && !error && (
        <p className="timeline-note" role="status">
          {t('ui.sessions.detail.messagesLoading')}
        </p>
      )}
      {!loading && !error && messages.length === 0 && <p className="timeline-note">{t('ui.sessions.detail.noMessages')}</p>}
      <ol className="timeline-list">
        {messages.map((m) => {
          const fromDevin = m.source === 'devin';
          const who = fromDevin ? t('ui.sessions.detail.fromDevin') : m.source === 'user' ? t('ui.sessions.detail.fromUser') : m.source;
          const ms = toMs(m.created_at) ?? 0;
          return (
            <li key={m.event_id} className={['message', fromDevin ? 'from-devin' : 'from-user', isEcho(m) && 'is-echo'].filter(Boolean).join(' ')}>
              {fromDevin && (
                <span className="message-avatar" aria-hidden="true">
                  D
                </span>
              )}
              <div className="message-main">
                {/* One message that fails to render shows its text; the rest of the window lives on. */}
                <RenderBoundary resetKey={m.message} fallback={<MarkdownPlainText source={m.message} reason="failed" className="message-body" />}>
                  <div className="message-meta">
                    <span className="message-who">{who}</span>
                    <time dateTime={new Date(ms).toISOString()} title={absoluteTime(ms, locale)}>
                      {shortDateTime(ms, nowMs, locale)}
                    </time>
                  </div>
                  {/* dir="auto": an Arabic or Hebrew message reads right to left (each paragraph on its own, see the CSS). */}
                  <div dir="auto" className="message-text">
                    <MessageBody source={m.message} onOpenLink={onOpenLink} />
                  </div>
                </RenderBoundary>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
