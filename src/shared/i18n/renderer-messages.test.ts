import { describe, expect, it } from 'vitest';
import { rendererMessages } from './renderer-messages';
import { allKeys, translate } from './index';

describe('rendererMessages', () => {
  it('gives each locale every message but the CLI-only ones, in its own words', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const messages = rendererMessages(locale);
      const expected = allKeys('en').filter((k) => !k.startsWith('cli.'));
      expect(Object.keys(messages).sort()).toEqual(expected.sort());
      expect(messages['ui.settings.language']).toBe(translate(locale, 'ui.settings.language'));
    }
    expect(rendererMessages('zh-CN')['ui.settings.language']).not.toBe(rendererMessages('en')['ui.settings.language']);
    expect(allKeys('en').some((k) => k.startsWith('cli.'))).toBe(true);
  });
});
