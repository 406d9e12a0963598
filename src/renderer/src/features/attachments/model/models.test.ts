import { describe, expect, it } from 'vitest';
import { translate } from '../../../../../shared/i18n';
import type { MessageKey, TParams } from '../../../../../shared/i18n';
import { applyProgress } from '../hooks/useDownloadJobs';
import { makeAttachment, makeJob } from '../testing/fake-attachments';
import { attachmentRows, isActiveJob, knownSize, latestJobsByAttachment, rowState, savedName, summaryJobs } from './attachment-rows';
import { jobErrorText } from './job-error-text';
import { percent, rowStateLabel, sourceLabel, transferText, typeLabel } from './labels';
import { overallProgress } from './overall-progress';
import { addReplyFiles, baseName, markUploaded } from './reply-files';

const t = (key: MessageKey, params?: TParams) => translate('en', key, params);
const a = makeAttachment('a', 'a.txt');
const b = makeAttachment('b', 'b.bin');

describe('attachment rows', () => {
  it('pairs each listed attachment with its newest job of this session', () => {
    const old = makeJob(a, 's', { jobId: 'old', state: 'failed', createdAt: 1 });
    const fresh = makeJob(a, 's', { jobId: 'new', state: 'downloading', createdAt: 5 });
    const elsewhere = makeJob(b, 'other', { jobId: 'x', createdAt: 9 });
    expect(latestJobsByAttachment([fresh, old, elsewhere], 's').get('a')?.jobId).toBe('new');
    expect(attachmentRows([a, b], [old, fresh, elsewhere], 's').map((r) => [r.attachment.attachment_id, r.job?.jobId ?? null])).toEqual([
      ['a', 'new'],
      ['b', null],
    ]);
  });

  it('knows active jobs and sizes', () => {
    expect(['queued', 'downloading', 'retrying'].every((state) => isActiveJob(makeJob(a, 's', { state: state as 'queued' })))).toBe(true);
    expect(isActiveJob(makeJob(a, 's', { state: 'done' }))).toBe(false);
    expect(isActiveJob(null)).toBe(false);
    expect(knownSize(makeJob(a, 's', { total: 7 }))).toBe(7);
    expect(knownSize(makeJob(a, 's', { total: null, state: 'done', bytes: 3 }))).toBe(3);
    expect(knownSize(makeJob(a, 's', { total: null, state: 'downloading', bytes: 3 }))).toBeNull();
    expect(knownSize(null)).toBeNull();
  });
});

describe('row state, saved name, summary', () => {
  const twin = makeAttachment('t', 'a.txt', { plannedName: 'a (1).txt' });
  it('a cancelled job is no job: the row is back to not downloaded, or to the download it would have replaced', () => {
    const cancelled = makeJob(a, 's', { jobId: 'c', state: 'cancelled', total: 40, createdAt: 9 });
    const [row] = attachmentRows([a], [cancelled], 's');
    expect(row?.job).toBeNull();
    expect(rowState(row!)).toBe('none');
    // The size it learnt stays.
    expect(row?.size).toBe(40);
    const done = makeJob(a, 's', { jobId: 'd', state: 'done', bytes: 5, total: 5, path: '/x/a.txt', createdAt: 1 });
    expect(attachmentRows([a], [done, cancelled], 's')[0]?.job?.jobId).toBe('d');
  });
  it('a done job whose file is gone is missing, and not counted as downloaded', () => {
    const gone = makeJob(a, 's', { state: 'done', path: '/x/a.txt', missing: true, bytes: 1000, total: 1000 });
    const rows = attachmentRows([a, b], [gone, makeJob(b, 's', { state: 'done', bytes: 10, total: 10 })], 's');
    expect(rows.map(rowState)).toEqual(['missing', 'done']);
    expect(summaryJobs(rows).map((j) => j.attachmentId)).toEqual(['a', 'b']);
    expect(overallProgress(summaryJobs(rows))).toMatchObject({ count: 2, done: 1, missing: 1, active: 0, bytes: 10, total: 10 });
  });
  it('names the row by the saved file once saved, by the planned name before', () => {
    expect(savedName({ attachment: twin, job: null, size: null })).toBe('a (1).txt');
    expect(savedName({ attachment: twin, job: makeJob(twin, 's', { state: 'downloading', fileName: 'a (1).txt' }), size: null })).toBe('a (1).txt');
    expect(savedName({ attachment: twin, job: makeJob(twin, 's', { state: 'done', path: 'C:\\d\\a (3).txt' }), size: null })).toBe('a (3).txt');
  });
  it('says the state in words', () => {
    expect(rowStateLabel('none', null, t)).toBeNull();
    expect(rowStateLabel('missing', null, t)).toBe('Not saved');
    expect(rowStateLabel('done', { alreadySaved: true }, t)).toBe('Already in the folder');
    expect(rowStateLabel('done', { alreadySaved: false }, t)).toBe('Done');
    expect(rowStateLabel('retrying', null, t)).toBe('Retrying');
  });
});

describe('overall progress', () => {
  it('sums bytes, sizes and rates, and counts states', () => {
    const o = overallProgress([
      makeJob(a, 's', { state: 'downloading', bytes: 250, total: 1000, rateBps: 100 }),
      makeJob(b, 's', { state: 'done', bytes: 1000, total: 1000 }),
    ]);
    expect(o).toMatchObject({ count: 2, done: 1, active: 1, bytes: 1250, total: 2000, rateBps: 100, fraction: 0.625 });
  });

  it('is indeterminate while a size is unknown, and leaves cancelled files out of the bytes', () => {
    expect(overallProgress([makeJob(a, 's', { state: 'downloading', bytes: 5, total: null })])?.fraction).toBeNull();
    const o = overallProgress([makeJob(a, 's', { state: 'cancelled', bytes: 500, total: 1000 }), makeJob(b, 's', { state: 'done', bytes: 10, total: null })]);
    expect(o).toMatchObject({ cancelled: 1, done: 1, active: 0, bytes: 10, total: 10, fraction: 1 });
    expect(overallProgress([])).toBeNull();
  });
});

describe('job error text', () => {
  const err = { code: 'ATTACHMENT_STALLED', message: 'English text', details: { name: 'big.bin', seconds: 30 } };
  it('translates engine errors with their details', () => {
    expect(jobErrorText(err, 'zh-CN')).toBe('“big.bin”的下载在 30 秒内没有收到数据，已停止。重试会从中断处继续。');
    expect(jobErrorText(err, 'en')).toContain('received nothing for 30 s');
  });
  it('says a storage host that does not resolve could not be found, in both languages', () => {
    const dns = { code: 'ATTACHMENT_HOST_NOT_FOUND', message: 'English text', details: { name: 'a.zip', host: 'bucket.example', code: 'ENOTFOUND', retryable: true } };
    expect(jobErrorText(dns, 'en')).toBe('Cannot download “a.zip”: the storage host bucket.example could not be found (ENOTFOUND). Check your network connection and DNS, then Retry.');
    expect(jobErrorText(dns, 'zh-CN')).toBe('无法下载“a.zip”：找不到存储服务器 bucket.example（ENOTFOUND）。请检查网络连接和 DNS，然后重试。');
  });
  it('keeps main’s text for unknown codes or missing placeholders', () => {
    expect(jobErrorText({ code: 'SOMETHING_NEW', message: 'As main said' }, 'zh-CN')).toBe('As main said');
    expect(jobErrorText({ code: 'ATTACHMENT_STALLED', message: 'As main said', details: { name: 'x' } }, 'zh-CN')).toBe('As main said');
  });
});

describe('labels', () => {
  it('names the source and the type', () => {
    expect(sourceLabel('devin', t)).toBe('From Devin');
    expect(sourceLabel('user', t)).toBe('From you');
    expect(sourceLabel(null, t)).toBeNull();
    expect(sourceLabel('bot', t)).toBe('bot');
    expect(typeLabel({ content_type: 'text/plain; charset=utf-8', fileName: 'a.txt' })).toBe('text/plain');
    expect(typeLabel({ content_type: null, fileName: 'archive.tar.gz' })).toBe('GZ');
    expect(typeLabel({ content_type: null, fileName: 'Makefile' })).toBeNull();
  });
  it('writes bytes, totals and rates', () => {
    expect(transferText(1536, 3072, 1024, t)).toBe('1.5 KB of 3 KB · 1 KB/s');
    expect(transferText(10, null, 0, t)).toBe('10 B');
    expect(percent(1, 3)).toBe(33);
    expect(percent(5, null)).toBeNull();
    expect(percent(0, 0)).toBe(100);
  });
});

describe('progress pushes', () => {
  it('updates a running job, adds an unknown one, ignores a late one for a finished job', () => {
    const running = makeJob(a, 's', { state: 'downloading', bytes: 1 });
    const done = makeJob(b, 's', { state: 'done', bytes: 9 });
    const list = [running, done];
    expect(applyProgress(list, { ...running, bytes: 5 })[0]?.bytes).toBe(5);
    expect(applyProgress(list, { ...done, bytes: 3 })).toBe(list);
    expect(applyProgress([], running)).toEqual([running]);
  });
});

describe('reply files', () => {
  const picked = (paths: string[]) => paths.map((path, i) => ({ handle: `h${i}:${path}`, name: '', path }));
  it('adds new files once (by path), up to 20, and names them on any OS', () => {
    const first = addReplyFiles([], picked(['/tmp/a.txt', 'C:\\Users\\me\\b.png', '/tmp/a.txt']));
    expect(first.files.map((f) => f.name)).toEqual(['a.txt', 'b.png']);
    expect(first.files.map((f) => f.handle)).toEqual(['h0:/tmp/a.txt', 'h1:C:\\Users\\me\\b.png']);
    expect(first.leftOut).toBe(false);
    const many = addReplyFiles(first.files, picked(Array.from({ length: 25 }, (_, i) => `/f/${i}`)));
    expect(many.files).toHaveLength(20);
    expect(many.leftOut).toBe(true);
    expect(baseName('/a/b/')).toBe('b');
  });
  it('records uploads by handle', () => {
    const { files } = addReplyFiles([], picked(['/x', '/y']));
    const up = markUploaded(files, ['h1:/y'], [{ attachment_id: 'u', name: 'y', url: 'https://u', bytes: 1 }]);
    expect(up.map((f) => f.uploaded?.url ?? null)).toEqual([null, 'https://u']);
  });
});
