import { translate } from '../../../shared/i18n';
import type { Notice } from '../../../shared/ipc/contract';
import { useLocale, useT } from '../i18n/context';
import { useAppStore, useNotices } from '../store/hooks';
import { CloseIcon, ErrorIcon, InfoIcon, WarningIcon } from '../ui/icons';
import './notices.css';

const ICONS = { info: InfoIcon, warning: WarningIcon, error: ErrorIcon } as const;

/** Main's notices (e.g. "settings were reset") as dismissible banners; keys are translated here. */
export function NoticeBanners() {
  const notices = useNotices();
  const t = useT();
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="region" aria-label={t('ui.notices.label')}>
      {notices.map((n) => (
        <NoticeBanner key={n.id} notice={n} />
      ))}
    </div>
  );
}

function NoticeBanner({ notice }: { notice: Notice }) {
  const t = useT();
  const locale = useLocale();
  const store = useAppStore();
  const Icon = ICONS[notice.level];
  // If main cannot forget the notice, the store puts it back: that reappearance is the feedback.
  const dismiss = () => void store.dismissNotice(notice.id).catch(() => undefined);
  return (
    <div className={`notice notice-${notice.level}`} role={notice.level === 'error' ? 'alert' : 'status'}>
      <Icon size={15} aria-label={t(`ui.notices.${notice.level}`)} aria-hidden={false} role="img" />
      <p className="notice-text">{translate(locale, notice.key, notice.paramsByLocale?.[locale] ?? notice.params)}</p>
      <button type="button" className="icon-button" aria-label={t('ui.notices.dismiss')} title={t('ui.notices.dismiss')} onClick={dismiss}>
        <CloseIcon size={14} />
      </button>
    </div>
  );
}
