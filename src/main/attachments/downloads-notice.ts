import type { DownloadBatchSummary } from '../../shared/attachments/jobs';
import { translate } from '../../shared/i18n';
import type { Locale } from '../../shared/i18n';

/** What the tray glue shows when a "download all" batch ends; clicking should reveal `dir`. */
export interface DownloadsFinishedNotice {
  title: string;
  body: string;
  dir: string;
  /** The first saved file, to select in the file manager. */
  firstPath: string | null;
  level: 'info' | 'warning' | 'error';
}

/** Pure: the localized notification for a finished batch; null when nothing was attempted. */
export function downloadsFinishedNotice(summary: DownloadBatchSummary, locale: Locale): DownloadsFinishedNotice | null {
  const { done, failed, dir } = summary;
  if (done === 0 && failed === 0) return null;
  const base = { dir, firstPath: summary.paths[0] ?? null };
  if (failed === 0) {
    return {
      ...base,
      level: 'info',
      title: translate(locale, 'attachments.notice.doneTitle'),
      body: translate(locale, 'attachments.notice.doneBody', { count: done, dir }),
    };
  }
  if (done === 0) {
    return {
      ...base,
      level: 'error',
      title: translate(locale, 'attachments.notice.failedTitle'),
      body: translate(locale, 'attachments.notice.failedBody', { failed }),
    };
  }
  return {
    ...base,
    level: 'warning',
    title: translate(locale, 'attachments.notice.partialTitle'),
    body: translate(locale, 'attachments.notice.partialBody', { count: done, failed }),
  };
}
