import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { normalizeBaseUrl } from './base-url';
import { redactSecrets, REDACTED } from './redact';

describe('normalizeBaseUrl', () => {
  it.each([
    ['https://api.devin.ai', 'https://api.devin.ai'],
    ['https://api.devin.ai/', 'https://api.devin.ai'],
    ['https://api.devin.ai///', 'https://api.devin.ai'],
    [' https://api.devin.ai/v3/ ', 'https://api.devin.ai'],
    ['https://api.acme.devinenterprise.com/prefix/', 'https://api.acme.devinenterprise.com/prefix'],
    ['http://127.0.0.1:4010', 'http://127.0.0.1:4010'],
    ['http://localhost:4010/', 'http://localhost:4010'],
    ['http://[::1]:4010', 'http://[::1]:4010'],
    ['HTTPS://API.DEVIN.AI', 'https://api.devin.ai'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeBaseUrl(input)).toBe(expected);
  });

  it.each(['http://api.devin.ai', 'ftp://x', 'api.devin.ai', 'https://u:p@api.devin.ai', 'https://api.devin.ai?x=1', 'http://10.0.0.5', ''])(
    'refuses %j with INVALID_INPUT',
    (input) => {
      expect(() => normalizeBaseUrl(input)).toThrow(AppError);
      try {
        normalizeBaseUrl(input);
      } catch (e) {
        expect((e as AppError).code).toBe('INVALID_INPUT');
      }
    },
  );
});

describe('redactSecrets', () => {
  it.each([
    ['Bearer cog_abc123XYZ', 'Bearer cog_…(redacted)'],
    ['key=apk_user_zzz&x=1', 'key=apk_…(redacted)&x=1'],
    ['nothing here', 'nothing here'],
    ['cognition', 'cognition'],
  ])('%j → %j', (input, expected) => {
    expect(redactSecrets(input)).toBe(expected);
  });

  it('removes an oddly shaped configured key too', () => {
    expect(redactSecrets('x sk-weird-key y', 'sk-weird-key')).toBe(`x ${REDACTED} y`);
    expect(REDACTED).toBe('…(redacted)');
    // A configured key of the usual shape gets the same marker as everywhere else.
    expect(redactSecrets('Bearer cog_abc', 'cog_abc')).toBe('Bearer …(redacted)');
  });
});
