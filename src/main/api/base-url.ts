import { AppError } from '../../shared/errors';

const LOOPBACK_HOSTS = new Set(['localhost', '[::1]', '::1']);

/** True for localhost, 127.0.0.0/8 and ::1 (where plain http is acceptable). */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/**
 * Validates and normalises the API base URL (`https://api.devin.ai`, or an enterprise host):
 * https only (http only on loopback, for devin-sim), no credentials, query or fragment, trailing
 * slashes and a pasted `/v3` removed. Throws AppError INVALID_INPUT otherwise.
 */
export function normalizeBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new AppError('INVALID_INPUT', `Not a valid API URL: ${raw.slice(0, 200)}`, { detail: 'invalid URL' }, { detail: 'invalid API URL' });
  }
  const fail = (why: string): never => {
    throw new AppError('INVALID_INPUT', `Unusable API URL ${url.origin}: ${why}`, { detail: why }, { detail: why });
  };
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    fail('the API URL must use https (http is allowed only for localhost)');
  }
  if (url.username || url.password) fail('the API URL must not contain credentials');
  if (url.search || url.hash) fail('the API URL must not contain a query or fragment');
  const path = url.pathname.replace(/\/+$/, '').replace(/\/v3$/, '');
  return url.origin + path;
}
