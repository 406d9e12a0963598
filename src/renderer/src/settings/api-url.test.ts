import { describe, expect, it } from 'vitest';
import { checkApiBaseUrl } from './api-url';

describe('checkApiBaseUrl', () => {
  it.each([
    ['https://api.devin.ai', 'https://api.devin.ai'],
    ['  https://api.devin.ai/  ', 'https://api.devin.ai'],
    ['https://API.acme.devinenterprise.com:8443', 'https://api.acme.devinenterprise.com:8443'],
    ['http://localhost:8787', 'http://localhost:8787'],
    ['http://127.0.0.1:9000/', 'http://127.0.0.1:9000'],
    ['http://127.1.2.3', 'http://127.1.2.3'],
    ['http://[::1]:8080', 'http://[::1]:8080'],
  ])('accepts %s as %s', (input, origin) => {
    expect(checkApiBaseUrl(input)).toEqual({ ok: true, value: origin });
  });

  it.each([
    ['', 'invalid'],
    ['api.devin.ai', 'invalid'],
    ['ftp://api.devin.ai', 'invalid'],
    ['javascript:alert(1)', 'invalid'],
    ['http://api.devin.ai', 'insecure'],
    ['http://192.168.1.10:8080', 'insecure'],
    ['http://localhost.evil.com', 'insecure'],
    ['http://127.0.0.1.nip.io', 'insecure'],
    ['https://api.devin.ai/v3', 'path'],
    ['https://api.devin.ai/?x=1', 'path'],
    ['https://api.devin.ai/#top', 'path'],
    ['https://user:pw@api.devin.ai', 'credentials'],
  ])('refuses %j (%s)', (input, problem) => {
    expect(checkApiBaseUrl(input)).toEqual({ ok: false, problem });
  });
});
