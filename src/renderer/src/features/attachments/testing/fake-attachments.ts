import type { AttachmentView, DownloadJobView } from '../../../../../shared/attachments/jobs';
import type { FakeHandlers } from '../../../test-support/fake-bridge';

/** An attachment as `attachments:list` gives it. */
export function makeAttachment(id: string, fileName: string, over: Partial<AttachmentView> = {}): AttachmentView {
  return { attachment_id: id, name: fileName, fileName, plannedName: fileName, source: 'devin', content_type: 'text/plain', ...over };
}

let seq = 0;

/** A job view in `state` (defaults: 0 of 1000 bytes, queued just now). */
export function makeJob(attachment: AttachmentView, sessionId: string, over: Partial<DownloadJobView> = {}): DownloadJobView {
  seq += 1;
  return {
    jobId: `job-${attachment.attachment_id}`,
    sessionId,
    attachmentId: attachment.attachment_id,
    name: attachment.name,
    fileName: attachment.fileName,
    dir: '/home/me/Downloads/Devin/Report-abcd1234',
    path: null,
    state: 'queued',
    bytes: 0,
    total: 1000,
    rateBps: 0,
    attempts: 0,
    error: null,
    resumable: false,
    alreadySaved: false,
    missing: false,
    batchId: null,
    createdAt: seq,
    finishedAt: null,
    ...over,
  };
}

/**
 * The attachments channels over an in-memory world: `list` answers `attachments:list`, `jobs` is
 * what `attachments:jobs` returns (tests push changes with fake.emit). Downloads queue a job.
 */
export function attachmentsHandlers(world: { list: AttachmentView[]; jobs?: DownloadJobView[]; folder?: string }): FakeHandlers {
  const folder = world.folder ?? '/home/me/Downloads/Devin/Report-abcd1234';
  return {
    'attachments:list': () => world.list,
    'attachments:jobs': () => world.jobs ?? [],
    'attachments:defaultFolder': () => folder,
    'attachments:chooseFolder': () => null,
    'attachments:download': ({ attachmentId, folder: handle }) => ({ jobId: `job-${attachmentId}`, dir: handle ? fakeFolderPath(handle) : folder }),
    'attachments:downloadAll': ({ folder: handle }) => ({ batchId: 'batch-1', jobIds: world.list.map((a) => `job-${a.attachment_id}`), dir: handle ? fakeFolderPath(handle) : folder }),
    'attachments:cancel': () => true,
    'attachments:retry': () => true,
    'attachments:open': () => undefined,
    'attachments:showInFolder': () => undefined,
    'attachments:clearFinished': () => undefined,
    'attachments:chooseFiles': () => [],
    'attachments:registerDrop': ({ paths }) => paths.map((p) => (p ? { handle: fakeHandle('file', p), name: p.split('/').pop() ?? p, path: p, kind: 'file' as const } : null)),
    'attachments:upload': ({ files }) => files.map((h, i) => ({ attachment_id: `up-${i}`, name: fakeFilePath(h).split('/').pop() ?? h, url: `https://files.test/up-${i}`, bytes: 10 })),
  };
}

/** A fake handle that spells out its path, so tests can follow what main would resolve. */
export function fakeHandle(kind: 'file' | 'folder', path: string): string {
  return `${kind}-handle:${path}`;
}

export function fakeFilePath(handle: string): string {
  return handle.replace(/^file-handle:/, '');
}

export function fakeFolderPath(handle: string): string {
  return handle.replace(/^folder-handle:/, '');
}

/** What attachments:chooseFiles returns for these paths. */
export function pickedFiles(paths: readonly string[]): { handle: string; name: string; path: string }[] {
  return paths.map((path) => ({ handle: fakeHandle('file', path), name: path.split('/').pop() ?? path, path }));
}

/**
 * Stands in for the preload's drop registration (as the e2e harness does): each dropped name
 * resolves through `where` to a file or folder on the fake disk, or to nothing ('' from webUtils).
 */
export function installFakeDrops(where: (name: string) => { path: string; kind: 'file' | 'folder' } | null): void {
  window.__devinTrayRegisterDrop = async (names) => ({
    ok: true,
    value: names.map((name) => {
      const found = where(name);
      return found ? { handle: fakeHandle(found.kind, found.path), name, path: found.path, kind: found.kind } : null;
    }),
  });
}
