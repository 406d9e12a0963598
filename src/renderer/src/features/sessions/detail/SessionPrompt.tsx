import { useId, useState } from 'react';
import { useT } from '../../../i18n/context';
import { ChevronIcon } from '../kit/icons';
import { isLongPrompt } from '../model/shown-prompt';
import { MessageBody } from './MessageBody';

/**
 * The prompt the session was started with, as Markdown (sanitized like a message), its
 * direction taken from its text. A long prompt starts collapsed to a few lines, one click from whole.
 */
export function SessionPrompt({ prompt, onOpenLink }: { prompt: string; onOpenLink: (url: string) => void }) {
  const t = useT();
  const long = isLongPrompt(prompt);
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const collapsed = long && !open;
  return (
    <section className="session-prompt" aria-label={t('ui.sessionDetail.prompt')}>
      <h3 className="detail-section-title">{t('ui.sessionDetail.prompt')}</h3>
      <div id={bodyId} dir="auto" className={collapsed ? 'session-prompt-text message-text is-collapsed' : 'session-prompt-text message-text'}>
        <MessageBody source={prompt} onOpenLink={onOpenLink} />
      </div>
      {long && (
        <button type="button" className="btn-link session-prompt-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          <ChevronIcon size={12} className={open ? 'prompt-chevron is-open' : 'prompt-chevron'} />
          {open ? t('ui.sessionDetail.promptShowLess') : t('ui.sessionDetail.promptShowAll')}
        </button>
      )}
    </section>
  );
}
