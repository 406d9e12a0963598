import { describe, expect, it } from 'vitest';
import { downloadClientFor, parsePacResult, routeFromPac } from './pac-result';

describe('parsePacResult', () => {
  it.each([
    ['DIRECT', [{ kind: 'direct' }]],
    ['', []],
    ['PROXY proxy.corp:8080; DIRECT', [{ kind: 'proxy', scheme: 'http', host: 'proxy.corp', port: 8080 }, { kind: 'direct' }]],
    ['PROXY Proxy.Corp', [{ kind: 'proxy', scheme: 'http', host: 'proxy.corp', port: 80 }]],
    ['HTTPS secure.corp:8443', [{ kind: 'proxy', scheme: 'https', host: 'secure.corp', port: 8443 }]],
    ['HTTPS secure.corp', [{ kind: 'proxy', scheme: 'https', host: 'secure.corp', port: 443 }]],
    ['SOCKS5 s:1081;SOCKS s4', [{ kind: 'proxy', scheme: 'socks5', host: 's', port: 1081 }, { kind: 'proxy', scheme: 'socks4', host: 's4', port: 1080 }]],
    ['PROXY [fd00::1]:3128', [{ kind: 'proxy', scheme: 'http', host: 'fd00::1', port: 3128 }]],
    ['  proxy   a:1 ;  direct ', [{ kind: 'proxy', scheme: 'http', host: 'a', port: 1 }, { kind: 'direct' }]],
    // Malformed pieces are skipped, the rest still counts.
    ['QUIC q:443; PROXY a:99999; PROXY; PROXY a b; DIRECT', [{ kind: 'direct' }]],
  ])('%j', (answer, expected) => {
    expect(parsePacResult(answer)).toEqual(expected);
  });
});

describe('routeFromPac / downloadClientFor', () => {
  it.each([
    ['DIRECT', 'direct', 'fast'],
    ['DIRECT; PROXY a:1', 'direct', 'fast'],
    ['', 'direct', 'fast'],
    ['PROXY proxy.corp:8080; DIRECT', 'proxy.corp:8080', 'proxied'],
    ['HTTPS s.corp:443', 'https://s.corp:443', 'proxied'],
    ['SOCKS5 s:1080', 'socks5://s:1080', 'proxied'],
  ])('%j → %s via the %s client', (answer, shown, client) => {
    const route = routeFromPac(answer);
    expect(route.kind === 'proxy' ? route.display : route.kind).toBe(shown);
    expect(route.source).toBe('system');
    expect(downloadClientFor(route)).toBe(client);
  });
});
