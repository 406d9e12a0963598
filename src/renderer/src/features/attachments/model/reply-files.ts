import type { UploadedAttachmentView } from '../../../../../shared/attachments/jobs';
import { MAX_REPLY_FILES } from '../../../../../shared/ipc/channels/attachments-ui';

/** A local file chosen for a reply; `uploaded` once it is on the server (so a failed send does not upload it again). */
export interface ReplyFile {
  path: string;
  name: string;
  uploaded: UploadedAttachmentView | null;
}

/** Pure: the last segment of a local path, on any OS. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/).filter((p) => p !== '');
  return parts[parts.length - 1] ?? path;
}

/** Pure: adds paths not chosen yet, up to the limit; says whether some were left out. */
export function addReplyFiles(current: readonly ReplyFile[], paths: readonly string[]): { files: ReplyFile[]; leftOut: boolean } {
  const files = [...current];
  const known = new Set(current.map((f) => f.path));
  let leftOut = false;
  for (const path of paths) {
    if (known.has(path)) continue;
    if (files.length >= MAX_REPLY_FILES) {
      leftOut = true;
      continue;
    }
    known.add(path);
    files.push({ path, name: baseName(path), uploaded: null });
  }
  return { files, leftOut };
}

/** Pure: records what an upload returned (in the order of `paths`). */
export function markUploaded(files: readonly ReplyFile[], paths: readonly string[], uploaded: readonly UploadedAttachmentView[]): ReplyFile[] {
  const byPath = new Map(paths.map((p, i) => [p, uploaded[i]] as const));
  return files.map((f) => {
    const up = byPath.get(f.path);
    return up ? { ...f, uploaded: up } : f;
  });
}
