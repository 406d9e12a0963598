import { useLocale, useT } from '../../../i18n/context';
import { Button } from '../../../ui/Button';
import { useNow } from '../hooks/useNow';
import { relativeTime } from '../model/relative-time';
import '../../drafts/drafts.css';

/** Under a restored reply: "Unsent draft, saved 5 min ago." and Discard draft. */
export function ReplyDraftNote({ savedAt, onDiscard }: { savedAt: number | null; onDiscard: () => void }) {
  const t = useT();
  const locale = useLocale();
  const now = useNow(30_000);
  return (
    <p className="draft-note">
      {savedAt !== null && <span>{t('ui.drafts.unsent', { time: relativeTime(savedAt, now, locale) })}</span>}
      <Button variant="link" size="sm" onClick={onDiscard}>
        {t('ui.drafts.discardDraft')}
      </Button>
    </p>
  );
}
