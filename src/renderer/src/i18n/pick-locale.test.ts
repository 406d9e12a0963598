import { describe, expect, it } from 'vitest';
import { pickLocale } from './pick-locale';

describe('pickLocale', () => {
  it.each([
    ['en', 'zh-CN', 'en'],
    ['zh-CN', 'en-US', 'zh-CN'],
    ['system', 'zh-TW', 'zh-CN'],
    ['system', 'zh', 'zh-CN'],
    ['system', 'en-GB', 'en'],
    ['system', 'fr-FR', 'en'],
    ['system', undefined, 'en'],
  ] as const)('setting %s, browser %s → %s', (setting, lang, expected) => {
    expect(pickLocale(setting, lang)).toBe(expected);
  });
});
