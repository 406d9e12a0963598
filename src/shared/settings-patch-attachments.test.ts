import { describe, expect, it } from 'vitest';
import { settingsPatchSchema } from './settings';

describe('settings patch: attachment fields', () => {
  it('takes an absolute download root (POSIX, Windows, UNC), null for the default, and the auto-download flag', () => {
    for (const attachmentsFolder of ['/data/devin', 'C:\\Users\\me\\Devin', 'D:/devin', '\\\\nas\\share\\devin', null]) {
      expect(settingsPatchSchema.safeParse({ attachmentsFolder }).success, String(attachmentsFolder)).toBe(true);
    }
    expect(settingsPatchSchema.parse({ autoDownloadAttachments: true })).toEqual({ autoDownloadAttachments: true });
  });

  it('refuses a relative root (it would land in the working folder) and a non-boolean flag', () => {
    for (const attachmentsFolder of ['downloads', './devin', '~/Downloads', '', 'C:relative']) {
      expect(settingsPatchSchema.safeParse({ attachmentsFolder }).success, attachmentsFolder).toBe(false);
    }
    expect(settingsPatchSchema.safeParse({ autoDownloadAttachments: 'yes' }).success).toBe(false);
  });
});
