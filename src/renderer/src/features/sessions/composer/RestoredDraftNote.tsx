import { useLocale, useT } from '../../../i18n/context';
import { Button } from '../../../ui/Button';
import { relativeTime } from '../model/relative-time';
import { useNow } from '../hooks/useNow';

/** "Your unsent draft is back (saved 5 min ago)." with Start over, at the top of the composer. */
export function RestoredDraftNote({ savedAt, onStartOver, disabled }: { savedAt: number; onStartOver: () => void; disabled: boolean }) {
  const t = useT();
  const locale = useLocale();
  const now = useNow(30_000);
  return (
    <p className="composer-restored" role="status">
      <span>{t('ui.drafts.restored', { time: relativeTime(savedAt, now, locale) })}</span>
      <Button variant="link" size="sm" onClick={onStartOver} disabled={disabled}>
        {t('ui.drafts.startOver')}
      </Button>
    </p>
  );
}
