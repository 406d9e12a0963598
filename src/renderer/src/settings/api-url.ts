/** Why an API base URL was refused; each reason has a `ui.settings.apiUrl.<reason>` message. */
export type ApiUrlProblem = 'invalid' | 'insecure' | 'path' | 'credentials';

export type ApiUrlCheck = { ok: true; value: string } | { ok: false; problem: ApiUrlProblem };

/**
 * Accepts https origins, and http only for this machine (the key would otherwise cross the
 * network in clear text). Returns the normalized origin, e.g. "https://api.devin.ai".
 */
export function checkApiBaseUrl(input: string): ApiUrlCheck {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'invalid' };
  if (!url.hostname) return { ok: false, problem: 'invalid' };
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) return { ok: false, problem: 'insecure' };
  if (url.username || url.password) return { ok: false, problem: 'credentials' };
  if (url.pathname.replace(/\/+$/, '') !== '' || url.search || url.hash) return { ok: false, problem: 'path' };
  return { ok: true, value: url.origin };
}

/** What the Connection section says about the URL in use, when it is not simply the saved one. */
export type ApiUrlNote = { kind: 'pending'; url: string } | { kind: 'env'; url: string };

/**
 * Pure: the note under the API URL. `env` when DEVIN_API_URL decides the host whatever is saved;
 * `pending` when the signed-in account still talks to another origin than the saved one (a saved
 * URL applies at the next sign-in or app start); null when they agree, when signed out, or in the demo.
 */
export function apiUrlNote(savedUrl: string, account: { signedIn: boolean; demo: boolean; apiBaseUrl: string; apiBaseUrlFromEnv: boolean }): ApiUrlNote | null {
  if (account.demo) return null;
  const active = checkApiBaseUrl(account.apiBaseUrl);
  const activeOrigin = active.ok ? active.value : account.apiBaseUrl;
  if (account.apiBaseUrlFromEnv) return { kind: 'env', url: activeOrigin };
  if (!account.signedIn) return null;
  const saved = checkApiBaseUrl(savedUrl);
  return saved.ok && saved.value === activeOrigin ? null : { kind: 'pending', url: activeOrigin };
}

/** localhost, 127.0.0.0/8 and ::1 (URL keeps IPv6 hosts in brackets). */
export function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
