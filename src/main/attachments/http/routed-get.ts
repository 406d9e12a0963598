import { tagErrorHost } from '../../network/error-route';
import type { HttpGet } from './http-get';

export type DownloadClient = 'fast' | 'proxied';

export interface RoutedHttpGetOptions {
  /** Which client serves this URL (per hop: a redirect to a CDN is routed again). */
  clientFor: (url: URL) => DownloadClient | Promise<DownloadClient>;
  /** The built-in client, for hosts reached directly. */
  fast: HttpGet;
  /** The runtime's proxy-aware fetch (Electron's Chromium stack, undici's ProxyAgent in the CLI). */
  proxied: HttpGet;
}

/**
 * Downloads through the fast client where the request goes straight to the host, and through
 * the proxy-aware stack otherwise. Both obey the same `HttpGet` contract (the next chunk is read
 * only after the previous one was written, no redirect following), so resume, back-pressure and
 * the credentials rules of `fetchFollowingRedirects` are the same on both paths.
 */
export function routedHttpGet(opts: RoutedHttpGetOptions): HttpGet {
  return async (url, init) => {
    try {
      const client = await opts.clientFor(url);
      return await (client === 'fast' ? opts.fast(url, init) : opts.proxied(url, init));
    } catch (err) {
      // Messages name the host that failed (a redirect may have led to a CDN).
      throw tagErrorHost(err, url.host);
    }
  };
}
