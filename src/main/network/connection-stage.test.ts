import { describe, expect, it } from 'vitest';
import { classifyConnectionError, classifyResponseStatus } from './connection-stage';
import type { ProxyRoute } from './proxy-route';

const coded = (code: string, message = code) => Object.assign(new Error(message), { code });
/** What undici's fetch throws: a TypeError whose cause is the real error. */
const fetchFailed = (cause: unknown) => new TypeError('fetch failed', { cause });
const proxied: ProxyRoute = { kind: 'proxy', source: 'env', proxy: { scheme: 'http', host: 'p', port: 3128 }, display: 'p:3128' };
const direct: ProxyRoute = { kind: 'direct', source: 'none' };

describe('classifyConnectionError', () => {
  it.each([
    // Node / undici, direct
    ['DNS', fetchFailed(coded('ENOTFOUND', 'getaddrinfo ENOTFOUND devin.invalid')), direct, { stage: 'dns', code: 'ENOTFOUND' }],
    ['DNS names the host', fetchFailed(Object.assign(coded('ENOTFOUND'), { hostname: 'devin.invalid' })), direct, { stage: 'dns', code: 'ENOTFOUND', host: 'devin.invalid' }],
    ['DNS try again', fetchFailed(coded('EAI_AGAIN')), direct, { stage: 'dns', code: 'EAI_AGAIN' }],
    ['refused', fetchFailed(coded('ECONNREFUSED')), direct, { stage: 'connect', code: 'ECONNREFUSED' }],
    ['happy eyeballs', fetchFailed(new AggregateError([coded('ECONNREFUSED'), coded('ECONNREFUSED')], 'x')), direct, { stage: 'connect', code: 'ECONNREFUSED' }],
    ['reset', fetchFailed(coded('ECONNRESET')), direct, { stage: 'connect', code: 'ECONNRESET' }],
    ['connect timeout', fetchFailed(coded('UND_ERR_CONNECT_TIMEOUT')), direct, { stage: 'timeout', code: 'UND_ERR_CONNECT_TIMEOUT' }],
    ['our own timeout', new DOMException('The operation was aborted due to timeout', 'TimeoutError'), direct, { stage: 'timeout', code: 'TIMEOUT' }],
    ['self-signed in chain', fetchFailed(coded('SELF_SIGNED_CERT_IN_CHAIN')), direct, { stage: 'tls', code: 'SELF_SIGNED_CERT_IN_CHAIN', tls: 'untrusted' }],
    ['unknown issuer', fetchFailed(coded('UNABLE_TO_VERIFY_LEAF_SIGNATURE')), direct, { stage: 'tls', code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', tls: 'untrusted' }],
    ['expired', fetchFailed(coded('CERT_HAS_EXPIRED')), direct, { stage: 'tls', code: 'CERT_HAS_EXPIRED', tls: 'expired' }],
    ['wrong name', fetchFailed(coded('ERR_TLS_CERT_ALTNAME_INVALID')), direct, { stage: 'tls', code: 'ERR_TLS_CERT_ALTNAME_INVALID', tls: 'nameMismatch' }],
    ['TLS alert', fetchFailed(coded('EPROTO', 'C0:error:0A000410:SSL routines::sslv3 alert handshake failure')), direct, { stage: 'tls', code: 'EPROTO', tls: 'other' }],
    ['unknown', new Error('weird'), direct, { stage: 'connect', code: 'NETWORK' }],
    // Node / undici, through a proxy
    ['proxy name does not resolve', fetchFailed(Object.assign(coded('ENOTFOUND'), { hostname: 'p' })), proxied, { stage: 'proxy', code: 'ENOTFOUND', host: 'p' }],
    ['proxy refuses', fetchFailed(coded('ECONNREFUSED')), proxied, { stage: 'proxy', code: 'ECONNREFUSED' }],
    ['proxy wants credentials', fetchFailed(coded('UND_ERR_ABORTED', 'Proxy response (407) !== 200 when HTTP Tunneling')), proxied, { stage: 'proxyAuth', code: 'PROXY_407', status: 407 }],
    ['proxy cannot reach the host', fetchFailed(coded('UND_ERR_ABORTED', 'Proxy response (502) !== 200 when HTTP Tunneling')), proxied, { stage: 'proxy', code: 'PROXY_502', status: 502 }],
    ['TLS to an https proxy', fetchFailed(coded('UND_ERR_PRX_TLS')), proxied, { stage: 'proxy', code: 'UND_ERR_PRX_TLS' }],
    ['certificate behind the proxy', fetchFailed(coded('SELF_SIGNED_CERT_IN_CHAIN')), proxied, { stage: 'tls', code: 'SELF_SIGNED_CERT_IN_CHAIN', tls: 'untrusted' }],
    ['clear-text key refused', Object.assign(new Error('refused'), { code: 'PROXY_PLAINTEXT_KEY' }), proxied, { stage: 'proxy', code: 'PROXY_PLAINTEXT_KEY' }],
    // Chromium (Electron net)
    ['net DNS', new Error('net::ERR_NAME_NOT_RESOLVED'), direct, { stage: 'dns', code: 'ERR_NAME_NOT_RESOLVED' }],
    ['net refused', new Error('net::ERR_CONNECTION_REFUSED'), direct, { stage: 'connect', code: 'ERR_CONNECTION_REFUSED' }],
    ['net untrusted', new Error('net::ERR_CERT_AUTHORITY_INVALID'), direct, { stage: 'tls', code: 'ERR_CERT_AUTHORITY_INVALID', tls: 'untrusted' }],
    ['net expired', new Error('net::ERR_CERT_DATE_INVALID'), direct, { stage: 'tls', code: 'ERR_CERT_DATE_INVALID', tls: 'expired' }],
    ['net wrong name', new Error('net::ERR_CERT_COMMON_NAME_INVALID'), direct, { stage: 'tls', code: 'ERR_CERT_COMMON_NAME_INVALID', tls: 'nameMismatch' }],
    ['net ssl protocol', new Error('net::ERR_SSL_PROTOCOL_ERROR'), direct, { stage: 'tls', code: 'ERR_SSL_PROTOCOL_ERROR', tls: 'other' }],
    ['net proxy down', new Error('net::ERR_PROXY_CONNECTION_FAILED'), proxied, { stage: 'proxy', code: 'ERR_PROXY_CONNECTION_FAILED' }],
    ['net tunnel refused', new Error('net::ERR_TUNNEL_CONNECTION_FAILED'), proxied, { stage: 'proxy', code: 'ERR_TUNNEL_CONNECTION_FAILED' }],
    ['net PAC failed', new Error('net::ERR_MANDATORY_PROXY_CONFIGURATION_FAILED'), direct, { stage: 'proxy', code: 'ERR_MANDATORY_PROXY_CONFIGURATION_FAILED' }],
    ['net proxy auth', new Error('net::ERR_PROXY_AUTH_UNSUPPORTED'), proxied, { stage: 'proxyAuth', code: 'ERR_PROXY_AUTH_UNSUPPORTED' }],
    ['net timeout', new Error('net::ERR_TIMED_OUT'), direct, { stage: 'timeout', code: 'ERR_TIMED_OUT' }],
    // A string (the `cause` an ApiError kept)
    ['cause string', 'net::ERR_NAME_NOT_RESOLVED', direct, { stage: 'dns', code: 'ERR_NAME_NOT_RESOLVED' }],
  ])('%s', (_name, err, route, expected) => {
    expect(classifyConnectionError(err, route)).toEqual(expected);
  });
});

describe('classifyResponseStatus', () => {
  it.each([
    [200, null],
    [204, null],
    [401, { stage: 'auth', code: 'HTTP_401', status: 401 }],
    [403, { stage: 'auth', code: 'HTTP_403', status: 403 }],
    [407, { stage: 'proxyAuth', code: 'HTTP_407', status: 407 }],
    [404, { stage: 'http', code: 'HTTP_404', status: 404 }],
    [302, { stage: 'http', code: 'HTTP_302', status: 302 }],
    [503, { stage: 'http', code: 'HTTP_503', status: 503 }],
  ])('%i', (status, expected) => {
    expect(classifyResponseStatus(status)).toEqual(expected);
  });
});
