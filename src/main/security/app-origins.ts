import { isLoopbackHost } from '../api/base-url';

/** Devin's public API host and its web app. */
export const DEVIN_API_ORIGIN = 'https://api.devin.ai';
export const DEVIN_APP_ORIGIN = 'https://app.devin.ai';

/** Dedicated enterprise deployments: `api.<name>.devinenterprise.com` (Devin's API overview). */
const ENTERPRISE_API = /^api\.([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\.devinenterprise\.com$/;

function parse(origin: string): URL | null {
  try {
    return new URL(origin);
  } catch {
    return null;
  }
}

/**
 * Pure: is this an API origin of Devin's own (no one has to vouch for it)? api.devin.ai, a
 * dedicated `api.<name>.devinenterprise.com` over https, or this machine (devin-sim).
 */
export function isKnownDevinApiOrigin(origin: string): boolean {
  const u = parse(origin);
  if (!u || u.username || u.password) return false;
  if (u.protocol === 'https:' && !u.port && (u.hostname === 'api.devin.ai' || ENTERPRISE_API.test(u.hostname))) return true;
  return (u.protocol === 'http:' || u.protocol === 'https:') && isLoopbackHost(u.hostname);
}

/**
 * Pure: the origins "open in Devin" links may point into, derived from the API origin (there is no
 * setting for it: a free setting would widen what openExternal accepts). api.devin.ai → app.devin.ai;
 * `api.<name>.devinenterprise.com` → `<name>.devinenterprise.com` plus the API host; devin-sim on
 * this machine → app.devin.ai (the host of the sim's session links). Any other https API origin
 * counts only once `confirmed` (a key was checked against it), and then only itself.
 */
export function appOriginsFor(apiOrigin: string, confirmed: boolean): string[] {
  const u = parse(apiOrigin);
  if (!u) return [];
  if (u.protocol === 'https:' && !u.port && u.hostname === 'api.devin.ai') return [DEVIN_APP_ORIGIN];
  const enterprise = u.protocol === 'https:' && !u.port ? ENTERPRISE_API.exec(u.hostname) : null;
  if (enterprise) return [`https://${enterprise[1]}.devinenterprise.com`, u.origin];
  if (isLoopbackHost(u.hostname)) return [DEVIN_APP_ORIGIN];
  return confirmed && u.protocol === 'https:' && !u.username && !u.password ? [u.origin] : [];
}

/** Pure: the web app's origin for links such as "where do I find my key" (app.devin.ai when unknown). */
export function appBaseUrlFor(apiOrigin: string, confirmed: boolean): string {
  return appOriginsFor(apiOrigin, confirmed)[0] ?? DEVIN_APP_ORIGIN;
}
