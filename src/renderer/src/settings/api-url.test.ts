import { describe, expect, it } from 'vitest';
import { apiUrlNote, checkApiBaseUrl } from './api-url';

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

describe('apiUrlNote', () => {
  const account = { signedIn: true, demo: false, apiBaseUrl: 'https://api.devin.ai/', apiBaseUrlFromEnv: false };
  it('names the origin still in use when the saved URL differs', () => {
    expect(apiUrlNote('https://devin.acme.example', account)).toEqual({ kind: 'pending', url: 'https://api.devin.ai' });
  });
  it('is null when they agree (normalized), when signed out, and in the demo', () => {
    expect(apiUrlNote('https://API.devin.ai', account)).toBeNull();
    expect(apiUrlNote('https://devin.acme.example', { ...account, signedIn: false })).toBeNull();
    expect(apiUrlNote('https://devin.acme.example', { ...account, demo: true, apiBaseUrl: 'http://127.0.0.1:5000' })).toBeNull();
  });
  it('says DEVIN_API_URL decides, signed in or not', () => {
    const env = { ...account, apiBaseUrl: 'https://devin.corp.example', apiBaseUrlFromEnv: true };
    expect(apiUrlNote('https://api.devin.ai', env)).toEqual({ kind: 'env', url: 'https://devin.corp.example' });
    expect(apiUrlNote('https://api.devin.ai', { ...env, signedIn: false })).toEqual({ kind: 'env', url: 'https://devin.corp.example' });
  });
});
