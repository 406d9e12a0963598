import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redact';

describe('redactSecrets', () => {
  it.each([
    ['Authorization: Bearer cog_abc123XYZ_-9', 'Authorization: Bearer cog_…(redacted)'],
    ['key=cog_one and cog_two', 'key=cog_…(redacted) and cog_…(redacted)'],
    ['DEVIN_API_KEYcog_glued', 'DEVIN_API_KEYcog_…(redacted)'],
    ['legacy apk_user_123', 'legacy apk_…(redacted)'],
    ['nothing secret here', 'nothing secret here'],
  ])('%s', (input, expected) => {
    expect(redactSecrets(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = redactSecrets('cog_secret');
    expect(redactSecrets(once)).toBe(once);
  });
});
