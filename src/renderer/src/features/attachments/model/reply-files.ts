import type { UploadedAttachmentView } from '../../../../../shared/attachments/jobs';
import type { PickedFile } from '../../../../../shared/attachments/picked';
import { MAX_REPLY_FILES } from '../../../../../shared/ipc/channels/attachments-ui';

/**
 * A local file chosen for a reply: main's `handle` for it (what the upload names), its path and
 * name to show, and `uploaded` once it is on the server (so a failed send does not upload it again).
 */
export interface ReplyFile {
  handle: string;
  path: string;
  name: string;
  uploaded: UploadedAttachmentView | null;
}

/** Pure: the last segment of a local path, on any OS. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/).filter((p) => p !== '');
  return parts[parts.length - 1] ?? path;
}

/** Pure: adds files not chosen yet (same path = same file), up to the limit; says whether some were left out. */
export function addReplyFiles(current: readonly ReplyFile[], picked: readonly PickedFile[]): { files: ReplyFile[]; leftOut: boolean } {
  const files = [...current];
  const known = new Set(current.map((f) => f.path));
  let leftOut = false;
  for (const p of picked) {
    if (known.has(p.path)) continue;
    if (files.length >= MAX_REPLY_FILES) {
      leftOut = true;
      continue;
    }
    known.add(p.path);
    files.push({ handle: p.handle, path: p.path, name: p.name || baseName(p.path), uploaded: null });
  }
  return { files, leftOut };
}

/** Pure: records what an upload returned (in the order of `handles`). */
export function markUploaded(files: readonly ReplyFile[], handles: readonly string[], uploaded: readonly UploadedAttachmentView[]): ReplyFile[] {
  const byHandle = new Map(handles.map((h, i) => [h, uploaded[i]] as const));
  return files.map((f) => {
    const up = byHandle.get(f.handle);
    return up ? { ...f, uploaded: up } : f;
  });
}
