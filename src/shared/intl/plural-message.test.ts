import { describe, expect, it } from 'vitest';
import { parseMessage, placeholdersOf, renderMessage } from './plural-message';
import { translate } from '../i18n';

const FILES = '{count, plural, =0 {No files} one {# file saved} other {# files saved}} to {dir}';

describe('plural messages', () => {
  it('picks the English form for 0, 1, 2 and 5', () => {
    expect(renderMessage(FILES, 'en', { count: 0, dir: '~/d' })).toBe('No files to ~/d');
    expect(renderMessage(FILES, 'en', { count: 1, dir: '~/d' })).toBe('1 file saved to ~/d');
    expect(renderMessage(FILES, 'en', { count: 2, dir: '~/d' })).toBe('2 files saved to ~/d');
    expect(renderMessage(FILES, 'en', { count: 5, dir: '~/d' })).toBe('5 files saved to ~/d');
  });

  it('uses "other" where a language has no other forms, and the locale digits', () => {
    const zh = '{count, plural, other {# 个文件}}';
    for (const n of [0, 1, 2, 5]) expect(renderMessage(zh, 'zh-CN', { count: n })).toBe(`${n} 个文件`);
    expect(renderMessage('{n, plural, one {# day} other {# days}}', 'en', { n: 1200 })).toBe('1,200 days');
    // Already formatted by the caller: selects by its value, shows as given.
    expect(renderMessage('{n, plural, one {# day} other {# days}}', 'en', { n: '1' })).toBe('1 day');
    expect(renderMessage('{n, plural, one {# day} other {# days}}', 'en', { n: '1,200' })).toBe('1,200 days');
  });

  it('falls back to "other" without a number, and shows a malformed block as written', () => {
    expect(renderMessage('{count, plural, one {# file} other {files}}', 'en', {})).toBe('files');
    expect(renderMessage('{count, plural, one {# file}}', 'en', { count: 1 })).toBe('{count, plural, one {# file}}');
  });

  it('lists the parameters, and rejects a block with no "other"', () => {
    expect(placeholdersOf(FILES)).toEqual(['count', 'dir']);
    expect(placeholdersOf('{a} of {b}')).toEqual(['a', 'b']);
    expect(placeholdersOf('{count, plural, one {file} other {files}}')).toEqual(['count']);
    expect(() => parseMessage('{count, plural, one {# file}}')).toThrow(/other/);
    expect(() => parseMessage('{count, plural, one {# file} other {# files}')).toThrow();
  });

  it('is what translate() does with a catalog message', () => {
    expect(translate('en', 'ui.attachments.overall', { done: 1, count: 1 })).toBe('1 of 1 file downloaded');
    expect(translate('en', 'ui.attachments.overall', { done: 0, count: 6 })).toBe('0 of 6 files downloaded');
    expect(translate('zh-CN', 'ui.attachments.overall', { done: 1, count: 1 })).not.toMatch(/s\b/);
  });
});
