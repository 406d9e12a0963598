import { describe, expect, it } from 'vitest';
import { isAllowedDownloadUrl, isRedirectStatus, mayCarryCredentials, redactUrl } from './url-policy';

describe('url policy', () => {
  it.each([
    ['https://cdn.example.com/a.bin', true],
    ['http://127.0.0.1:8080/a', true],
    ['http://localhost/a', true],
    ['http://[::1]:9/a', true],
    ['http://example.com/a', false],
    ['http://127.example.com/a', false],
    ['ftp://example.com/a', false],
    ['file:///etc/passwd', false],
    ['https://user:pw@example.com/a', false],
  ])('%s allowed: %s', (url, allowed) => {
    expect(isAllowedDownloadUrl(new URL(url))).toBe(allowed);
  });

  it('sends credentials only to the API origin, and never again after leaving it', () => {
    const api = 'https://api.devin.ai';
    expect(mayCarryCredentials(new URL('https://api.devin.ai/x'), api, false)).toBe(true);
    expect(mayCarryCredentials(new URL('https://api.devin.ai:8443/x'), api, false)).toBe(false);
    expect(mayCarryCredentials(new URL('http://api.devin.ai/x'), api, false)).toBe(false);
    expect(mayCarryCredentials(new URL('https://s3.amazonaws.com/x'), api, false)).toBe(false);
    expect(mayCarryCredentials(new URL('https://api.devin.ai/x'), api, true)).toBe(false);
  });

  it('knows redirect statuses and hides presigned query strings', () => {
    expect([301, 302, 303, 307, 308].every(isRedirectStatus)).toBe(true);
    expect([200, 300, 304, 305].some(isRedirectStatus)).toBe(false);
    expect(redactUrl('https://b.s3.example/k/a.pdf?X-Amz-Signature=secret')).toBe('https://b.s3.example/k/a.pdf?…');
  });
});
