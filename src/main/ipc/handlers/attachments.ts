import { lstat } from 'node:fs/promises';
import { basename, isAbsolute } from 'node:path';
import type { AttachmentSettings } from '../../../shared/attachments/settings';
import type { AttachmentView, DownloadJobView, UploadProgressView } from '../../../shared/attachments/jobs';
import type { AttachmentsChannelName } from '../../../shared/ipc/channels/attachments';
import { AppError } from '../../../shared/errors';
import { translate } from '../../../shared/i18n';
import type { Locale } from '../../../shared/i18n';
import type { DevinClient } from '../../api/client';
import { attachmentError } from '../../attachments/attachment-error';
import { describeFsError, errorCode } from '../../attachments/confine-path';
import { defaultDownloadDir } from '../../attachments/default-download-dir';
import type { DownloadableAttachment, DownloadManager } from '../../attachments/download-manager';
import { isRiskyToOpen } from '../../attachments/open-policy';
import { plannedFileNames } from '../../attachments/planned-names';
import { sanitizeFileName } from '../../attachments/sanitize-file-name';
import { uploadAttachments } from '../../attachments/upload-attachments';
import type { PathHandles } from '../../security/path-handles';
import type { CallContext, Handlers } from '../router';

/** The Electron actions, injected by the glue (`shell.showItemInFolder`, `shell.openPath`, `dialog.showOpenDialog`). */
export interface AttachmentsShellPort {
  showItemInFolder(path: string): void;
  /** Resolves to an error message, '' on success (Electron's contract). */
  openPath(path: string): Promise<string>;
}
export interface AttachmentsDialogPort {
  /** A folder picker; null when dismissed. */
  chooseFolder(opts: { title: string; defaultPath?: string }): Promise<string | null>;
}

export interface AttachmentsHandlersDeps {
  manager: DownloadManager;
  /** The org-scoped client (throws NOT_SIGNED_IN / ORG_REQUIRED). */
  /** The client of the account that owns `sessionId` (#16); the current account's without one. */
  getClient: (sessionId?: string) => Pick<DevinClient, 'sessions' | 'uploadAttachment'>;
  getSettings: () => Pick<AttachmentSettings, 'attachmentsFolder'>;
  homeDir: string;
  /** A known session title (the tracker's cache), for folder names. */
  getSessionTitle?: (sessionId: string) => string | null | undefined;
  locale: () => Locale;
  shell: AttachmentsShellPort;
  dialog: AttachmentsDialogPort;
  /** Issues and checks the file and folder handles the page names things by (never raw paths). */
  handles: PathHandles;
  /** Pushes upload progress (`attachments:uploadProgress`). */
  emitUploadProgress?: (p: UploadProgressView) => void;
  maxUploadBytes?: number;
  /** How long a listed session's attachments (with their URLs) are reused for downloads. */
  listCacheMs?: number;
  now?: () => number;
}

type AttachmentsHandlers = Pick<Handlers, AttachmentsChannelName>;

/**
 * The attachments channels. URLs stay in main: a download names a listed attachment by id, and
 * opening names a job, so the renderer can neither point downloads anywhere nor open arbitrary files.
 * Paths stay in main too: a download folder is a handle from main's folder dialog (or the
 * session's default folder, or the folder of an earlier job), files to upload are handles from
 * main's file dialog or a drop the preload registered; a path from the page is refused.
 */
export function createAttachmentsHandlers(deps: AttachmentsHandlersDeps): AttachmentsHandlers {
  const now = deps.now ?? Date.now;
  const cacheMs = deps.listCacheMs ?? 5 * 60_000;
  const listed = new Map<string, { at: number; items: DownloadableAttachment[] }>();

  async function list(sessionId: string): Promise<DownloadableAttachment[]> {
    const items = await deps.getClient(sessionId).sessions.attachments(sessionId);
    listed.set(sessionId, { at: now(), items });
    return items;
  }

  /** The listed attachment and the name it is saved under among the session's files (a stale cache entry is listed again). */
  async function findAttachment(sessionId: string, attachmentId: string): Promise<{ attachment: DownloadableAttachment; firstVariant: number }> {
    const cached = listed.get(sessionId);
    const fresh = cached && now() - cached.at < cacheMs && cached.items.some((a) => a.attachment_id === attachmentId);
    const items = fresh ? cached.items : await list(sessionId);
    const i = items.findIndex((a) => a.attachment_id === attachmentId);
    const found = items[i];
    if (!found) throw attachmentError('ATTACHMENT_NOT_FOUND', { id: attachmentId });
    return { attachment: found, firstVariant: plannedFileNames(items.map((a) => a.name))[i]?.variant ?? 0 };
  }

  const senderOf = (ctx: CallContext) => ctx.senderId ?? '';

  /** Where a download goes: a folder handle this sender holds, an earlier job's folder, or the session's default. */
  function folderFor(sessionId: string, ctx: CallContext, choice: { folder?: string | undefined; folderOfJob?: string | undefined } = {}): string {
    if (choice.folder !== undefined) return deps.handles.resolve(senderOf(ctx), 'folder', choice.folder, 'folder');
    if (choice.folderOfJob !== undefined) {
      const job = deps.manager.job(choice.folderOfJob);
      if (!job) throw attachmentError('ATTACHMENT_JOB_NOT_FOUND');
      return job.dir;
    }
    return defaultFolder(sessionId);
  }

  function defaultFolder(sessionId: string, title?: string | null): string {
    const knownTitle = title ?? deps.getSessionTitle?.(sessionId) ?? null;
    return defaultDownloadDir(deps.homeDir, knownTitle, sessionId, deps.getSettings().attachmentsFolder);
  }

  /** A done job whose file is still where it was saved (the user may have moved or deleted it since). */
  async function finishedFile(jobId: string): Promise<DownloadJobView & { path: string }> {
    const job = deps.manager.job(jobId);
    if (!job) throw attachmentError('ATTACHMENT_JOB_NOT_FOUND');
    if (job.state !== 'done' || !job.path) throw attachmentError('ATTACHMENT_JOB_NOT_FOUND');
    try {
      await lstat(job.path);
    } catch (err) {
      const code = errorCode(err);
      // ENOTDIR: a folder on the way was replaced by a file; the saved file is gone either way.
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        // The row turns to "not saved" with Download again (pushed), besides this answer.
        await deps.manager.checkFiles({ jobId });
        throw attachmentError('ATTACHMENT_FILE_MISSING', { name: basename(job.path) }, { path: job.path });
      }
      throw attachmentError('ATTACHMENT_FOLDER', { dir: job.dir, detail: describeFsError(err) });
    }
    return job as DownloadJobView & { path: string };
  }

  return {
    'attachments:list': async ({ sessionId }) => {
      const items = await list(sessionId);
      // Reopening or refreshing a session is when a file the user moved or deleted gets noticed (pushed as a job change).
      await deps.manager.checkFiles({ sessionId });
      const planned = plannedFileNames(items.map((a) => a.name));
      return items.map(
        (a, i): AttachmentView => ({
          attachment_id: a.attachment_id,
          name: a.name,
          fileName: sanitizeFileName(a.name),
          plannedName: planned[i]?.name ?? sanitizeFileName(a.name),
          source: 'source' in a && typeof a.source === 'string' ? a.source : null,
          content_type: 'content_type' in a && typeof a.content_type === 'string' ? a.content_type : null,
        }),
      );
    },
    'attachments:download': async ({ sessionId, attachmentId, folder: handle, folderOfJob, force }, ctx) => {
      const folder = folderFor(sessionId, ctx, { folder: handle, folderOfJob });
      const { attachment, firstVariant } = await findAttachment(sessionId, attachmentId);
      return { jobId: deps.manager.enqueue({ sessionId, attachment, dir: folder, force: force ?? false, firstVariant }), dir: folder };
    },
    'attachments:downloadAll': async ({ sessionId, folder: handle, force }, ctx) => {
      const folder = folderFor(sessionId, ctx, { folder: handle });
      const { batchId, jobIds } = await deps.manager.downloadAll(sessionId, folder, { force: force ?? false });
      return { batchId, jobIds, dir: folder };
    },
    'attachments:cancel': ({ jobId }) => deps.manager.cancel(jobId),
    'attachments:retry': ({ jobId }) => deps.manager.retry(jobId),
    'attachments:jobs': () => deps.manager.jobs(),
    'attachments:clearFinished': () => deps.manager.clearFinished(),
    'attachments:showInFolder': async ({ jobId }) => {
      deps.shell.showItemInFolder((await finishedFile(jobId)).path);
    },
    'attachments:open': async ({ jobId }) => {
      const job = await finishedFile(jobId);
      if (isRiskyToOpen(job.path)) {
        deps.shell.showItemInFolder(job.path);
        throw attachmentError('ATTACHMENT_UNSAFE_TO_OPEN', { name: job.fileName });
      }
      const failure = await deps.shell.openPath(job.path);
      if (failure) throw new AppError('INTERNAL', failure, { detail: failure }, { detail: failure });
    },
    'attachments:defaultFolder': ({ sessionId, title }) => defaultFolder(sessionId, title),
    'attachments:chooseFolder': async (req, ctx) => {
      const title = translate(deps.locale(), 'attachments.chooseFolder.title');
      const path = await deps.dialog.chooseFolder(req?.defaultPath ? { title, defaultPath: req.defaultPath } : { title });
      if (path === null) return null;
      // What a dialog returns is absolute; anything else is not a folder we can name.
      if (!isAbsolute(path)) throw attachmentError('ATTACHMENT_FOLDER', { dir: path, detail: 'not an absolute path' });
      return { handle: deps.handles.issue(senderOf(ctx), 'folder', path), path };
    },
    'attachments:upload': async ({ files, sessionId }, ctx) => {
      const sender = senderOf(ctx);
      // Every handle is checked before any byte is sent: one raw path refuses the whole upload.
      const paths = files.map((handle, i) => deps.handles.resolve(sender, 'file', handle, `files.${i}`));
      const uploaded = await uploadAttachments(
        deps.getClient(sessionId),
        paths.map((path) => ({ path })),
        { maxBytes: deps.maxUploadBytes, onProgress: deps.emitUploadProgress },
      );
      // Sent: these handles have done their job.
      for (const handle of files) deps.handles.revoke(sender, handle);
      return uploaded;
    },
  };
}

/** Forwards the manager's events as push events; returns the unsubscribe function. */
export function forwardAttachmentsEvents(
  manager: DownloadManager,
  emit: (event: 'attachments:progress' | 'attachments:jobs', payload: DownloadJobView | DownloadJobView[]) => void,
): () => void {
  const offs = [manager.on('progress', (job) => emit('attachments:progress', job)), manager.on('changed', () => emit('attachments:jobs', manager.jobs()))];
  return () => {
    for (const off of offs) off();
  };
}
