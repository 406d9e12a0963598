import { describe, expect, it } from 'vitest';
import { normalizeApiKey } from './key-format';

describe('normalizeApiKey', () => {
  it.each([
    ['cog_abc123', 'cog_abc123'],
    ['  cog_abc123\n', 'cog_abc123'],
    ['cog_a-b_c.d', 'cog_a-b_c.d'],
  ])('accepts %j', (input, expected) => {
    expect(normalizeApiKey(input)).toBe(expected);
  });

  it.each([
    ['legacy service key', 'apk_abc', 'legacy'],
    ['legacy personal key', 'apk_user_abc', 'legacy'],
    ['no prefix', 'abc123', 'prefix'],
    ['empty', '   ', 'prefix'],
    ['prefix only', 'cog_', 'prefix'],
    ['inner space', 'cog_abc def', 'characters'],
    ['control character', 'cog_abc\u0000', 'characters'],
    ['non-ASCII', 'cog_ключ', 'characters'],
  ])('refuses a %s with KEY_FORMAT and never echoes it', (_label, input, reason) => {
    let caught: unknown;
    try {
      normalizeApiKey(input);
    } catch (err) {
      caught = err;
    }
    expect(caught).toMatchObject({ code: 'KEY_FORMAT', details: { reason } });
    if (input.trim().length > 4) expect((caught as Error).message).not.toContain(input.trim());
  });
});
