import { AppError } from '../../shared/errors';

/**
 * Hosts pull requests commonly live on: a PR link the API returned opens there without asking.
 * A PR on any other host (a self-hosted GitLab, GitHub Enterprise…) asks first.
 */
export const KNOWN_PR_HOSTS: readonly string[] = ['github.com', 'gitlab.com', 'bitbucket.org', 'dev.azure.com'];

export interface ExternalUrlAllowlist {
  /** Origins any https link may point into (the Devin app host, the confirmed API host). */
  allowedOrigins: readonly string[];
  /** Exact URLs registered at run time (pull request URLs the API returned). */
  allowedUrls: ReadonlySet<string> | readonly string[];
  /** Hosts a registered URL opens on without asking (KNOWN_PR_HOSTS and hosts the user approved). */
  trustedHosts?: ReadonlySet<string> | readonly string[];
}

/** What to do with a link: open it, ask the user first (a PR on an unknown host), or refuse it. */
export type ExternalUrlDecision = { action: 'open' } | { action: 'ask'; host: string } | { action: 'refuse' };

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
 * origin is in the allowlist (open) or the exact URL was registered (open on a trusted host, ask on
 * any other). Origins compare after WHATWG parsing, so `https://app.devin.ai@evil.com` (userinfo),
 * `https://app.devin.ai.` (trailing dot), punycode lookalikes and other ports all fail to match.
 */
export function decideExternalUrl(url: string, allow: ExternalUrlAllowlist): ExternalUrlDecision {
  const refuse = { action: 'refuse' } as const;
  // Control characters and whitespace are silently stripped by the URL parser; refuse them instead.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f]/.test(url)) return refuse;
  const u = parse(url);
  if (!u || u.protocol !== 'https:' || u.username || u.password) return refuse;
  if (u.hostname.endsWith('.')) return refuse;
  const origins = new Set(allow.allowedOrigins.map(httpsOrigin).filter((o): o is string => o !== null));
  if (origins.has(u.origin)) return { action: 'open' };
  for (const allowed of allow.allowedUrls) {
    const a = parse(allowed);
    if (!a || a.protocol !== 'https:' || a.href !== u.href) continue;
    const trusted = new Set(allow.trustedHosts ?? KNOWN_PR_HOSTS);
    return trusted.has(u.host) ? { action: 'open' } : { action: 'ask', host: u.host };
  }
  return refuse;
}

/** True when the link opens without asking (see {@link decideExternalUrl}). */
export function isAllowedExternalUrl(url: string, allow: ExternalUrlAllowlist): boolean {
  return decideExternalUrl(url, allow).action === 'open';
}

export interface ExternalUrlPolicy {
  decide(url: string): ExternalUrlDecision;
  /** Throws AppError URL_NOT_ALLOWED when the URL is refused outright (a link that asks first passes). */
  assertAllowed(url: string): void;
  /** Registers one exact https URL (e.g. a PR link from the API) as openable for this run. */
  allowExternalUrl(url: string): void;
  /** The user agreed to open a registered link on this host: later ones there open without asking (this run). */
  trustHost(host: string): void;
}

/** The run-time side of the policy: current origins come from the account, exact URLs and approved hosts accumulate. */
export function createExternalUrlPolicy(getAllowedOrigins: () => readonly string[]): ExternalUrlPolicy {
  const urls = new Set<string>();
  const trustedHosts = new Set<string>(KNOWN_PR_HOSTS);
  const decide = (url: string) => decideExternalUrl(url, { allowedOrigins: getAllowedOrigins(), allowedUrls: urls, trustedHosts });
  return {
    decide,
    assertAllowed(url) {
      if (decide(url).action === 'refuse') throw urlNotAllowed(url);
    },
    allowExternalUrl(url) {
      const u = parse(url);
      // Only well-formed https URLs without credentials are worth remembering.
      if (u && u.protocol === 'https:' && !u.username && !u.password) urls.add(u.href);
    },
    trustHost(host) {
      trustedHosts.add(host);
    },
  };
}

export function urlNotAllowed(url: string): AppError {
  return new AppError('URL_NOT_ALLOWED', `Refused to open ${describeUrl(url)}`, { url: describeUrl(url) });
}

/** What an error or a dialog may show of a URL: its scheme and host, never a long or odd payload. */
export function describeUrl(url: string): string {
  const u = parse(url);
  return u ? `${u.protocol}//${u.host}` : url.slice(0, 60);
}
