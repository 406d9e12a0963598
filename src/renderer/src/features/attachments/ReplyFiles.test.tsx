import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { UploadedAttachmentView } from '../../../../shared/attachments/jobs';
import { FakeFailure, deferred } from '../../test-support/fake-bridge';
import { registerRendererCleanup } from '../../test-support/render-app';
import { makeView, renderSessions } from '../sessions/testing/fake-sessions';
import { attachmentsHandlers, fakeHandle, installFakeDrops, pickedFiles } from './testing/fake-attachments';

registerRendererCleanup();
afterEach(() => {
  delete window.__devinTrayRegisterDrop;
});

const waiting = makeView({ id: 's-wait', title: 'Needs the logs', group: 'attention', attention: true, statusDetail: 'waiting_for_user' });

async function openReply(overrides = {}) {
  window.location.hash = `#/sessions/${waiting.id}`;
  const r = renderSessions({ views: [waiting] }, { ...attachmentsHandlers({ list: [] }), ...overrides });
  const detail = await screen.findByRole('article');
  const form = within(detail).getByRole('form', { name: 'Reply to Devin' });
  return { ...r, detail, form };
}

describe('files on a reply', () => {
  it('attaches chosen files, removes one, uploads the rest and sends their URLs with the message', async () => {
    const gate = deferred<UploadedAttachmentView[]>();
    const { fake, form } = await openReply({
      'attachments:chooseFiles': () => pickedFiles(['/home/me/logs/build.log', '/home/me/shot.png', '/home/me/notes.md']),
      'attachments:upload': () => gate.promise,
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Attach files…' }));
    const list = await within(form).findByRole('list', { name: 'Files to send with the reply' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['build.log', 'shot.png', 'notes.md']);
    expect(within(form).getByText('Write a message to send with the files.')).toBeTruthy();
    fireEvent.click(within(list).getByRole('button', { name: 'Remove shot.png' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);

    const box = within(form).getByRole('textbox', { name: 'Reply to Devin' });
    fireEvent.change(box, { target: { value: 'Here are the logs.' } });
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    // Main's handles, never the paths: main refuses a path from the page.
    await waitFor(() => expect(fake.callsTo('attachments:upload')).toEqual([{ files: [fakeHandle('file', '/home/me/logs/build.log'), fakeHandle('file', '/home/me/notes.md')], sessionId: 's-wait' }]));
    act(() => fake.emit('attachments:uploadProgress', { fileIndex: 1, name: 'notes.md', sentBytes: 512, totalBytes: 2048 }));
    expect(within(list).getByText('Uploading 512 B of 2 KB')).toBeTruthy();
    expect(within(list).getByRole('button', { name: 'Remove notes.md' }).hasAttribute('disabled')).toBe(true);
    gate.resolve([
      { attachment_id: 'u1', name: 'build.log', url: 'https://files.test/u1', bytes: 10 },
      { attachment_id: 'u2', name: 'notes.md', url: 'https://files.test/u2', bytes: 2048 },
    ]);
    await waitFor(() =>
      expect(fake.callsTo('sessions:send')).toEqual([{ sessionId: 's-wait', message: 'Here are the logs.', attachmentUrls: ['https://files.test/u1', 'https://files.test/u2'] }]),
    );
    await waitFor(() => expect(within(form).queryByRole('list', { name: 'Files to send with the reply' })).toBeNull());
    expect((box as HTMLTextAreaElement).value).toBe('');
  });

  it('keeps uploaded files when the send fails and does not upload them again', async () => {
    let fail = true;
    const { fake, form } = await openReply({
      'attachments:chooseFiles': () => pickedFiles(['/tmp/a.txt']),
      'sessions:send': () => {
        if (fail) throw new FakeFailure({ code: 'RATE_LIMITED', message: 'Too many requests; try again shortly' });
        return waiting;
      },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Attach files…' }));
    await within(form).findByText('a.txt');
    fireEvent.change(within(form).getByRole('textbox'), { target: { value: 'see file' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Send' }));
    expect((await within(form).findByRole('alert')).textContent).toContain('Not sent: Too many requests');
    expect(within(form).getByText('Uploaded')).toBeTruthy();
    fail = false;
    fireEvent.click(within(form).getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(fake.callsTo('sessions:send')).toHaveLength(2));
    expect(fake.callsTo('attachments:upload')).toHaveLength(1);
    expect(fake.callsTo('sessions:send')[1]).toEqual({ sessionId: 's-wait', message: 'see file', attachmentUrls: ['https://files.test/up-0'] });
  });

  it('says why nothing was sent when an upload is refused, and keeps text and files', async () => {
    const { fake, form } = await openReply({
      'attachments:chooseFiles': () => pickedFiles(['/tmp/huge.bin']),
      'attachments:upload': () => {
        throw new FakeFailure({ code: 'ATTACHMENT_TOO_LARGE', message: '“huge.bin” is 60 MB; attachments can be at most 50 MB.' });
      },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Attach files…' }));
    await within(form).findByText('huge.bin');
    fireEvent.change(within(form).getByRole('textbox'), { target: { value: 'big one' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Send' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('Not sent: “huge.bin” is 60 MB; attachments can be at most 50 MB.');
    expect(fake.callsTo('sessions:send')).toEqual([]);
    expect(within(form).getByText('huge.bin')).toBeTruthy();
    expect((within(form).getByRole('textbox') as HTMLTextAreaElement).value).toBe('big one');
  });

  it('takes files dropped on the reply box (by the handles main issued), and says when a drop has no path', async () => {
    installFakeDrops((name) => (name === 'trace.txt' ? { path: '/drops/trace.txt', kind: 'file' } : null));
    const { fake, form } = await openReply();
    const formEl = form;
    const files = [new File(['x'], 'trace.txt'), new File(['y'], 'ghost.txt')];
    const dataTransfer = { types: ['Files'], files, dropEffect: 'none' };
    fireEvent.dragEnter(formEl, { dataTransfer });
    expect(formEl.className).toContain('is-drop-over');
    expect(within(formEl).getByText('Drop files to attach them to the reply')).toBeTruthy();
    fireEvent.drop(formEl, { dataTransfer });
    expect(await within(formEl).findByText('trace.txt')).toBeTruthy();
    expect(within(formEl).getByRole('status').textContent).toContain('Could not tell where a dropped file is on disk');
    expect(formEl.className).not.toContain('is-drop-over');
    fireEvent.change(within(formEl).getByRole('textbox'), { target: { value: 'the trace' } });
    fireEvent.click(within(formEl).getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(fake.callsTo('attachments:upload')).toEqual([{ files: [fakeHandle('file', '/drops/trace.txt')], sessionId: 's-wait' }]));
  });

  it('says a dropped folder cannot be attached', async () => {
    installFakeDrops((name) => ({ path: `/drops/${name}`, kind: 'folder' }));
    const { form } = await openReply();
    const dataTransfer = { types: ['Files'], files: [new File([], 'project')], dropEffect: 'none' };
    fireEvent.drop(form, { dataTransfer });
    expect((await within(form).findByRole('status')).textContent).toBe('Folders cannot be attached to a reply; drop the files inside instead.');
    expect(within(form).queryByRole('list', { name: 'Files to send with the reply' })).toBeNull();
  });

  it('explains when there is no file picker', async () => {
    const { form } = await openReply({
      'attachments:chooseFiles': () => {
        throw new FakeFailure({ code: 'ATTACHMENTS_NO_FILE_DIALOG', message: 'There is no file picker here; drop the files on the reply box instead.' });
      },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Attach files…' }));
    expect((await within(form).findByRole('status')).textContent).toBe(
      'Could not open the file picker: There is no file picker here; drop the files on the reply box instead.',
    );
  });
});
