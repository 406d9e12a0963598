/**
 * The renderer's Content-Security-Policy, sent as a response header by main (the page's own
 * <meta> says the same; a header also covers what a meta tag cannot, like frame-ancestors).
 * The renderer makes no network calls: everything goes through IPC, hence connect-src 'none'.
 */
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The dev server needs its HMR websocket and module fetches; only in `npm run dev`. */
export function devRendererCsp(devUrl: string): string {
  const u = new URL(devUrl);
  const ws = `${u.protocol === 'https:' ? 'wss' : 'ws'}://${u.host}`;
  return RENDERER_CSP.replace("connect-src 'none'", `connect-src 'self' ${ws}`).replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");
}

/** Response headers with our CSP replacing any the response had (header names compare case-insensitively). */
export function withCspHeader(headers: Record<string, string | string[]> | undefined, csp: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    out[name] = Array.isArray(value) ? value : [value];
  }
  out['Content-Security-Policy'] = [csp];
  out['X-Content-Type-Options'] = ['nosniff'];
  return out;
}

/** Parses a CSP string into directive → sources (lowercased names), for checks and tests. */
export function parseCsp(csp: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

/**
 * Which file a `file:` request of the renderer may read (pure): only files under the renderer's
 * own folder. Everything else (another file on disk, a path escaping with `..`, a host) is
 * refused, so even a compromised page cannot read the disk through `file:` URLs.
 */
export function rendererFileAllowed(requestUrl: string, rendererDirUrl: string): boolean {
  let u: URL;
  let base: URL;
  try {
    u = new URL(requestUrl);
    base = new URL(rendererDirUrl.endsWith('/') ? rendererDirUrl : `${rendererDirUrl}/`);
  } catch {
    return false;
  }
  if (u.protocol !== 'file:' || base.protocol !== 'file:') return false;
  if (u.host !== base.host) return false;
  // The URL parser already resolved `..`; an encoded one (%2e%2e) stays literal and is refused too.
  if (/%2e|%2f|%5c/i.test(u.pathname)) return false;
  return u.pathname.startsWith(base.pathname);
}
