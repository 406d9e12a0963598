import type { ProxyEndpoint, ProxyRoute } from '../../shared/network';

export type { ProxyEndpoint, ProxyRoute, ProxyScheme, ProxySource } from '../../shared/network';

/** `proxy.corp:8080`, with the scheme when it is not plain http, IPv6 hosts in brackets. */
export function displayEndpoint(p: ProxyEndpoint): string {
  const host = p.host.includes(':') && !p.host.startsWith('[') ? `[${p.host}]` : p.host;
  return p.scheme === 'http' ? `${host}:${p.port}` : `${p.scheme}://${host}:${p.port}`;
}

/** Straight to the host, no proxy configured. */
export const DIRECT: ProxyRoute = Object.freeze({ kind: 'direct', source: 'none' });
