import { describe, expect, it } from 'vitest';
import { envProxyFor, isLoopbackHost, parseProxyUrl, readProxyEnv } from './env-proxy';

const route = (url: string, env: NodeJS.ProcessEnv) => envProxyFor(new URL(url), readProxyEnv(env)).route;
const via = (url: string, env: NodeJS.ProcessEnv) => {
  const r = route(url, env);
  return r.kind === 'proxy' ? `${r.envVar} ${r.display}` : `direct (${r.source})`;
};

describe('readProxyEnv / envProxyFor', () => {
  it.each([
    // [case, url, env, expected]
    ['nothing set', 'https://api.devin.ai', {}, 'direct (none)'],
    ['HTTPS_PROXY for https', 'https://api.devin.ai', { HTTPS_PROXY: 'http://p:3128' }, 'HTTPS_PROXY p:3128'],
    ['lower case https_proxy', 'https://api.devin.ai', { https_proxy: 'http://p:3128' }, 'https_proxy p:3128'],
    ['lower case wins', 'https://api.devin.ai', { https_proxy: 'http://low:1', HTTPS_PROXY: 'http://up:2' }, 'https_proxy low:1'],
    ['an empty lower-case value does not hide the upper case', 'https://api.devin.ai', { https_proxy: '', HTTPS_PROXY: 'http://up:2' }, 'HTTPS_PROXY up:2'],
    ['HTTP_PROXY for http', 'http://api.corp', { HTTP_PROXY: 'http://p:8080' }, 'HTTP_PROXY p:8080'],
    ['HTTPS_PROXY does not serve http', 'http://api.corp', { HTTPS_PROXY: 'http://p:8080' }, 'direct (none)'],
    ['https falls back to HTTP_PROXY (as undici does)', 'https://api.devin.ai', { HTTP_PROXY: 'http://p:8080' }, 'HTTP_PROXY p:8080'],
    ['no scheme means http', 'https://x.dev', { HTTPS_PROXY: 'proxy.corp:8080' }, 'HTTPS_PROXY proxy.corp:8080'],
    ['default port of an http proxy', 'https://x.dev', { HTTPS_PROXY: 'http://proxy.corp' }, 'HTTPS_PROXY proxy.corp:80'],
    ['an https proxy keeps its scheme', 'https://x.dev', { HTTPS_PROXY: 'https://proxy.corp' }, 'HTTPS_PROXY https://proxy.corp:443'],
    ['IPv6 proxy', 'https://x.dev', { HTTPS_PROXY: 'http://[fd00::1]:3128' }, 'HTTPS_PROXY [fd00::1]:3128'],
    ['NO_PROXY exact host', 'https://api.devin.ai', { HTTPS_PROXY: 'p:1', NO_PROXY: 'api.devin.ai' }, 'direct (noProxy)'],
    ['NO_PROXY domain covers subdomains', 'https://api.devin.ai', { HTTPS_PROXY: 'p:1', NO_PROXY: 'devin.ai' }, 'direct (noProxy)'],
    ['NO_PROXY leading dot', 'https://api.devin.ai', { HTTPS_PROXY: 'p:1', no_proxy: '.devin.ai' }, 'direct (noProxy)'],
    ['NO_PROXY *.domain', 'https://api.devin.ai', { HTTPS_PROXY: 'p:1', NO_PROXY: '*.devin.ai' }, 'direct (noProxy)'],
    ['NO_PROXY is not a suffix match on labels', 'https://notdevin.ai', { HTTPS_PROXY: 'p:1', NO_PROXY: 'devin.ai' }, 'HTTPS_PROXY p:1'],
    ['NO_PROXY with the right port', 'https://api.devin.ai', { HTTPS_PROXY: 'p:1', NO_PROXY: 'api.devin.ai:443' }, 'direct (noProxy)'],
    ['NO_PROXY with another port', 'https://api.devin.ai', { HTTPS_PROXY: 'p:1', NO_PROXY: 'api.devin.ai:8443' }, 'HTTPS_PROXY p:1'],
    ['NO_PROXY list with spaces', 'https://b.corp', { HTTPS_PROXY: 'p:1', NO_PROXY: 'a.corp, b.corp' }, 'direct (noProxy)'],
    ['NO_PROXY *', 'https://api.devin.ai', { HTTPS_PROXY: 'p:1', NO_PROXY: '*' }, 'direct (noProxy)'],
    ['NO_PROXY is case-insensitive', 'https://API.Devin.AI', { HTTPS_PROXY: 'p:1', NO_PROXY: 'devin.AI' }, 'direct (noProxy)'],
    ['NO_PROXY CIDR', 'https://10.1.2.3', { HTTPS_PROXY: 'p:1', NO_PROXY: '10.0.0.0/8' }, 'direct (noProxy)'],
    ['NO_PROXY CIDR miss', 'https://11.1.2.3', { HTTPS_PROXY: 'p:1', NO_PROXY: '10.0.0.0/8' }, 'HTTPS_PROXY p:1'],
    ['NO_PROXY IPv6 literal', 'https://[fd00::5]', { HTTPS_PROXY: 'p:1', NO_PROXY: '[fd00::5]' }, 'direct (noProxy)'],
    ['NO_PROXY lower case wins', 'https://a.corp', { HTTPS_PROXY: 'p:1', no_proxy: 'b.corp', NO_PROXY: 'a.corp' }, 'HTTPS_PROXY p:1'],
    ['loopback 127.0.0.1 is direct', 'http://127.0.0.1:8080', { HTTP_PROXY: 'p:1' }, 'direct (loopback)'],
    ['loopback 127.9.9.9 is direct', 'http://127.9.9.9', { HTTP_PROXY: 'p:1' }, 'direct (loopback)'],
    ['localhost is direct', 'https://localhost:3000', { HTTPS_PROXY: 'p:1' }, 'direct (loopback)'],
    ['[::1] is direct', 'http://[::1]:3000', { HTTP_PROXY: 'p:1' }, 'direct (loopback)'],
  ])('%s', (_name, url, env, expected) => {
    expect(via(url, env)).toBe(expected);
  });

  it('keeps credentials for the connection but never in what may be shown', () => {
    const config = readProxyEnv({ HTTPS_PROXY: 'http://alice:s3cr%40t@proxy.corp:3128' });
    const choice = envProxyFor(new URL('https://api.devin.ai'), config);
    expect(choice.proxy?.url).toBe('http://alice:s3cr%40t@proxy.corp:3128/');
    expect(choice.route).toMatchObject({ kind: 'proxy', hasCredentials: true, display: 'proxy.corp:3128' });
    expect(JSON.stringify(choice.route)).not.toMatch(/alice|s3cr/);
  });

  it('refuses an unusable proxy variable without echoing its value', () => {
    expect(() => readProxyEnv({ HTTPS_PROXY: 'ftp://user:pw@p:21' })).toThrow(/HTTPS_PROXY.*unsupported scheme ftp/);
    // The reason travels as data, so it can be said in the reader's language.
    expect(() => readProxyEnv({ https_proxy: 'ftp://user:pw@p:21' })).toThrow(
      expect.objectContaining({ details: { envVar: 'https_proxy', connection: { stage: 'proxy', code: 'PROXY_ENV_INVALID', envVar: 'https_proxy', reason: 'scheme', scheme: 'ftp' } } }),
    );
    try {
      parseProxyUrl('HTTP_PROXY', 'http://user:hunter2@[bad');
      expect.unreachable();
    } catch (err) {
      expect(err).toMatchObject({ code: 'PROXY_ENV_INVALID', details: { connection: { reason: 'notUrl', envVar: 'HTTP_PROXY' } } });
      expect(String((err as Error).message)).not.toContain('hunter2');
    }
  });

  it('knows loopback hosts', () => {
    expect(['localhost', 'a.localhost', '127.0.0.1', '[::1]', '::ffff:127.0.0.1'].every(isLoopbackHost)).toBe(true);
    expect(['localhost.evil.com', '128.0.0.1', '127.example.com', '::2'].some(isLoopbackHost)).toBe(false);
  });
});
