import { useId } from 'react';
import type { ReactNode } from 'react';
import { formatBytes } from '../../../../../shared/attachments/format-bytes';
import { useLocale, useT } from '../../../i18n/context';
import { Button } from '../../../ui/Button';
import { InlineError } from '../../../ui/InlineError';
import type { UiError } from '../../../ui/ui-error';
import type { AttachmentRow as Row } from '../model/attachment-rows';
import { isActiveJob, knownSize } from '../model/attachment-rows';
import { jobErrorText } from '../model/job-error-text';
import { jobTransferText, percent, sourceLabel, typeLabel } from '../model/labels';
import { DownloadIcon, FileIcon, FolderIcon } from './icons';
import { ProgressBar } from './ProgressBar';

/** What a row can ask for; the panel runs it and reports failures back in `actionError`. */
export type RowAction = 'download' | 'cancel' | 'retry' | 'open' | 'show' | 'redownload';

export interface AttachmentRowProps {
  row: Row;
  /** The action running for this row, if any (its button shows busy). */
  busy: RowAction | null;
  /** A failed action (e.g. main refused to open a file that could run code, or the file is gone). */
  actionError: UiError | null;
  onAction: (action: RowAction, row: Row) => void;
}

/**
 * One attachment: name, who shared it, type, size when known, and the state of its download with
 * the next sensible action: Download → Cancel while it runs → Retry after a failure or cancel →
 * Open / Show in folder when done, and Download again once those found the file moved or deleted.
 * Buttons name the file through aria-describedby.
 */
export function AttachmentRow({ row, busy, actionError, onAction }: AttachmentRowProps) {
  const t = useT();
  const locale = useLocale();
  const nameId = useId();
  const { attachment, job } = row;
  const state = job?.state ?? 'none';
  const size = knownSize(job);
  const meta = [
    sourceLabel(attachment.source, t),
    typeLabel(attachment),
    size !== null ? formatBytes(size) : null,
    job ? t(`attachments.state.${job.state}`) : null,
    job?.state === 'retrying' ? t('ui.attachments.attempt', { attempt: job.attempts + 1 }) : null,
  ].filter((part): part is string => part !== null);
  const showBar = job !== null && (isActiveJob(job) || ((job.state === 'failed' || job.state === 'cancelled') && job.bytes > 0));
  const tone = job?.state === 'failed' ? 'failed' : job?.state === 'cancelled' ? 'paused' : 'active';
  const errorText = job?.error && job.state !== 'cancelled' ? jobErrorText(job.error, locale) : null;

  const button = (action: RowAction, label: string, variant: 'secondary' | 'ghost' = 'secondary', icon?: ReactNode) => (
    <Button size="sm" variant={variant} aria-describedby={nameId} busy={busy === action} onClick={() => onAction(action, row)}>
      {icon}
      {label}
    </Button>
  );

  return (
    <li className={`att-row is-${state}`} aria-labelledby={nameId}>
      <FileIcon size={18} className="att-file-icon" />
      <div className="att-main">
        <span className="att-name" id={nameId}>
          {attachment.fileName}
        </span>
        <span className="att-meta">
          {/* Each part stays on one line; a long line wraps between parts, never inside a word. */}
          {meta.map((part, i) => (
            <span key={i} className="att-meta-part">
              {i > 0 && ' · '}
              {part}
            </span>
          ))}
        </span>
        {showBar && job && (
          <div className="att-progress">
            <ProgressBar
              label={t('ui.attachments.fileProgress', { name: attachment.fileName })}
              value={percent(job.bytes, job.total)}
              valueText={jobTransferText(job, t)}
              tone={tone}
            />
            <span className="att-transfer">{jobTransferText(job, t)}</span>
          </div>
        )}
        {errorText && <p className={job?.state === 'retrying' ? 'att-note is-retrying' : 'att-note is-failed'}>{errorText}</p>}
        {actionError && (
          <InlineError message={actionError.message}>
            {actionError.code === 'ATTACHMENT_FILE_MISSING' && job?.state === 'done' && button('redownload', t('ui.attachments.downloadAgain'), 'secondary', <DownloadIcon size={13} />)}
          </InlineError>
        )}
      </div>
      <div className="att-actions">
        {job === null && button('download', t('ui.attachments.download'), 'secondary', <DownloadIcon size={13} />)}
        {isActiveJob(job) && button('cancel', t('ui.attachments.cancel'))}
        {(job?.state === 'failed' || job?.state === 'cancelled') && button('retry', t('ui.attachments.retry'))}
        {job?.state === 'done' && (
          <>
            {button('open', t('ui.attachments.open'))}
            {button('show', t('ui.attachments.showInFolder'), 'ghost', <FolderIcon size={13} />)}
          </>
        )}
      </div>
    </li>
  );
}
