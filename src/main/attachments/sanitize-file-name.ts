import { fitFileName, MAX_NAME_BYTES } from './fit-file-name';

/** What an empty or fully stripped name becomes. */
export const FALLBACK_FILE_NAME = 'attachment';

/** Names Windows reserves for devices, with or without an extension, in any case. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|clock\$|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/iu;

// Lone UTF-16 surrogates cannot be written as UTF-8.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
// C0/C1 controls and DEL; invisible characters that reorder or hide text: bidi embeddings,
// overrides and isolates (U+202E turns "exe.pdf" into "fdp.exe" on screen), marks, zero-width
// space, BOM, line/paragraph separators, interlinear annotation controls.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u2028-\u202E\u2060\u2066-\u2069\uFEFF\uFFF9-\uFFFB]/gu;
// Path separators of both systems plus the characters Windows refuses in names.
const FORBIDDEN = /[/\\<>:"|?*]/gu;

/**
 * Turns a name chosen by a remote party into one safe to create inside a folder on Windows,
 * macOS and Linux. Pure. The result:
 * - is one path segment: `/` and `\` (and `<>:"|?*`) become `_`, so `../x`, `C:\x`,
 *   `\\server\share` and `/etc/passwd` cannot point anywhere else;
 * - has no control characters, NUL, or invisible bidi/zero-width characters (they are removed,
 *   which also exposes a disguised real extension);
 * - is NFC, has no leading spaces, no trailing dots or spaces;
 * - does not start with `.` (would be hidden) or `-` (would read as a command-line option):
 *   such names get a `_` prefix, e.g. `.bashrc` → `_.bashrc`;
 * - is not a Windows device name (`CON`, `nul.txt`, `COM1.log` …, any case): prefixed with `_`;
 * - fits in 255 bytes of UTF-8, cut between characters, keeping the extension;
 * - is never empty (`attachment`).
 */
export function sanitizeFileName(remoteName: unknown): string {
  let name = typeof remoteName === 'string' ? remoteName : '';
  name = name.replace(LONE_SURROGATE, '\uFFFD').normalize('NFC');
  name = name.replace(INVISIBLE, '').replace(FORBIDDEN, '_');
  name = name.replace(/^\s+/u, '').replace(/[.\s]+$/u, '');
  if (name === '') return FALLBACK_FILE_NAME;
  if (name.startsWith('.') || name.startsWith('-')) name = `_${name}`;
  const device = name.split('.')[0]?.replace(/\s+$/u, '') ?? '';
  if (WINDOWS_RESERVED.test(device)) name = `_${name}`;
  return fitFileName(name, '', MAX_NAME_BYTES);
}
