import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../../shared/intl/plural-message';
import { networkMessages } from '../../shared/i18n/messages/network';
import { uiNetworkMessages } from '../../shared/i18n/messages/ui-network';
import { describeError } from '../api/describe-error';
import { errorFromTransport } from '../api/error-mapping';
import { readProxyEnv } from './env-proxy';
import { tagErrorRoute } from './error-route';
import { plaintextKeyRefusal } from './plaintext-key-guard';

// Parameters as the i18n layer reads them (plural blocks included).
const placeholders = placeholdersOf;
const coded = (code: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(code), { code, ...extra });
const transport = (error: unknown) =>
  errorFromTransport({ method: 'GET', path: '/v3/self', host: 'api.devin.ai', error, timedOut: false, cancelled: false, timeoutMs: 30_000 });

describe('network messages', () => {
  it.each([
    ['network', networkMessages],
    ['ui-network', uiNetworkMessages],
  ] as const)('%s: every key in both locales with the same placeholders, zh-CN with full-width punctuation', (_name, catalog) => {
    const en = catalog.en as Record<string, string>;
    const zh = catalog['zh-CN'] as Record<string, string>;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(placeholders(zh[key]!), key).toEqual(placeholders(en[key]!));
      // Outside URLs and placeholders, no ASCII ( ) , ; ? ! in Chinese text.
      const text = zh[key]!.replace(/https?:\/\/\S+?(?=[）\s]|$)/g, '').replace(/\{\w+\}/g, '');
      expect(text, key).not.toMatch(/[(),;:?!]/);
    }
  });
});

describe('errors of the network layer itself, in the reader’s language', () => {
  it.each([
    ['en', 'HTTPS_PROXY cannot be used as a proxy URL: the scheme ftp is not supported (use http, https or socks5). Fix or unset it'],
    ['zh-CN', 'HTTPS_PROXY 不能用作代理 URL：不支持 ftp 协议（请使用 http、https 或 socks5）。请修正或取消设置它'],
  ] as const)('an unusable proxy variable (%s)', (locale, text) => {
    let err: unknown;
    try {
      readProxyEnv({ HTTPS_PROXY: 'ftp://user:hunter2@p:21' });
    } catch (e) {
      err = e;
    }
    expect(describeError(err, locale)).toContain(text);
    expect(describeError(err, locale)).not.toContain('hunter2');
  });

  it.each([
    ['en', 'Not sending the API key to http://intranet.corp through the proxy proxy.corp:3128: the proxy could read it.'],
    ['zh-CN', '不会通过代理 proxy.corp:3128 把 API 密钥发送到 http://intranet.corp：代理能读到它。'],
  ] as const)('the key refused in clear text through a proxy (%s)', (locale, text) => {
    const route = { kind: 'proxy', source: 'system', proxy: { scheme: 'http', host: 'proxy.corp', port: 3128 }, display: 'proxy.corp:3128' } as const;
    expect(describeError(plaintextKeyRefusal(new URL('http://intranet.corp/v3/self'), true, route), locale)).toContain(text);
  });
});

describe('API errors name the stage that failed', () => {
  it.each([
    [new TypeError('fetch failed', { cause: coded('ENOTFOUND', { hostname: 'api.devin.ai' }) }), 'en', 'The name api.devin.ai does not resolve (ENOTFOUND).'],
    [new TypeError('fetch failed', { cause: coded('SELF_SIGNED_CERT_IN_CHAIN') }), 'en', 'The certificate presented for api.devin.ai is not trusted (SELF_SIGNED_CERT_IN_CHAIN).'],
    [new TypeError('fetch failed', { cause: coded('SELF_SIGNED_CERT_IN_CHAIN') }), 'zh-CN', 'api.devin.ai 出示的证书不受信任（SELF_SIGNED_CERT_IN_CHAIN）。'],
    [new Error('net::ERR_CERT_DATE_INVALID'), 'en', 'The certificate presented for api.devin.ai has expired or is not valid yet'],
    [
      tagErrorRoute(new TypeError('fetch failed', { cause: coded('UND_ERR_ABORTED', { message: 'Proxy response (407) !== 200 when HTTP Tunneling' }) }), {
        kind: 'proxy',
        source: 'env',
        proxy: { scheme: 'http', host: 'proxy.corp', port: 3128 },
        display: 'proxy.corp:3128',
      }),
      'en',
      'The proxy proxy.corp:3128 asks for credentials (407).',
    ],
    // A plain refused connection keeps the general message.
    [new TypeError('fetch failed', { cause: coded('ECONNREFUSED') }), 'en', 'Cannot reach Devin at api.devin.ai.'],
  ] as const)('%s (%s)', (error, locale, text) => {
    const apiError = transport(error);
    expect(apiError.code).toBe('NETWORK');
    expect(describeError(apiError, locale)).toContain(text);
  });

  it('a refused name, tunnel or certificate means the request was never sent', () => {
    expect(transport(new TypeError('fetch failed', { cause: coded('UNABLE_TO_GET_ISSUER_CERT_LOCALLY') })).details.sent).toBe(false);
    expect(transport(new Error('net::ERR_TUNNEL_CONNECTION_FAILED')).details.sent).toBe(false);
    expect(transport(new TypeError('fetch failed', { cause: coded('ECONNRESET') })).details.sent).toBe(true);
  });
});
