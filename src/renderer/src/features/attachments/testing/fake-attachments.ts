import type { AttachmentView, DownloadJobView } from '../../../../../shared/attachments/jobs';
import type { FakeHandlers } from '../../../test-support/fake-bridge';

/** An attachment as `attachments:list` gives it. */
export function makeAttachment(id: string, fileName: string, over: Partial<AttachmentView> = {}): AttachmentView {
  return { attachment_id: id, name: fileName, fileName, source: 'devin', content_type: 'text/plain', ...over };
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
    'attachments:download': ({ attachmentId, dir }) => ({ jobId: `job-${attachmentId}`, dir: dir ?? folder }),
    'attachments:downloadAll': ({ dir }) => ({ batchId: 'batch-1', jobIds: world.list.map((a) => `job-${a.attachment_id}`), dir: dir ?? folder }),
    'attachments:cancel': () => true,
    'attachments:retry': () => true,
    'attachments:open': () => undefined,
    'attachments:showInFolder': () => undefined,
    'attachments:clearFinished': () => undefined,
    'attachments:chooseFiles': () => [],
    'attachments:upload': ({ paths }) => paths.map((p, i) => ({ attachment_id: `up-${i}`, name: p.split('/').pop() ?? p, url: `https://files.test/up-${i}`, bytes: 10 })),
  };
}
