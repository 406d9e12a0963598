import { describe, expect, it } from 'vitest';
import hostile from './fixtures/hostile-names.json';
import { candidateName, partName } from './final-name';
import { cutToBytes, fitFileName, splitExtension, utf8Bytes } from './fit-file-name';
import { FALLBACK_FILE_NAME, sanitizeFileName } from './sanitize-file-name';

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)$/i;

/** Properties every sanitised name must have, whatever the input. */
function expectSafe(name: string): void {
  expect(name.length).toBeGreaterThan(0);
  expect(utf8Bytes(name)).toBeLessThanOrEqual(255);
  // eslint-disable-next-line no-control-regex -- checking that no control character survived
  expect(name).not.toMatch(/[/\\<>:"|?*\u0000-\u001f\u007f-\u009f]/u);
  expect(name).not.toMatch(/[\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u);
  expect(name).not.toMatch(/[. ]$/u);
  expect(name).not.toMatch(/^[.\- ]/u);
  expect(name).not.toBe('..');
  expect(name.normalize('NFC')).toBe(name);
  expect(WINDOWS_RESERVED.test((name.split('.')[0] ?? '').trimEnd())).toBe(false);
  // Well-formed UTF-16: survives a UTF-8 round trip unchanged.
  expect(Buffer.from(name, 'utf8').toString('utf8')).toBe(name);
}

describe('sanitizeFileName', () => {
  it.each([
    ['report.pdf', 'report.pdf'],
    ['../../etc/passwd', '_.._.._etc_passwd'],
    ['..\\..\\Windows\\win.ini', '_.._.._Windows_win.ini'],
    ['/etc/passwd', '_etc_passwd'],
    ['C:\\Windows\\win.ini', 'C__Windows_win.ini'],
    ['\\\\server\\share\\x.txt', '__server_share_x.txt'],
    ['..', FALLBACK_FILE_NAME],
    ['.', FALLBACK_FILE_NAME],
    ['', FALLBACK_FILE_NAME],
    ['   ', FALLBACK_FILE_NAME],
    ['a\u0000b.txt', 'ab.txt'],
    ['safe.txt\u0000.exe', 'safe.txt.exe'],
    ['line\nbreak.txt', 'linebreak.txt'],
    ['CON', '_CON'],
    ['con.txt', '_con.txt'],
    ['Nul.tar.gz', '_Nul.tar.gz'],
    ['COM1', '_COM1'],
    ['lpt9.doc', '_lpt9.doc'],
    ['CON .txt', '_CON .txt'],
    ['console.txt', 'console.txt'],
    ['a<b>c:d"e|f?g*h.txt', 'a_b_c_d_e_f_g_h.txt'],
    ['trailing...', 'trailing'],
    ['trailing . . ', 'trailing'],
    [' leading.txt', 'leading.txt'],
    ['-rf', '_-rf'],
    ['.bashrc', '_.bashrc'],
    ['e\u0301.txt', '\u00e9.txt'],
    ['invoice\u202efdp.exe', 'invoicefdp.exe'],
    ['\u202etxt.exe', 'txt.exe'],
    ['a\u200bb.txt', 'ab.txt'],
    ['\u62a5\u544a.pdf', '\u62a5\u544a.pdf'],
    ['\ud800.txt', '\ufffd.txt'],
    ['x\udc00y.txt', 'x\ufffdy.txt'],
    [undefined, FALLBACK_FILE_NAME],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
  });

  it('keeps names of at most 255 UTF-8 bytes, cutting between characters and keeping the extension', () => {
    for (const [unit, bytes] of [['a', 1], ['é', 2], ['中', 3], ['😀', 4]] as const) {
      const out = sanitizeFileName(unit.repeat(300) + '.txt');
      expect(out.endsWith('.txt')).toBe(true);
      expect(utf8Bytes(out)).toBeLessThanOrEqual(255);
      expect(utf8Bytes(out)).toBeGreaterThan(255 - bytes - 1);
      expect(out.slice(0, -4)).toBe(unit.repeat((out.length - 4) / unit.length));
    }
  });

  it('never splits an emoji sequence when cutting', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}'; // 18 bytes, one grapheme
    const out = sanitizeFileName(family.repeat(20) + '.png');
    expect(out.endsWith('.png')).toBe(true);
    expect(out.slice(0, -4).split(family).every((s) => s === '')).toBe(true);
  });

  it('gives every hostile fixture name a safe result, and is idempotent', () => {
    expect(hostile.names.length).toBeGreaterThanOrEqual(100);
    for (const name of [...hostile.names, '\ud800', 'a\udfff', '\u{1F600}'.repeat(100).slice(1)]) {
      const out = sanitizeFileName(name);
      expectSafe(out);
      expect(sanitizeFileName(out)).toBe(out);
    }
  });
});

describe('fitFileName / candidate names', () => {
  it('splits extensions sensibly', () => {
    expect(splitExtension('a.tar.gz')).toEqual({ stem: 'a.tar', ext: '.gz' });
    expect(splitExtension('_.bashrc')).toEqual({ stem: '_', ext: '.bashrc' });
    expect(splitExtension('noext')).toEqual({ stem: 'noext', ext: '' });
    expect(splitExtension('a.' + 'x'.repeat(40))).toEqual({ stem: 'a.' + 'x'.repeat(40), ext: '' });
  });

  it('numbers duplicates before the extension and stays within 255 bytes', () => {
    expect(candidateName('report.pdf', 0)).toBe('report.pdf');
    expect(candidateName('report.pdf', 1)).toBe('report (1).pdf');
    expect(candidateName('README', 12)).toBe('README (12)');
    const long = 'é'.repeat(127) + '.txt'; // 258 bytes before fitting
    const fitted = candidateName(sanitizeFileName(long), 123);
    expect(fitted.endsWith(' (123).txt')).toBe(true);
    expect(utf8Bytes(fitted)).toBeLessThanOrEqual(255);
  });

  it('makes part names that fit too', () => {
    expect(partName('a.txt', 0)).toBe('a.txt.part');
    expect(partName('a.txt', 2)).toBe('a.txt.2.part');
    expect(utf8Bytes(partName('b'.repeat(255), 7))).toBeLessThanOrEqual(255);
  });

  it('cuts by bytes on code point boundaries inside one huge grapheme', () => {
    const zalgo = 'e' + '\u0301'.repeat(200);
    const cut = cutToBytes(zalgo, 11);
    expect(cut).toBe('e' + '\u0301'.repeat(5));
    expect(fitFileName('x'.repeat(300), ' (1)')).toBe('x'.repeat(251) + ' (1)');
  });
});
