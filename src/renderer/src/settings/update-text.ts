import type { MessageKey } from '../../../shared/i18n';
import type { UpdateView } from '../../../shared/update/update-view';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The Settings › Updates status in words (pure): the main line, and when it was or will be checked. */
export function updateStatusText(view: UpdateView, t: T, formatTime: (ms: number) => string): { line: string; when: string | null } {
  const s = view.status;
  const when = () => {
    const parts: string[] = [];
    if (view.lastCheckedAt !== null) parts.push(t('ui.update.lastChecked', { time: formatTime(view.lastCheckedAt) }));
    if (view.nextCheckAt !== null) parts.push(t('ui.update.nextCheck', { time: formatTime(view.nextCheckAt) }));
    return parts.length > 0 ? parts.join(' ') : null;
  };
  switch (s.kind) {
    case 'off':
      return { line: t(`ui.update.off.${s.reason}`), when: null };
    case 'idle':
      return view.lastCheckedAt === null ? { line: t('ui.update.idleNever'), when: when() } : { line: t('ui.update.idle'), when: when() };
    case 'checking':
      return { line: t('ui.update.checking'), when: null };
    case 'downloading':
      return {
        line: s.percent === null ? t('ui.update.downloading', { version: s.version }) : t('ui.update.downloadingPercent', { version: s.version, percent: s.percent }),
        when: null,
      };
    case 'ready':
      return { line: t('ui.update.ready', { version: s.version }), when: null };
    case 'failed':
      return { line: t('ui.update.failed', { reason: t(`ui.update.error.${s.error}`) }), when: when() };
  }
}
