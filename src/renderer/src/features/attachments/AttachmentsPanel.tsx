import { useId, useMemo, useState } from 'react';
import { getBridge } from '../../bridge';
import { useT } from '../../i18n/context';
import { Button } from '../../ui/Button';
import { InlineError } from '../../ui/InlineError';
import { toUiError } from '../../ui/ui-error';
import type { UiError } from '../../ui/ui-error';
import { useAttachmentList } from './hooks/useAttachmentList';
import { useDownloadFolder } from './hooks/useDownloadFolder';
import { useDownloadJobs } from './hooks/useDownloadJobs';
import { attachmentRows, isActiveJob, summaryJobs } from './model/attachment-rows';
import type { AttachmentRow as Row } from './model/attachment-rows';
import { overallProgress } from './model/overall-progress';
import { AttachmentRow } from './parts/AttachmentRow';
import type { RowAction } from './parts/AttachmentRow';
import { FolderLine } from './parts/FolderLine';
import { DownloadIcon, RefreshIcon } from './parts/icons';
import { OverallProgress } from './parts/OverallProgress';
import './attachments.css';

/** Which row action runs, or the panel-wide ones. */
type Busy = { attachmentId: string; action: RowAction } | { attachmentId: null; action: 'downloadAll' | 'cancelAll' } | null;

/**
 * A session's attachments in its detail pane (the SessionsScreen `attachments` slot): each file
 * with who shared it, its type and size, Download / Download all into the session's folder (or
 * one picked with Change…), live progress per file and overall, Cancel (the row goes back to
 * Download), Retry, and Open / Show in folder when done. Main refuses to open files that could run
 * code; its message is shown. A file moved or deleted since (main looks at every listing) shows as
 * not saved, with Download again.
 */
export function AttachmentsPanel({ sessionId }: { sessionId: string }) {
  const t = useT();
  const headingId = useId();
  const list = useAttachmentList(sessionId);
  const jobs = useDownloadJobs();
  const folder = useDownloadFolder(sessionId);
  const [busy, setBusy] = useState<Busy>(null);
  const [errors, setErrors] = useState<ReadonlyMap<string, UiError>>(new Map());

  const rows = useMemo(() => attachmentRows(list.items ?? [], jobs, sessionId), [list.items, jobs, sessionId]);
  // Cancelled files are back to "not downloaded" and moved or deleted ones are not saved: neither is counted.
  const overall = useMemo(() => overallProgress(summaryJobs(rows)), [rows]);
  const dirRequest = folder.handle ? { folder: folder.handle } : {};

  /** Runs one action; its failure is kept under `errorKey` (an attachment id, or '' for the panel). */
  const run = async (next: Busy, errorKey: string, fn: () => Promise<unknown>) => {
    setBusy(next);
    setErrors((prev) => without(prev, errorKey));
    try {
      await fn();
    } catch (err) {
      const error = toUiError(err, t);
      // Main no longer knows the picked folder (its handle expired): show the default again; the message says to choose.
      if (isFolderHandleRefusal(err)) folder.resetToDefault();
      setErrors((prev) => new Map(prev).set(errorKey, error));
    } finally {
      setBusy(null);
    }
  };

  const onAction = (action: RowAction, row: Row) => {
    const bridge = getBridge().attachments;
    const id = row.attachment.attachment_id;
    const jobId = row.job?.jobId ?? '';
    const calls: Record<RowAction, () => Promise<unknown>> = {
      download: () => bridge.download({ sessionId, attachmentId: id, ...dirRequest }),
      cancel: () => bridge.cancel({ jobId }),
      retry: () => bridge.retry({ jobId }),
      open: () => bridge.open({ jobId }),
      show: () => bridge.showInFolder({ jobId }),
      // Back into the folder it was saved to; a new job, since the done one is reused otherwise.
      redownload: () => bridge.download({ sessionId, attachmentId: id, ...(row.job ? { folderOfJob: row.job.jobId } : dirRequest), force: true }),
    };
    void run({ attachmentId: id, action }, id, calls[action]);
  };

  const downloadAll = () => void run({ attachmentId: null, action: 'downloadAll' }, '', () => getBridge().attachments.downloadAll({ sessionId, ...dirRequest }));
  const cancelAll = () =>
    void run({ attachmentId: null, action: 'cancelAll' }, '', async () => {
      const running = rows.flatMap((r) => (r.job && isActiveJob(r.job) ? [r.job.jobId] : []));
      await Promise.all(running.map((jobId) => getBridge().attachments.cancel({ jobId })));
    });

  const count = list.items?.length ?? 0;
  const panelError = errors.get('');
  return (
    <section className="att-panel" aria-labelledby={headingId} aria-busy={list.loading || undefined}>
      <div className="att-head">
        <h3 className="detail-section-title" id={headingId}>
          {t('ui.attachments.title')}
          {count > 0 && <span className="att-count">{count}</span>}
        </h3>
        <button
          type="button"
          className="icon-button att-refresh"
          aria-label={t('ui.attachments.refresh')}
          title={t('ui.attachments.refresh')}
          onClick={list.reload}
        >
          <RefreshIcon size={14} />
        </button>
        {count > 0 && (
          <Button size="sm" variant="primary" className="att-download-all" busy={busy?.action === 'downloadAll'} onClick={downloadAll}>
            <DownloadIcon size={13} />
            {t('ui.attachments.downloadAll')}
          </Button>
        )}
      </div>

      {list.error && (
        <InlineError message={t('ui.attachments.loadFailed', { message: list.error.message })}>
          <Button size="sm" onClick={list.reload}>
            {t('ui.attachments.tryAgain')}
          </Button>
        </InlineError>
      )}
      {list.items === null && !list.error && (
        <p className="att-empty" role="status">
          {t('ui.attachments.loading')}
        </p>
      )}
      {list.items !== null && count === 0 && <p className="att-empty">{t('ui.attachments.empty')}</p>}

      {count > 0 && (
        <>
          <FolderLine folder={folder} />
          {panelError && <InlineError message={t('ui.attachments.actionFailed', { message: panelError.message })} />}
          {overall && <OverallProgress overall={overall} cancelling={busy?.action === 'cancelAll'} onCancelAll={cancelAll} />}
          <ul className="att-list" aria-label={t('ui.attachments.listLabel')}>
            {rows.map((row) => (
              <AttachmentRow
                key={row.attachment.attachment_id}
                row={row}
                busy={busy?.attachmentId === row.attachment.attachment_id ? (busy.action as RowAction) : null}
                actionError={errors.get(row.attachment.attachment_id) ?? null}
                onAction={onAction}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function without<V>(map: ReadonlyMap<string, V>, key: string): ReadonlyMap<string, V> {
  if (!map.has(key)) return map;
  const next = new Map(map);
  next.delete(key);
  return next;
}

/** Main refused a folder handle (expired, or from before a reload): VALIDATION with a folder-handle reason. */
function isFolderHandleRefusal(err: unknown): boolean {
  const e = err as { code?: unknown; details?: { reason?: unknown } } | null;
  return e?.code === 'VALIDATION' && typeof e.details?.reason === 'string' && e.details.reason.startsWith('security.handle.folder.');
}
