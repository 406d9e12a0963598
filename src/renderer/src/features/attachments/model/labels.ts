import { formatBytes } from '../../../../../shared/attachments/format-bytes';
import type { AttachmentView, DownloadJobView } from '../../../../../shared/attachments/jobs';
import type { TFunction } from '../../../i18n/context';
import type { RowState } from './attachment-rows';

/** Who attached the file ("From Devin" / "From you"); other sources show as given, none as null. */
export function sourceLabel(source: string | null, t: TFunction): string | null {
  if (source === 'devin') return t('ui.attachments.source.devin');
  if (source === 'user') return t('ui.attachments.source.user');
  return source && source.trim() !== '' ? source : null;
}

/** The file's type: its MIME type without parameters, else its extension ("PDF"), else null. */
export function typeLabel(attachment: Pick<AttachmentView, 'content_type' | 'fileName'>): string | null {
  const mime = attachment.content_type?.split(';')[0]?.trim();
  if (mime) return mime;
  const dot = attachment.fileName.lastIndexOf('.');
  return dot > 0 && dot < attachment.fileName.length - 1 ? attachment.fileName.slice(dot + 1).toUpperCase() : null;
}

/** "1.2 MB of 5 MB · 800 KB/s" (the rate only while bytes are flowing; just the bytes when the size is unknown). */
export function transferText(bytes: number, total: number | null, rateBps: number, t: TFunction): string {
  const amount = total === null ? formatBytes(bytes) : t('ui.attachments.progress', { bytes: formatBytes(bytes), total: formatBytes(total) });
  return rateBps > 0 ? `${amount} · ${t('ui.attachments.rate', { rate: formatBytes(Math.round(rateBps)) })}` : amount;
}

/** The job's bytes line. */
export function jobTransferText(job: DownloadJobView, t: TFunction): string {
  return transferText(job.bytes, job.total, job.state === 'downloading' ? job.rateBps : 0, t);
}

/** 0..100 for a bar, or null when the size is unknown. */
export function percent(bytes: number, total: number | null): number | null {
  if (total === null) return null;
  if (total <= 0) return 100;
  return Math.max(0, Math.min(100, Math.floor((bytes / total) * 100)));
}

/** The row's state in words: null when not downloaded; "Already in the folder" when the same file was there. */
export function rowStateLabel(state: RowState, job: Pick<DownloadJobView, 'alreadySaved'> | null, t: TFunction): string | null {
  if (state === 'none') return null;
  if (state === 'missing') return t('ui.attachments.notSaved');
  if (state === 'done' && job?.alreadySaved) return t('ui.attachments.alreadySaved');
  return t(`attachments.state.${state}`);
}
