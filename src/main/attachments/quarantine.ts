import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';

/**
 * "Downloaded from the internet" marks on saved attachments, the ones browsers set, so the OS
 * treats a downloaded program or document with the same care:
 * - macOS: the `com.apple.quarantine` extended attribute (Gatekeeper checks a quarantined app
 *   before its first run);
 * - Windows: the `Zone.Identifier` alternate data stream with ZoneId=3 (Internet), which
 *   SmartScreen and Office's Protected View read;
 * - Linux: the freedesktop `user.xdg.origin.url` (and `user.xdg.referrer.url`) attributes, which
 *   file managers show. Node has no xattr call, so it is set with `setfattr` (Debian/Ubuntu package
 *   `attr`) when that is installed, and skipped otherwise, rather than adding a native module.
 * The marks are built by pure functions; writing them is an injected effect, best effort: a file
 * system without extended attributes or streams (FAT, some shares) still gets the download.
 */

/** Where a file came from. URLs lose credentials before they are written anywhere. */
export interface DownloadOrigin {
  url: string;
  referrerUrl?: string | null;
}

export type DownloadMark =
  | { kind: 'xattr'; name: string; value: string }
  /** An NTFS alternate data stream: written at `<path>:<stream>`. */
  | { kind: 'stream'; stream: string; content: string };

/** The agent name macOS shows ("… downloaded by Devin Tray"). */
export const MARK_AGENT = 'Devin Tray';

/**
 * Pure: `url` fit to be recorded on disk: http(s) only, without user name, password, query or
 * fragment (a presigned link's signature lives in the query). Null for anything else.
 */
export function originUrlForMark(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  u.username = '';
  u.password = '';
  u.search = '';
  u.hash = '';
  return u.href;
}

/**
 * Pure: the `com.apple.quarantine` value, `flags;time;agent;event`. Flags 0081 are what Chrome
 * writes for a web download (0x0001 = downloaded); the time is hex seconds since 1970.
 */
export function macQuarantineValue(nowMs: number, eventId: string, agent = MARK_AGENT): string {
  const seconds = Math.max(0, Math.floor(nowMs / 1000)).toString(16);
  return `0081;${seconds};${agent.replace(/[;\r\n]/g, ' ')};${eventId.toUpperCase()}`;
}

/** Pure: a Windows `Zone.Identifier` stream: Internet zone, with where it came from when known (CRLF lines, as Windows writes them). */
export function zoneIdentifier(origin: DownloadOrigin): string {
  const lines = ['[ZoneTransfer]', 'ZoneId=3'];
  const referrer = originUrlForMark(origin.referrerUrl);
  const host = originUrlForMark(origin.url);
  if (referrer) lines.push(`ReferrerUrl=${referrer}`);
  if (host) lines.push(`HostUrl=${host}`);
  return lines.join('\r\n') + '\r\n';
}

/** Pure: the marks a saved download gets on `platform`. */
export function downloadMarks(platform: NodeJS.Platform, origin: DownloadOrigin, nowMs: number, eventId: string): DownloadMark[] {
  switch (platform) {
    case 'darwin':
      return [{ kind: 'xattr', name: 'com.apple.quarantine', value: macQuarantineValue(nowMs, eventId) }];
    case 'win32':
      return [{ kind: 'stream', stream: 'Zone.Identifier', content: zoneIdentifier(origin) }];
    case 'linux':
    case 'freebsd':
    case 'openbsd': {
      const marks: DownloadMark[] = [];
      const host = originUrlForMark(origin.url);
      const referrer = originUrlForMark(origin.referrerUrl);
      if (host) marks.push({ kind: 'xattr', name: 'user.xdg.origin.url', value: host });
      if (referrer) marks.push({ kind: 'xattr', name: 'user.xdg.referrer.url', value: referrer });
      return marks;
    }
    default:
      return [];
  }
}

/** How marks are written (injected: tests use fakes; other OSes' effects are never run here). */
export interface MarkEffects {
  /** Null when this system has no way to set extended attributes. */
  setXattr: ((path: string, name: string, value: string) => Promise<void>) | null;
  writeStream: (path: string, stream: string, content: string) => Promise<void>;
}

export interface MarkOutcome {
  applied: string[];
  skipped: { mark: string; reason: string }[];
}

/** Writes `marks` on `path`; never throws (a mark is a courtesy to the OS, not a reason to lose the file). */
export async function applyDownloadMarks(path: string, marks: readonly DownloadMark[], effects: MarkEffects): Promise<MarkOutcome> {
  const outcome: MarkOutcome = { applied: [], skipped: [] };
  for (const mark of marks) {
    const label = mark.kind === 'xattr' ? mark.name : mark.stream;
    try {
      if (mark.kind === 'stream') await effects.writeStream(path, mark.stream, mark.content);
      else if (effects.setXattr) await effects.setXattr(path, mark.name, mark.value);
      else {
        outcome.skipped.push({ mark: label, reason: 'no way to set extended attributes here' });
        continue;
      }
      outcome.applied.push(label);
    } catch (err) {
      outcome.skipped.push({ mark: label, reason: err instanceof Error ? err.message : String(err) });
    }
  }
  return outcome;
}

function run(file: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: 5000, windowsHide: true }, (err, _stdout, stderr) => {
      if (err) reject(new Error(stderr.trim() || err.message));
      else resolve();
    });
  });
}

/** The first of `candidates` that exists (absolute paths only: never a program found through PATH). */
function firstExisting(candidates: readonly string[]): string | null {
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** This system's way of writing marks. */
export function systemMarkEffects(platform: NodeJS.Platform = process.platform): MarkEffects {
  let setXattr: MarkEffects['setXattr'] = null;
  if (platform === 'darwin') {
    setXattr = (path, name, value) => run('/usr/bin/xattr', ['-w', name, value, path]);
  } else if (platform !== 'win32') {
    const setfattr = firstExisting(['/usr/bin/setfattr', '/bin/setfattr', '/usr/local/bin/setfattr']);
    // Base64 (`0s…`), so no byte of the URL is read as setfattr syntax; `--` ends the options.
    if (setfattr) setXattr = (path, name, value) => run(setfattr, ['-n', name, '-v', `0s${Buffer.from(value, 'utf8').toString('base64')}`, '--', path]);
  }
  return {
    setXattr,
    // Elsewhere `<path>:<stream>` would be a new file beside the download, never a stream of it.
    writeStream:
      platform === 'win32'
        ? (path, stream, content) => writeFile(`${path}:${stream}`, content, { encoding: 'utf8' })
        : () => Promise.reject(new Error('no alternate data streams on this system')),
  };
}

/** Marks a saved download the way this OS expects (the engine's default). */
export async function markDownloadedFile(path: string, origin: DownloadOrigin, effects: MarkEffects = systemMarkEffects(), nowMs = Date.now()): Promise<MarkOutcome> {
  return applyDownloadMarks(path, downloadMarks(process.platform, origin, nowMs, randomUUID()), effects);
}
