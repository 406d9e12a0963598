import { useId } from 'react';
import type { ReactNode } from 'react';
import { formatBytes } from '../../../../../shared/attachments/format-bytes';
import type { MessageKey } from '../../../../../shared/i18n';
import { useLocale, useT } from '../../../i18n/context';
import { Button } from '../../../ui/Button';
import { InlineError } from '../../../ui/InlineError';
import type { UiError } from '../../../ui/ui-error';
import type { AttachmentRow as Row } from '../model/attachment-rows';
import { isActiveJob, rowState, savedName } from '../model/attachment-rows';
import { jobErrorText } from '../model/job-error-text';
import { jobTransferText, percent, rowStateLabel, sourceLabel, typeLabel } from '../model/labels';
import { DownloadIcon, FileIcon, FolderIcon } from './icons';
import { ProgressBar } from './ProgressBar';

/** What a row can ask for; the panel runs it and reports failures back in `actionError`. */
export type RowAction = 'download' | 'cancel' | 'retry' | 'open' | 'show' | 'redownload';

/** Each action's accessible name, which names the file ("Open report (1).md"): six Open buttons are six different buttons. */
const A11Y_LABEL: Record<RowAction, MessageKey> = {
  download: 'ui.attachments.a11y.download',
  cancel: 'ui.attachments.a11y.cancel',
  retry: 'ui.attachments.a11y.retry',
  open: 'ui.attachments.a11y.open',
  show: 'ui.attachments.a11y.show',
  redownload: 'ui.attachments.a11y.downloadAgain',
};

export interface AttachmentRowProps {
  row: Row;
  /** The action running for this row, if any (its button shows busy). */
  busy: RowAction | null;
  /** A failed action (e.g. main refused to open a file that could run code, or the file is gone). */
  actionError: UiError | null;
  onAction: (action: RowAction, row: Row) => void;
}

/**
 * One attachment: the name it was (or will be) saved as, who shared it, type, size when known,
 * and the state of its download with the next sensible action: Download → Cancel while it runs
 * (which puts the row back) → Retry after a failure → Open / Show in folder when done, and
 * Download again once the saved file was found moved or deleted.
 */
export function AttachmentRow({ row, busy, actionError, onAction }: AttachmentRowProps) {
  const t = useT();
  const locale = useLocale();
  const nameId = useId();
  const { attachment, job } = row;
  const state = rowState(row);
  const name = savedName(row);
  const meta = [
    name !== attachment.name ? t('ui.attachments.sentAs', { name: attachment.name }) : null,
    sourceLabel(attachment.source, t),
    typeLabel(attachment),
    row.size !== null ? formatBytes(row.size) : null,
    rowStateLabel(state, job, t),
    job?.state === 'retrying' ? t('ui.attachments.attempt', { attempt: job.attempts + 1 }) : null,
  ].filter((part): part is string => part !== null);
  const showBar = job !== null && (isActiveJob(job) || (job.state === 'failed' && job.bytes > 0));
  const errorText = job?.error && (state === 'failed' || state === 'retrying') ? jobErrorText(job.error, locale) : null;

  const button = (action: RowAction, label: string, variant: 'secondary' | 'ghost' = 'secondary', icon?: ReactNode) => (
    <Button size="sm" variant={variant} aria-label={t(A11Y_LABEL[action], { name })} busy={busy === action} onClick={() => onAction(action, row)}>
      {icon}
      {label}
    </Button>
  );

  return (
    <li className={`att-row is-${state}`} aria-labelledby={nameId}>
      <FileIcon size={18} className="att-file-icon" />
      <div className="att-main">
        <span className="att-name" id={nameId}>
          {name}
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
              label={t('ui.attachments.fileProgress', { name })}
              value={percent(job.bytes, job.total)}
              valueText={jobTransferText(job, t)}
              tone={job.state === 'failed' ? 'failed' : 'active'}
            />
            <span className="att-transfer">{jobTransferText(job, t)}</span>
          </div>
        )}
        {errorText && <p className={state === 'retrying' ? 'att-note is-retrying' : 'att-note is-failed'}>{errorText}</p>}
        {state === 'missing' && <p className="att-note is-missing">{t('error.ATTACHMENT_FILE_MISSING', { name })}</p>}
        {/* A missing file's own Download again is among the row's actions. */}
        {actionError && !(actionError.code === 'ATTACHMENT_FILE_MISSING' && state === 'missing') && <InlineError message={actionError.message} />}
      </div>
      <div className="att-actions">
        {state === 'none' && button('download', t('ui.attachments.download'), 'secondary', <DownloadIcon size={13} />)}
        {isActiveJob(job) && button('cancel', t('ui.attachments.cancel'))}
        {state === 'failed' && button('retry', t('ui.attachments.retry'))}
        {state === 'done' && (
          <>
            {button('open', t('ui.attachments.open'))}
            {button('show', t('ui.attachments.showInFolder'), 'ghost', <FolderIcon size={13} />)}
            {/* Kept the copy already in the folder: a new one can still be asked for. */}
            {job?.alreadySaved && button('redownload', t('ui.attachments.downloadAgain'), 'ghost', <DownloadIcon size={13} />)}
          </>
        )}
        {state === 'missing' && button('redownload', t('ui.attachments.downloadAgain'), 'secondary', <DownloadIcon size={13} />)}
      </div>
    </li>
  );
}
