import type { ProxyRoute } from '../../shared/network';

const ROUTE = Symbol('devinTray.proxyRoute');

/**
 * Marks a request error with the proxy it went through, so messages can name the proxy
 * ("cannot reach the proxy proxy.corp:8080") without the error's shape changing.
 */
export function tagErrorRoute<E>(err: E, route: ProxyRoute): E {
  if (typeof err === 'object' && err !== null && !Object.isFrozen(err)) {
    try {
      Object.defineProperty(err, ROUTE, { value: route, enumerable: false, configurable: true });
    } catch {
      // Some host objects refuse new properties; the message then just lacks the proxy's name.
    }
  }
  return err;
}

/** The route a request error was tagged with (along its `cause` chain), if any. */
export function routeOfError(err: unknown): ProxyRoute | undefined {
  let e: unknown = err;
  for (let depth = 0; depth < 5 && typeof e === 'object' && e !== null; depth += 1) {
    const route = (e as { [ROUTE]?: ProxyRoute })[ROUTE];
    if (route) return route;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

const HOST = Symbol('devinTray.requestHost');

/** Marks a request error with the host it was for (a download's hop may be a CDN, not the API). */
export function tagErrorHost<E>(err: E, host: string): E {
  if (typeof err === 'object' && err !== null && !Object.isFrozen(err) && !(HOST in err)) {
    try {
      Object.defineProperty(err, HOST, { value: host, enumerable: false, configurable: true });
    } catch {
      // As above: the message falls back to the first URL's host.
    }
  }
  return err;
}

/** The host a request error was tagged with, if any. */
export function hostOfError(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null ? (err as { [HOST]?: string })[HOST] : undefined;
}
