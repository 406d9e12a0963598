import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../shared/settings';
import type { Settings, SettingsPatch } from '../../../../shared/settings';
import { FakeFailure } from '../../test-support/fake-bridge';
import { AttachmentSettingsSection } from './AttachmentSettingsSection';
import { registerAttachmentsCleanup, renderWithStore } from './testing/render-attachments';

registerAttachmentsCleanup();

describe('AttachmentSettingsSection', () => {
  it('picks the download folder, goes back to the default, and turns auto-download on', async () => {
    let saved: Settings = { ...DEFAULT_SETTINGS };
    const { fake } = renderWithStore(<AttachmentSettingsSection />, {
      'attachments:chooseFolder': () => ({ handle: 'folder-h1', path: '/data/devin' }),
      // Main resolves the handle to the folder it saw picked.
      'settings:update': (patch: SettingsPatch) =>
        (saved = { ...saved, ...patch, ...(patch.attachmentsFolder === 'folder-h1' ? { attachmentsFolder: '/data/devin' } : {}) }),
    });
    expect(await screen.findByText('Downloads/Devin in your home folder')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Change…' }));
    expect(await screen.findByText('/data/devin')).toBeTruthy();
    expect(fake.callsTo('settings:update')).toEqual([{ attachmentsFolder: 'folder-h1' }]);

    fireEvent.click(screen.getByRole('button', { name: 'Use default' }));
    expect(await screen.findByText('Downloads/Devin in your home folder')).toBeTruthy();
    expect(fake.callsTo('settings:update')[1]).toEqual({ attachmentsFolder: null });

    const auto = screen.getByRole('switch', { name: 'Download attachments when a watched session finishes' });
    expect((auto as HTMLInputElement).checked).toBe(false);
    fireEvent.click(auto);
    await waitFor(() => expect(fake.callsTo('settings:update')[2]).toEqual({ autoDownloadAttachments: true }));
    expect((auto as HTMLInputElement).checked).toBe(true);
    expect(saved.autoDownloadAttachments).toBe(true);
  });

  it('keeps the folder when the dialog is dismissed, and shows a refused save in Chinese', async () => {
    const { fake } = renderWithStore(
      <AttachmentSettingsSection />,
      {
        'attachments:chooseFolder': () => null,
        'settings:update': () => {
          throw new FakeFailure({ code: 'INVALID_INPUT', message: '设置无效' });
        },
      },
      { locale: 'zh-CN', settings: { attachmentsFolder: '/old/place' } },
    );
    fireEvent.click(await screen.findByRole('button', { name: '更改…' }));
    await waitFor(() => expect(fake.callsTo('attachments:chooseFolder')).toEqual([{ defaultPath: '/old/place' }]));
    expect(fake.callsTo('settings:update')).toEqual([]);
    fireEvent.click(screen.getByRole('switch', { name: '关注的会话完成时自动下载其附件' }));
    expect((await screen.findByRole('alert')).textContent).toBe('无法保存此设置：设置无效');
    expect((screen.getByRole('switch') as HTMLInputElement).checked).toBe(false);
  });
});
