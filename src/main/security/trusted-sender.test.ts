import { describe, expect, it } from 'vitest';
import { isTrustedSenderUrl } from './trusted-sender';

const trusted = ['file:///opt/Devin%20Tray/resources/app/out/renderer/index.html', 'http://127.0.0.1:5173/'];

describe('isTrustedSenderUrl', () => {
  it.each([
    'file:///opt/Devin%20Tray/resources/app/out/renderer/index.html',
    'file:///opt/Devin%20Tray/resources/app/out/renderer/index.html#/sessions',
    'file:///opt/Devin%20Tray/resources/app/out/renderer/index.html?x=1',
    'http://127.0.0.1:5173/',
    'http://127.0.0.1:5173/src/main.tsx',
  ])('trusts %s', (url) => {
    expect(isTrustedSenderUrl(url, trusted)).toBe(true);
  });

  it.each([
    'file:///opt/Devin%20Tray/resources/app/out/renderer/other.html',
    'file:///etc/passwd',
    'file:///opt/Devin%20Tray/resources/app/out/renderer/index.html.evil',
    'http://127.0.0.1:5174/',
    'http://localhost:5173/',
    'https://127.0.0.1:5173/',
    'http://user@127.0.0.1:5173/',
    'https://evil.com/',
    'about:blank',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isTrustedSenderUrl(url, trusted)).toBe(false);
  });

  it('refuses everything when nothing is trusted', () => {
    expect(isTrustedSenderUrl('http://127.0.0.1:5173/', [])).toBe(false);
  });
});
