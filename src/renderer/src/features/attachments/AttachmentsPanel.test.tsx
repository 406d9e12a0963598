import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AttachmentView } from '../../../../shared/attachments/jobs';
import { FakeFailure } from '../../test-support/fake-bridge';
import { makeView } from '../sessions/testing/session-factories';
import { AttachmentsPanel } from './AttachmentsPanel';
import { attachmentsHandlers, makeAttachment, makeJob } from './testing/fake-attachments';
import { registerAttachmentsCleanup, renderWithStore } from './testing/render-attachments';

registerAttachmentsCleanup();

const S = 'devin-s1';
const report = makeAttachment('a1', 'report.pdf', { content_type: 'application/pdf' });
const log = makeAttachment('a2', 'build.log', { source: 'user', content_type: null });
const tool = makeAttachment('a3', 'setup.sh', { content_type: 'text/x-sh' });

function renderPanel(list: AttachmentView[], extra = {}, locale: 'en' | 'zh-CN' = 'en') {
  return renderWithStore(<AttachmentsPanel sessionId={S} />, { ...attachmentsHandlers({ list }), ...extra }, { locale });
}

const row = (name: string) => screen.getByRole('listitem', { name });
const meta = (name: string) => row(name).querySelector('.att-meta')?.textContent;

describe('AttachmentsPanel', () => {
  it('lists each file with who shared it, its type, and says so when there are none', async () => {
    renderPanel([report, log]);
    await screen.findByText('report.pdf');
    expect(meta('report.pdf')).toBe('From Devin · application/pdf');
    expect(meta('build.log')).toBe('From you · LOG');
    expect(screen.getByRole('button', { name: /Download all/ })).toBeTruthy();
    expect(await screen.findByText('/home/me/Downloads/Devin/Report-abcd1234')).toBeTruthy();
  });

  it('shows the empty state without download controls', async () => {
    renderPanel([]);
    expect(await screen.findByText(/No attachments yet/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Download all/ })).toBeNull();
  });

  it('downloads all, shows per-file and overall progress, then offers Open and Show in folder', async () => {
    const { fake } = renderPanel([report, log]);
    fireEvent.click(await screen.findByRole('button', { name: /Download all/ }));
    await waitFor(() => expect(fake.callsTo('attachments:downloadAll')).toEqual([{ sessionId: S }]));

    const a = makeJob(report, S, { state: 'downloading', bytes: 0, total: 2048 });
    const b = makeJob(log, S, { state: 'queued', total: null });
    act(() => fake.emit('attachments:jobs', [a, b]));
    act(() => fake.emit('attachments:progress', { ...a, bytes: 1024, rateBps: 512 }));
    const bar = within(row('report.pdf')).getByRole('progressbar', { name: 'Download of report.pdf' });
    expect(bar.getAttribute('aria-valuenow')).toBe('50');
    expect(within(row('report.pdf')).getByText('1 KB of 2 KB · 512 B/s')).toBeTruthy();
    // The size of build.log is unknown: an indeterminate bar, bytes only.
    expect(within(row('build.log')).getByRole('progressbar').getAttribute('aria-valuenow')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('0 of 2 files downloaded');
    expect(screen.getByRole('progressbar', { name: 'All downloads of this session' }).getAttribute('aria-valuenow')).toBeNull();
    expect(within(row('report.pdf')).getByRole('button', { name: 'Cancel download of report.pdf' })).toBeTruthy();

    const doneA = { ...a, state: 'done' as const, bytes: 2048, path: '/d/report.pdf', finishedAt: 2 };
    const doneB = { ...b, state: 'done' as const, bytes: 10, total: 10, path: '/d/build.log', finishedAt: 3 };
    act(() => fake.emit('attachments:jobs', [doneA, doneB]));
    // A progress push that arrives late does not undo "done".
    act(() => fake.emit('attachments:progress', { ...a, bytes: 1500 }));
    expect(screen.getByRole('status').textContent).toBe('2 of 2 files downloaded');
    expect(screen.getByRole('progressbar', { name: 'All downloads of this session' }).getAttribute('aria-valuenow')).toBe('100');
    expect(meta('report.pdf')).toBe('From Devin · application/pdf · 2 KB · Done');
    expect(within(row('report.pdf')).queryByRole('progressbar')).toBeNull();
    fireEvent.click(within(row('report.pdf')).getByRole('button', { name: 'Show in folder: report.pdf' }));
    await waitFor(() => expect(fake.callsTo('attachments:showInFolder')).toEqual([{ jobId: a.jobId }]));
    fireEvent.click(within(row('build.log')).getByRole('button', { name: 'Open build.log' }));
    await waitFor(() => expect(fake.callsTo('attachments:open')).toEqual([{ jobId: b.jobId }]));
  });

  it('cancels a running download and retries a failed one, with the error in the UI language', async () => {
    const { fake } = renderPanel([report], {}, 'zh-CN');
    await screen.findByText('report.pdf');
    const running = makeJob(report, S, { state: 'downloading', bytes: 300, total: 1000, rateBps: 100 });
    act(() => fake.emit('attachments:jobs', [running]));
    fireEvent.click(within(row('report.pdf')).getByRole('button', { name: '取消下载 report.pdf' }));
    await waitFor(() => expect(fake.callsTo('attachments:cancel')).toEqual([{ jobId: running.jobId }]));

    const failed = {
      ...running,
      state: 'failed' as const,
      rateBps: 0,
      resumable: true,
      error: { code: 'ATTACHMENT_NETWORK', message: 'The download of “report.pdf” was interrupted (socket hang up).', details: { name: 'report.pdf', detail: 'socket hang up' } },
    };
    act(() => fake.emit('attachments:jobs', [failed]));
    expect(within(row('report.pdf')).getByText('“report.pdf”的下载被中断（socket hang up）。重试会从中断处继续。')).toBeTruthy();
    // The partial file is kept: its bar stays, marked failed.
    expect(within(row('report.pdf')).getByRole('progressbar').className).toContain('is-failed');
    fireEvent.click(within(row('report.pdf')).getByRole('button', { name: '重试下载 report.pdf' }));
    await waitFor(() => expect(fake.callsTo('attachments:retry')).toEqual([{ jobId: running.jobId }]));
  });

  it('puts a cancelled row back to Download, with a truthful summary, and keeps the size it learnt', async () => {
    const { fake } = renderPanel([report, log]);
    await screen.findByText('report.pdf');
    const running = makeJob(report, S, { state: 'downloading', bytes: 300, total: 2048 });
    act(() => fake.emit('attachments:jobs', [running]));
    expect(screen.getByRole('status').textContent).toBe('0 of 1 file downloaded');
    act(() => fake.emit('attachments:jobs', [{ ...running, state: 'cancelled', bytes: 0, finishedAt: 2 }]));
    // Not "0 of 1 file downloaded · 1 cancelled, 0 B of 0 B": nothing is downloading, nothing was kept.
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(meta('report.pdf')).toBe('From Devin · application/pdf · 2 KB');
    expect(within(row('report.pdf')).getByRole('button', { name: 'Download report.pdf' })).toBeTruthy();
    expect(within(row('report.pdf')).queryByRole('button', { name: /Retry/ })).toBeNull();
    // With another file done, the summary counts that one only.
    const doneLog = makeJob(log, S, { state: 'done', bytes: 10, total: 10, path: '/d/build.log' });
    act(() => fake.emit('attachments:jobs', [{ ...running, state: 'cancelled', bytes: 0 }, doneLog]));
    expect(screen.getByRole('status').textContent).toBe('1 of 1 file downloaded');
    expect(screen.getByText('10 B of 10 B')).toBeTruthy();
  });

  it('shows the name each file was or will be saved as, and names it in every button (six Opens, six names)', async () => {
    const first = makeAttachment('r1', 'report.md');
    const second = makeAttachment('r2', 'report.md', { plannedName: 'report (1).md' });
    const others = ['a.txt', 'b.txt', 'c.txt', 'd.txt'].map((n, i) => makeAttachment(`o${i}`, n));
    const { fake } = renderPanel([first, second, ...others]);
    expect(await screen.findByRole('listitem', { name: 'report (1).md' })).toBeTruthy();
    expect(meta('report (1).md')).toBe('sent as report.md · From Devin · text/plain');
    expect(meta('report.md')).toBe('From Devin · text/plain');
    expect(screen.getAllByRole('button', { name: /^Download (report|[a-d]\.)/ }).map((b) => b.getAttribute('aria-label'))).toEqual([
      'Download report.md',
      'Download report (1).md',
      'Download a.txt',
      'Download b.txt',
      'Download c.txt',
      'Download d.txt',
    ]);
    // Saved: the folder had someone else's report.md, so the first landed as report (2).md.
    const jobs = [first, second, ...others].map((a, i) =>
      makeJob(a, S, { jobId: `j${i}`, state: 'done', bytes: 5, total: 5, path: `/d/${i === 0 ? 'report (2).md' : a.plannedName}`, fileName: a.plannedName }),
    );
    act(() => fake.emit('attachments:jobs', jobs));
    const opens = screen.getAllByRole('button', { name: /^Open / });
    expect(opens).toHaveLength(6);
    expect(new Set(opens.map((b) => b.getAttribute('aria-label'))).size).toBe(6);
    expect(opens[0]?.getAttribute('aria-label')).toBe('Open report (2).md');
    expect(meta('report (2).md')).toBe('sent as report.md · From Devin · text/plain · 5 B · Done');
    // Kept the copy already there: said so, and a new copy can still be asked for.
    act(() => fake.emit('attachments:jobs', [{ ...jobs[2]!, alreadySaved: true }]));
    expect(meta('a.txt')).toBe('From Devin · text/plain · 5 B · Already in the folder');
    fireEvent.click(within(row('a.txt')).getByRole('button', { name: 'Download again: a.txt' }));
    await waitFor(() => expect(fake.callsTo('attachments:download')).toEqual([{ sessionId: S, attachmentId: 'o0', folderOfJob: 'j2', force: true }]));
  });

  it('draws a failed bar as kept bytes then red to the end, never a sliding segment', async () => {
    const { fake } = renderPanel([report, log]);
    await screen.findByText('report.pdf');
    const err = { code: 'ATTACHMENT_GONE', message: 'gone', details: { name: 'x' } };
    act(() =>
      fake.emit('attachments:jobs', [
        makeJob(report, S, { state: 'failed', bytes: 400, total: 1000, resumable: true, error: err }),
        makeJob(log, S, { state: 'failed', bytes: 400, total: null, resumable: true, error: err }),
      ]),
    );
    const known = within(row('report.pdf')).getByRole('progressbar');
    expect(known.className).toBe('att-bar is-failed is-sm');
    expect((known.firstElementChild as HTMLElement).style.width).toBe('40%');
    const unknown = within(row('build.log')).getByRole('progressbar');
    expect(unknown.className).toBe('att-bar is-failed is-sm is-unknown');
  });

  it('cancels every running download of the session with Cancel all', async () => {
    const { fake } = renderPanel([report, log]);
    await screen.findByText('report.pdf');
    const a = makeJob(report, S, { state: 'downloading' });
    const b = makeJob(log, S, { state: 'queued' });
    const other = makeJob(makeAttachment('x', 'x.txt'), 'devin-other', { state: 'downloading' });
    act(() => fake.emit('attachments:jobs', [a, b, other]));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel all' }));
    await waitFor(() => expect(fake.callsTo('attachments:cancel')).toEqual([{ jobId: a.jobId }, { jobId: b.jobId }]));
  });

  it('shows main’s message when it refuses to open a file that could run code', async () => {
    const refusal = '“setup.sh” could run code when opened, so it was not opened. It is shown in its folder instead.';
    const { fake } = renderPanel([tool], {
      'attachments:jobs': () => [makeJob(tool, S, { state: 'done', bytes: 12, total: 12, path: '/d/setup.sh' })],
      'attachments:open': () => {
        throw new FakeFailure({ code: 'ATTACHMENT_UNSAFE_TO_OPEN', message: refusal, details: { name: 'setup.sh' } });
      },
    });
    fireEvent.click(await within(await screen.findByRole('listitem', { name: 'setup.sh' })).findByRole('button', { name: 'Open setup.sh' }));
    expect((await within(row('setup.sh')).findByRole('alert')).textContent).toBe(refusal);
    expect(fake.callsTo('attachments:open')).toHaveLength(1);
    // The file is there: nothing to download again.
    expect(within(row('setup.sh')).queryByRole('button', { name: /Download again/ })).toBeNull();
    // Trying something else clears it.
    fireEvent.click(within(row('setup.sh')).getByRole('button', { name: 'Show in folder: setup.sh' }));
    await waitFor(() => expect(within(row('setup.sh')).queryByRole('alert')).toBeNull());
  });

  it('offers Download again, into the same folder, when the finished file was moved or deleted', async () => {
    const done = makeJob(report, S, { state: 'done', bytes: 2048, total: 2048, dir: '/saved/here', path: '/saved/here/report.pdf' });
    const missing = '“report.pdf”已不在其文件夹中：它已被移动或删除。重新下载即可获得新副本。';
    const { fake } = renderPanel(
      [report],
      {
        'attachments:jobs': () => [done],
        'attachments:open': () => {
          throw new FakeFailure({ code: 'ATTACHMENT_FILE_MISSING', message: missing, details: {} });
        },
      },
      'zh-CN',
    );
    fireEvent.click(await within(await screen.findByRole('listitem', { name: 'report.pdf' })).findByRole('button', { name: '打开 report.pdf' }));
    expect((await within(row('report.pdf')).findByRole('alert')).textContent).toContain(missing);
    // Main marks the job missing (and pushes it): the row says "not saved" instead of "done", with no Open.
    act(() => fake.emit('attachments:jobs', [{ ...done, missing: true }]));
    expect(meta('report.pdf')).toBe('来自 Devin · application/pdf · 2 KB · 未保存');
    expect(within(row('report.pdf')).getByText(missing)).toBeTruthy();
    expect(within(row('report.pdf')).queryByRole('alert')).toBeNull();
    expect(within(row('report.pdf')).queryByRole('button', { name: /打开/ })).toBeNull();
    // Nor is it counted as downloaded.
    expect(screen.getByRole('status').textContent).toBe('已下载 0/1 个文件 · 1 个已被移动或删除');
    fireEvent.click(within(row('report.pdf')).getByRole('button', { name: '重新下载：report.pdf' }));
    // Into the folder of the finished job: main knows it by the job; the page names no path.
    await waitFor(() => expect(fake.callsTo('attachments:download')).toEqual([{ sessionId: S, attachmentId: 'a1', folderOfJob: done.jobId, force: true }]));
  });

  it('downloads into a folder picked with Change…, and back to the default', async () => {
    const { fake } = renderPanel([report], { 'attachments:chooseFolder': () => ({ handle: 'folder-h9', path: '/picked/here' }) });
    fireEvent.click(await screen.findByRole('button', { name: 'Change…' }));
    expect(await screen.findByText('/picked/here')).toBeTruthy();
    expect(fake.callsTo('attachments:chooseFolder')).toEqual([{ defaultPath: '/home/me/Downloads/Devin/Report-abcd1234' }]);
    fireEvent.click(within(row('report.pdf')).getByRole('button', { name: 'Download report.pdf' }));
    await waitFor(() => expect(fake.callsTo('attachments:download')).toEqual([{ sessionId: S, attachmentId: 'a1', folder: 'folder-h9' }]));
    fireEvent.click(screen.getByRole('button', { name: 'Use default' }));
    expect(await screen.findByText('/home/me/Downloads/Devin/Report-abcd1234')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Download all/ }));
    await waitFor(() => expect(fake.callsTo('attachments:downloadAll')).toEqual([{ sessionId: S }]));
  });

  it('goes back to the default folder when main no longer knows the picked one, and says to choose again', async () => {
    const { fake } = renderPanel([report], {
      'attachments:chooseFolder': () => ({ handle: 'folder-old', path: '/picked/before' }),
      'attachments:download': () => {
        throw new FakeFailure({
          code: 'VALIDATION',
          message: 'Not accepted: That folder choice is no longer valid. Choose the folder again.',
          details: { clientSide: true, reason: 'security.handle.folder.expired' },
        });
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Change…' }));
    expect(await screen.findByText('/picked/before')).toBeTruthy();
    fireEvent.click(within(row('report.pdf')).getByRole('button', { name: 'Download report.pdf' }));
    expect((await within(row('report.pdf')).findByRole('alert')).textContent).toContain('Choose the folder again');
    expect(await screen.findByText('/home/me/Downloads/Devin/Report-abcd1234')).toBeTruthy();
    expect(fake.callsTo('attachments:download')).toEqual([{ sessionId: S, attachmentId: 'a1', folder: 'folder-old' }]);
  });

  it('lists again when the session changes, and offers Try again when listing fails', async () => {
    let fail = true;
    const { fake } = renderPanel([report], {
      'attachments:list': () => {
        if (fail) throw new FakeFailure({ code: 'NETWORK', message: 'Could not reach api.devin.ai' });
        return [report];
      },
    });
    expect((await screen.findByRole('alert')).textContent).toContain('Could not load the attachments: Could not reach api.devin.ai');
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByText('report.pdf');
    expect(fake.callsTo('attachments:list')).toHaveLength(2);

    const view = makeView({ id: S, updatedAt: 1 });
    act(() => fake.emit('sessions:changed', [view]));
    await waitFor(() => expect(fake.callsTo('attachments:list')).toHaveLength(3));
    act(() => fake.emit('sessions:changed', [view, makeView({ id: 'devin-other', updatedAt: 5 })]));
    act(() => fake.emit('sessions:changed', [makeView({ id: 'devin-other', updatedAt: 6 })]));
    expect(fake.callsTo('attachments:list')).toHaveLength(3);
    act(() => fake.emit('sessions:changed', [{ ...view, updatedAt: 2 }]));
    await waitFor(() => expect(fake.callsTo('attachments:list')).toHaveLength(4));
  });
});
