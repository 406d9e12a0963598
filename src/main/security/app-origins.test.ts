import { describe, expect, it } from 'vitest';
import { appBaseUrlFor, appOriginsFor, isKnownDevinApiOrigin } from './app-origins';

describe('app origins derived from the API origin', () => {
  it.each([
    ['https://api.devin.ai', false, ['https://app.devin.ai']],
    ['https://api.acme.devinenterprise.com', false, ['https://acme.devinenterprise.com', 'https://api.acme.devinenterprise.com']],
    ['http://127.0.0.1:8787', false, ['https://app.devin.ai']],
    ['http://localhost:8787', true, ['https://app.devin.ai']],
    ['https://devin.acme.example', false, []],
    ['https://devin.acme.example', true, ['https://devin.acme.example']],
    ['https://api.devin.ai:8443', false, []],
    ['https://api.acme.devinenterprise.com.evil.example', false, []],
    ['https://api.a.b.devinenterprise.com', false, []],
    ['http://devin.acme.example', true, []],
    ['not a url', true, []],
  ] as const)('%s (confirmed: %s) → %j', (api, confirmed, expected) => {
    expect(appOriginsFor(api, confirmed)).toEqual(expected);
  });

  it('names the web app for links, app.devin.ai when nothing better is known', () => {
    expect(appBaseUrlFor('https://api.acme.devinenterprise.com', false)).toBe('https://acme.devinenterprise.com');
    expect(appBaseUrlFor('https://devin.acme.example', false)).toBe('https://app.devin.ai');
    expect(appBaseUrlFor('https://devin.acme.example', true)).toBe('https://devin.acme.example');
  });

  it('knows Devin\'s own API hosts', () => {
    for (const o of ['https://api.devin.ai', 'https://api.acme.devinenterprise.com', 'http://127.0.0.1:1234', 'http://[::1]:80']) expect(isKnownDevinApiOrigin(o), o).toBe(true);
    for (const o of ['https://devin.acme.example', 'http://api.devin.ai', 'https://api.devin.ai.evil.example', 'https://user:pw@api.devin.ai']) expect(isKnownDevinApiOrigin(o), o).toBe(false);
  });
});
