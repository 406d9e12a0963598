import { getBridge } from '../../../bridge';
import { useT } from '../../../i18n/context';
import { Button } from '../../../ui/Button';
import { ErrorIcon, InfoIcon, WarningIcon } from '../../../ui/icons';
import { useNow } from '../hooks/useNow';
import { bannerState } from '../model/banner-state';
import type { TrackerStatus } from '../../../../../shared/sessions/tracker-status';

const ICONS = { info: InfoIcon, warning: WarningIcon, error: ErrorIcon } as const;

/** A slim line over the list while the tracker is offline, rate limited, failing or signed out. */
export function TrackerBanner({ status }: { status: TrackerStatus | null }) {
  const t = useT();
  const counting = status?.kind === 'rate_limited' || status?.kind === 'error';
  const now = useNow(1000, counting);
  const banner = bannerState(status, now);
  if (!banner) return null;
  const Icon = ICONS[banner.tone];
  return (
    <div className={`tracker-banner tracker-${banner.tone}`} role="status">
      <Icon size={13} />
      <span className="tracker-banner-text">{t(banner.key, banner.params)}</span>
      {banner.canRetry && (
        // A failed refresh shows up as the next status; nothing to add here.
        <Button variant="link" size="sm" onClick={() => void getBridge().sessions.refresh().catch(() => undefined)}>
          {t('ui.sessions.banner.retryNow')}
        </Button>
      )}
    </div>
  );
}
