import { describe, expect, it } from 'vitest';
import { devRendererCsp, parseCsp, RENDERER_CSP, rendererFileAllowed, withCspHeader } from './csp-model';

describe('withCspHeader', () => {
  it('replaces any CSP the response had, case-insensitively, and keeps other headers', () => {
    const out = withCspHeader({ 'content-security-policy': ["default-src *"], 'Content-Type': 'text/html' }, RENDERER_CSP);
    expect(out).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [RENDERER_CSP], 'X-Content-Type-Options': ['nosniff'] });
  });
  it('works without headers', () => {
    expect(withCspHeader(undefined, 'x')['Content-Security-Policy']).toEqual(['x']);
  });
});

describe('devRendererCsp', () => {
  it('opens only the dev server origin and its websocket', () => {
    const csp = parseCsp(devRendererCsp('http://localhost:5173/'));
    expect(csp.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
    expect(csp.get('object-src')).toEqual(["'none'"]);
  });
});

describe('rendererFileAllowed', () => {
  const dir = 'file:///app/resources/app.asar/out/renderer/';
  it.each([
    ['file:///app/resources/app.asar/out/renderer/index.html', true],
    ['file:///app/resources/app.asar/out/renderer/assets/index-abc.js', true],
    ['file:///app/resources/app.asar/out/renderer/../main/index.js', false],
    ['file:///app/resources/app.asar/out/renderer/%2e%2e/main/index.js', false],
    ['file:///app/resources/app.asar/out/renderer/..%2fmain/index.js', false],
    ['file:///etc/passwd', false],
    ['file:///app/resources/app.asar/out/renderer-evil/x.js', false],
    ['file://evil-host/app/resources/app.asar/out/renderer/index.html', false],
    ['https://app.devin.ai/', false],
    ['not a url', false],
  ])('%s → %s', (url, ok) => {
    expect(rendererFileAllowed(url, dir)).toBe(ok);
  });
});
