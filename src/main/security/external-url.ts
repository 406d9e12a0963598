import { AppError } from '../../shared/errors';

export interface ExternalUrlAllowlist {
  /** Origins any https link may point into (the Devin app host, the API host). */
  allowedOrigins: readonly string[];
  /** Exact URLs registered at run time (pull request URLs the API returned). */
  allowedUrls: ReadonlySet<string> | readonly string[];
}

/** Parses strictly; null for anything that is not an absolute URL. */
function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The canonical origin of a configured value, or null when it is not a usable https origin. */
function httpsOrigin(value: string): string | null {
  const u = parse(value);
  return u && u.protocol === 'https:' && !u.username && !u.password ? u.origin : null;
}

/**
 * Pure policy for `shell.openExternal`: https only, no credentials in the URL, and either the
 * origin is in the allowlist or the exact URL was registered. Origins compare after WHATWG
 * parsing, so `https://app.devin.ai@evil.com` (userinfo), `https://app.devin.ai.` (trailing dot),
 * punycode lookalikes and other ports all fail to match.
 */
export function isAllowedExternalUrl(url: string, allow: ExternalUrlAllowlist): boolean {
  // Control characters and whitespace are silently stripped by the URL parser; refuse them instead.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f]/.test(url)) return false;
  const u = parse(url);
  if (!u || u.protocol !== 'https:' || u.username || u.password) return false;
  if (u.hostname.endsWith('.')) return false;
  const origins = new Set(allow.allowedOrigins.map(httpsOrigin).filter((o): o is string => o !== null));
  if (origins.has(u.origin)) return true;
  for (const allowed of allow.allowedUrls) {
    const a = parse(allowed);
    if (a && a.protocol === 'https:' && a.href === u.href) return true;
  }
  return false;
}

export interface ExternalUrlPolicy {
  /** Throws AppError URL_NOT_ALLOWED unless the URL may be opened. */
  assertAllowed(url: string): void;
  /** Registers one exact https URL (e.g. a PR link from the API) as openable for this run. */
  allowExternalUrl(url: string): void;
}

/** The run-time side of the policy: current origins come from settings, exact URLs accumulate. */
export function createExternalUrlPolicy(getAllowedOrigins: () => readonly string[]): ExternalUrlPolicy {
  const urls = new Set<string>();
  return {
    assertAllowed(url) {
      if (!isAllowedExternalUrl(url, { allowedOrigins: getAllowedOrigins(), allowedUrls: urls })) {
        throw new AppError('URL_NOT_ALLOWED', `Refused to open ${describe(url)}`, { url: describe(url) });
      }
    },
    allowExternalUrl(url) {
      const u = parse(url);
      // Only well-formed https URLs without credentials are worth remembering.
      if (u && u.protocol === 'https:' && !u.username && !u.password) urls.add(u.href);
    },
  };
}

/** What the error may show of a refused URL: its scheme and host, never a long or odd payload. */
function describe(url: string): string {
  const u = parse(url);
  return u ? `${u.protocol}//${u.host}` : url.slice(0, 60);
}
