import { net, session } from 'electron';
import type { NetworkPort } from '../network/network-port';
import type { ProxyAuthBroker } from '../network/proxy-auth-broker';
import { createSystemNetwork } from './system-network';

/**
 * The app's network port on Electron's default session: requests through `net.request`, routes
 * from `session.defaultSession.resolveProxy` (OS proxy settings, PAC file), proxy sign-in through
 * `proxyAuth`. Read at call time, so a session that changes its proxy (a PAC file reloaded, the
 * OS settings edited) is followed on the next request.
 */
export function createAppNetwork(proxyAuth: ProxyAuthBroker): NetworkPort {
  return createSystemNetwork({
    request: (options) => net.request(options),
    resolveProxy: (url) => session.defaultSession.resolveProxy(url),
    proxyAuth,
  });
}
