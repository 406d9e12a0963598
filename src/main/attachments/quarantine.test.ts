import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyDownloadMarks, downloadMarks, macQuarantineValue, originUrlForMark, systemMarkEffects, zoneIdentifier } from './quarantine';
import type { MarkEffects } from './quarantine';

const NOW = Date.UTC(2026, 0, 2, 3, 4, 5);
const EVENT = '3b9296c0-c6f4-49b3-bac1-bcb229ffe7d6';
const ORIGIN = {
  url: 'https://user:secret@api.devin.ai/v3/organizations/org-1/attachments/u-1/report.pdf?X-Amz-Signature=abc#frag',
  referrerUrl: 'https://app.devin.ai/sessions/devin-1?token=t',
};

describe('origin URLs recorded on disk', () => {
  it.each([
    [ORIGIN.url, 'https://api.devin.ai/v3/organizations/org-1/attachments/u-1/report.pdf'],
    ['http://127.0.0.1:8787/a.bin', 'http://127.0.0.1:8787/a.bin'],
    ['file:///etc/passwd', null],
    ['javascript:alert(1)', null],
    ['not a url', null],
    ['', null],
    [null, null],
  ])('%j → %j', (url, expected) => {
    expect(originUrlForMark(url)).toBe(expected);
  });
});

describe('macOS: com.apple.quarantine', () => {
  it('is flags;hex time;agent;event, as Chrome writes it', () => {
    expect(macQuarantineValue(NOW, EVENT)).toBe(`0081;${Math.floor(NOW / 1000).toString(16)};Devin Tray;3B9296C0-C6F4-49B3-BAC1-BCB229FFE7D6`);
  });

  it('keeps a strange agent name from breaking the fields', () => {
    expect(macQuarantineValue(0, 'e', 'A;B\nC')).toBe('0081;0;A B C;E');
  });

  it('is the one mark on darwin, written with the injected xattr effect', async () => {
    const marks = downloadMarks('darwin', ORIGIN, NOW, EVENT);
    expect(marks).toEqual([{ kind: 'xattr', name: 'com.apple.quarantine', value: macQuarantineValue(NOW, EVENT) }]);
    const calls: unknown[] = [];
    const effects: MarkEffects = { setXattr: async (...a) => void calls.push(a), writeStream: async () => void calls.push('stream?') };
    expect(await applyDownloadMarks('/Users/me/Downloads/report.pdf', marks, effects)).toEqual({ applied: ['com.apple.quarantine'], skipped: [] });
    expect(calls).toEqual([['/Users/me/Downloads/report.pdf', 'com.apple.quarantine', macQuarantineValue(NOW, EVENT)]]);
  });
});

describe('Windows: Zone.Identifier', () => {
  it('says Internet zone (3), with referrer and host URLs stripped of credentials, in CRLF lines', () => {
    expect(zoneIdentifier(ORIGIN)).toBe(
      '[ZoneTransfer]\r\nZoneId=3\r\nReferrerUrl=https://app.devin.ai/sessions/devin-1\r\nHostUrl=https://api.devin.ai/v3/organizations/org-1/attachments/u-1/report.pdf\r\n',
    );
  });

  it('still marks the zone when the URLs cannot be recorded', () => {
    expect(zoneIdentifier({ url: 'data:text/plain,x' })).toBe('[ZoneTransfer]\r\nZoneId=3\r\n');
  });

  it('is an alternate data stream on win32, written with the injected stream effect', async () => {
    const marks = downloadMarks('win32', ORIGIN, NOW, EVENT);
    expect(marks).toEqual([{ kind: 'stream', stream: 'Zone.Identifier', content: zoneIdentifier(ORIGIN) }]);
    const calls: unknown[] = [];
    const effects: MarkEffects = { setXattr: null, writeStream: async (...a) => void calls.push(a) };
    expect(await applyDownloadMarks('C:\\Users\\me\\Downloads\\report.pdf', marks, effects)).toEqual({ applied: ['Zone.Identifier'], skipped: [] });
    expect(calls).toEqual([['C:\\Users\\me\\Downloads\\report.pdf', 'Zone.Identifier', zoneIdentifier(ORIGIN)]]);
  });

  it('the Windows effect writes `<path>:Zone.Identifier` (on NTFS, the file’s stream)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'devin-tray-zone-'));
    try {
      const file = join(dir, 'report.pdf');
      await writeFile(file, 'x');
      await systemMarkEffects('win32').writeStream(file, 'Zone.Identifier', '[ZoneTransfer]\r\nZoneId=3\r\n');
      expect(await readFile(`${file}:Zone.Identifier`, 'utf8')).toBe('[ZoneTransfer]\r\nZoneId=3\r\n');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('elsewhere the stream effect refuses rather than leave a `name:Zone.Identifier` file beside the download', async () => {
    await expect(systemMarkEffects('linux').writeStream('/tmp/x', 'Zone.Identifier', '')).rejects.toThrow(/no alternate data streams/);
  });
});

describe('Linux: freedesktop origin attributes', () => {
  it('records origin and referrer without credentials', () => {
    expect(downloadMarks('linux', ORIGIN, NOW, EVENT)).toEqual([
      { kind: 'xattr', name: 'user.xdg.origin.url', value: 'https://api.devin.ai/v3/organizations/org-1/attachments/u-1/report.pdf' },
      { kind: 'xattr', name: 'user.xdg.referrer.url', value: 'https://app.devin.ai/sessions/devin-1' },
    ]);
  });

  it('records nothing it cannot name', () => {
    expect(downloadMarks('linux', { url: 'blob:x' }, NOW, EVENT)).toEqual([]);
    expect(downloadMarks('aix', ORIGIN, NOW, EVENT)).toEqual([]);
  });

  it('is skipped, not failed, where nothing can set extended attributes', async () => {
    const marks = downloadMarks('linux', ORIGIN, NOW, EVENT);
    const out = await applyDownloadMarks('/tmp/x', marks, { setXattr: null, writeStream: async () => undefined });
    expect(out.applied).toEqual([]);
    expect(out.skipped.map((s) => s.mark)).toEqual(['user.xdg.origin.url', 'user.xdg.referrer.url']);
  });
});

it('a failing mark never throws: the download matters more than its mark', async () => {
  const effects: MarkEffects = {
    setXattr: async () => {
      throw new Error('Operation not supported');
    },
    writeStream: async () => undefined,
  };
  const out = await applyDownloadMarks('/mnt/fat/x', downloadMarks('darwin', ORIGIN, NOW, EVENT), effects);
  expect(out).toEqual({ applied: [], skipped: [{ mark: 'com.apple.quarantine', reason: 'Operation not supported' }] });
});
