import type { HandoffProgressEvent } from '../../../../../shared/ipc/channels/handoff';
import { useLocale, useT } from '../../../i18n/context';
import { Button } from '../../../ui/Button';
import { formatSize } from '../model/format-size';

/** Reading a repository: which step, how much diff so far, and Cancel (big repos take a while). */
export function InspectProgress({ path, phase, bytes, onCancel }: { path: string; phase: HandoffProgressEvent['phase']; bytes: number; onCancel: () => void }) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="handoff-progress" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <div className="handoff-progress-text">
        <p className="handoff-progress-title">{t('ui.handoff.progress.title', { path })}</p>
        <p className="handoff-muted">{t(`ui.handoff.progress.${phase}`, { size: bytes > 0 ? formatSize(bytes, locale) : '' })}</p>
      </div>
      <Button onClick={onCancel}>{t('ui.handoff.cancel')}</Button>
    </div>
  );
}
