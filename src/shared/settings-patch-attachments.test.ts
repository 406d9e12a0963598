import { describe, expect, it } from 'vitest';
import { settingsPatchSchema } from './settings';

describe('settings patch: attachment fields', () => {
  it('takes a folder handle (main resolves it; see ipc/handlers/settings.ts), null for the default, and the auto-download flag', () => {
    for (const attachmentsFolder of ['folder-AAAAAAAAAAAAAAAAAAAAAA', null]) {
      expect(settingsPatchSchema.safeParse({ attachmentsFolder }).success, String(attachmentsFolder)).toBe(true);
    }
    expect(settingsPatchSchema.parse({ autoDownloadAttachments: true })).toEqual({ autoDownloadAttachments: true });
  });

  it('refuses an empty or oversized value and a non-boolean flag', () => {
    for (const attachmentsFolder of ['', 'x'.repeat(5000), 42]) {
      expect(settingsPatchSchema.safeParse({ attachmentsFolder }).success, String(attachmentsFolder)).toBe(false);
    }
    expect(settingsPatchSchema.safeParse({ autoDownloadAttachments: 'yes' }).success).toBe(false);
  });

  it('has no appBaseUrl any more: the app host is derived from the API origin, never a setting', () => {
    expect(settingsPatchSchema.safeParse({ appBaseUrl: 'https://evil.example' }).success).toBe(false);
  });
});
