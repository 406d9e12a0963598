import { useCallback, useRef, useState } from 'react';
import type { DragEvent } from 'react';
import type { UploadProgressView } from '../../../../../shared/attachments/jobs';
import type { PickedFile } from '../../../../../shared/attachments/picked';
import { getBridge } from '../../../bridge';
import { useT } from '../../../i18n/context';
import type { TFunction } from '../../../i18n/context';
import { toUiError } from '../../../ui/ui-error';
import { dragHasFiles, registerDroppedFiles } from '../../handoff/model/drop-path';
import { MAX_REPLY_FILES } from '../../../../../shared/ipc/channels/attachments-ui';
import { addReplyFiles, markUploaded } from '../model/reply-files';
import type { ReplyFile } from '../model/reply-files';

/** Upload progress of one chosen file, by path. */
export type UploadProgress = ReadonlyMap<string, { sent: number; total: number | null }>;

export interface ReplyFilesState {
  files: readonly ReplyFile[];
  /** While an upload runs: bytes sent per file. */
  progress: UploadProgress | null;
  /** A hint or problem about choosing files (too many, a drop main could not take, a folder, no picker). */
  note: { text: string; tone: 'info' | 'warning' } | null;
  /** Files are being dragged over the reply box. */
  dragOver: boolean;
  uploading: boolean;
  choose: () => Promise<void>;
  remove: (path: string) => void;
  clear: () => void;
  /** Puts back the files of a restored draft; `missing` names those no longer on disk (said in the note). */
  restore: (files: readonly ReplyFile[], missing?: readonly string[]) => void;
  /** Uploads the files not uploaded yet (one `attachments:upload`); resolves to every file's URL, in order. */
  upload: () => Promise<string[]>;
  /** Spread on the reply box: dropping files there attaches them (and nothing else handles the drop). */
  dropHandlers: {
    onDragEnter: (e: DragEvent) => void;
    onDragOver: (e: DragEvent) => void;
    onDragLeave: (e: DragEvent) => void;
    onDrop: (e: DragEvent) => void;
  };
}

/**
 * Files attached to a reply: chosen with the file picker (`attachments:chooseFiles`) or dropped
 * on the reply box (registered with main by the preload), uploaded when the reply is sent
 * (`attachments:upload` with main's handles, progress from `attachments:uploadProgress`). A file
 * uploaded once is not uploaded again if the send fails.
 */
/** `sessionId`: the session a reply's files are for (main uploads them to that session's account and org). */
export function useReplyFiles(disabled = false, sessionId?: string): ReplyFilesState {
  const t = useT();
  const [files, setFiles] = useState<readonly ReplyFile[]>([]);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [note, setNote] = useState<ReplyFilesState['note']>(null);
  const [dragOver, setDragOver] = useState(false);
  const depth = useRef(0);
  // The list as last set, for callbacks that run after awaits (state in their closure may be old).
  const filesRef = useRef<readonly ReplyFile[]>([]);
  const commit = useCallback((next: readonly ReplyFile[]) => {
    filesRef.current = next;
    setFiles(next);
  }, []);

  const add = useCallback(
    (picked: readonly PickedFile[], skipped: { unresolved: number; folders: number } = { unresolved: 0, folders: 0 }) => {
      const { files: next, leftOut } = addReplyFiles(filesRef.current, picked);
      commit(next);
      setNote(noteFor(leftOut, skipped, t));
    },
    [commit, t],
  );

  const choose = useCallback(async () => {
    try {
      const picked = await getBridge().attachments.chooseFiles();
      if (picked.length > 0) add(picked);
    } catch (err) {
      setNote({ text: t('ui.attachments.reply.chooseFailed', { message: toUiError(err, t).message }), tone: 'warning' });
    }
  }, [add, t]);

  const remove = useCallback(
    (path: string) => {
      commit(filesRef.current.filter((f) => f.path !== path));
      setNote(null);
    },
    [commit],
  );

  const clear = useCallback(() => {
    commit([]);
    setNote(null);
  }, [commit]);

  const restore = useCallback(
    (restored: readonly ReplyFile[], missing: readonly string[] = []) => {
      commit(restored.slice(0, MAX_REPLY_FILES));
      setNote(missing.length > 0 ? { text: t('ui.drafts.missingFiles', { names: missing.join(', ') }), tone: 'warning' } : null);
    },
    [commit, t],
  );

  const upload = useCallback(async () => {
    const pending = filesRef.current.filter((f) => f.uploaded === null);
    if (pending.length > 0) {
      const bridge = getBridge();
      const handles = pending.map((f) => f.handle);
      setProgress(new Map());
      const off = bridge.on('attachments:uploadProgress', (p: UploadProgressView) => {
        const path = pending[p.fileIndex]?.path;
        if (path !== undefined) setProgress((prev) => new Map(prev).set(path, { sent: p.sentBytes, total: p.totalBytes }));
      });
      try {
        const uploaded = await bridge.attachments.upload(sessionId ? { files: handles, sessionId } : { files: handles });
        commit(markUploaded(filesRef.current, handles, uploaded));
      } finally {
        off();
        setProgress(null);
      }
    }
    return filesRef.current.flatMap((f) => (f.uploaded ? [f.uploaded.url] : []));
  }, [commit, sessionId]);

  const dropHandlers: ReplyFilesState['dropHandlers'] = {
    onDragEnter: (e) => {
      if (disabled || !dragHasFiles(e.dataTransfer)) return;
      e.preventDefault();
      e.stopPropagation();
      depth.current += 1;
      setDragOver(true);
    },
    onDragOver: (e) => {
      if (disabled || !dragHasFiles(e.dataTransfer)) return;
      e.preventDefault();
      e.stopPropagation();
      e.dataTransfer.dropEffect = 'copy';
      setDragOver(true);
    },
    onDragLeave: (e) => {
      if (disabled || !dragHasFiles(e.dataTransfer)) return;
      e.stopPropagation();
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragOver(false);
    },
    onDrop: (e) => {
      if (disabled || !dragHasFiles(e.dataTransfer)) return;
      // Ours: the window-wide handoff drop must not take these files as a folder to hand off.
      e.preventDefault();
      e.stopPropagation();
      depth.current = 0;
      setDragOver(false);
      const dropped = Array.from(e.dataTransfer.files);
      void registerDroppedFiles(dropped)
        .catch(() => dropped.map(() => null))
        .then((items) => {
          const files = items.flatMap((i) => (i?.kind === 'file' ? [{ handle: i.handle, name: i.name, path: i.path }] : []));
          const folders = items.filter((i) => i?.kind === 'folder').length;
          add(files, { unresolved: items.length - files.length - folders, folders });
        });
    },
  };

  return { files, progress, note, dragOver, uploading: progress !== null, choose, remove, clear, restore, upload, dropHandlers };
}

function noteFor(leftOut: boolean, skipped: { unresolved: number; folders: number }, t: TFunction): ReplyFilesState['note'] {
  if (skipped.unresolved > 0) return { text: t('ui.attachments.reply.dropFailed'), tone: 'warning' };
  if (skipped.folders > 0) return { text: t('ui.attachments.reply.folderDropped'), tone: 'warning' };
  if (leftOut) return { text: t('ui.attachments.reply.tooMany', { max: MAX_REPLY_FILES }), tone: 'warning' };
  return null;
}
