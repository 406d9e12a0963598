import { describe, expect, it } from 'vitest';
import { createExternalUrlPolicy, isAllowedExternalUrl } from './external-url';

const allow = {
  allowedOrigins: ['https://app.devin.ai', 'https://api.devin.ai/'],
  allowedUrls: ['https://github.com/acme/repo/pull/7'],
};

describe('isAllowedExternalUrl', () => {
  it.each([
    ['the Devin app', 'https://app.devin.ai/sessions/abc'],
    ['the Devin app root', 'https://app.devin.ai'],
    ['an explicit default port', 'https://app.devin.ai:443/sessions/abc'],
    ['the API host', 'https://api.devin.ai/v3/self'],
    ['upper-case host', 'https://APP.DEVIN.AI/x'],
    ['a registered PR URL', 'https://github.com/acme/repo/pull/7'],
  ])('allows %s', (_label, url) => {
    expect(isAllowedExternalUrl(url, allow)).toBe(true);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['plain http to the app', 'http://app.devin.ai/sessions/abc'],
    ['userinfo trick', 'https://app.devin.ai@evil.com/'],
    ['userinfo with password', 'https://user:pw@app.devin.ai/'],
    ['subdomain of attacker', 'https://app.devin.ai.evil.com/'],
    ['trailing-dot host', 'https://app.devin.ai./sessions'],
    ['IDN lookalike (Cyrillic а)', 'https://\u0430pp.devin.ai/'],
    ['punycode lookalike', 'https://xn--pp-7ka.devin.ai/'],
    ['another port', 'https://app.devin.ai:8443/'],
    ['parent domain', 'https://devin.ai/'],
    ['another PR on the same host', 'https://github.com/acme/repo/pull/8'],
    ['the PR URL with a query added', 'https://github.com/acme/repo/pull/7?x=1'],
    ['github.com in general', 'https://github.com/'],
    ['embedded newline', 'https://app.devin.ai/\n@evil.com'],
    ['leading space', ' https://app.devin.ai/'],
    ['protocol-relative', '//app.devin.ai/'],
    ['not a URL', 'app.devin.ai'],
    ['empty', ''],
    ['backslash host trick', 'https:\\\\evil.com\\app.devin.ai'],
  ])('refuses %s', (_label, url) => {
    expect(isAllowedExternalUrl(url, allow)).toBe(false);
  });

  it('ignores allowlist entries that are not https origins', () => {
    expect(isAllowedExternalUrl('https://evil.com/', { allowedOrigins: ['http://evil.com', 'nonsense'], allowedUrls: [] })).toBe(false);
  });
});

describe('createExternalUrlPolicy', () => {
  it('refuses with URL_NOT_ALLOWED until the exact URL is registered, and follows changing origins', () => {
    let origins = ['https://app.devin.ai'];
    const policy = createExternalUrlPolicy(() => origins);
    const pr = 'https://github.com/acme/repo/pull/9';

    expect(() => policy.assertAllowed(pr)).toThrow(expect.objectContaining({ code: 'URL_NOT_ALLOWED' }));
    policy.allowExternalUrl(pr);
    expect(() => policy.assertAllowed(pr)).not.toThrow();

    policy.allowExternalUrl('http://github.com/acme/repo/pull/10');
    expect(() => policy.assertAllowed('http://github.com/acme/repo/pull/10')).toThrow();

    origins = ['https://devin.example.com'];
    expect(() => policy.assertAllowed('https://app.devin.ai/x')).toThrow();
    expect(() => policy.assertAllowed('https://devin.example.com/x')).not.toThrow();
  });
});
