import type { NetworkChannelName } from '../../../shared/ipc/channels/network';
import { checkConnection, networkStatus } from '../../network/check-connection';
import type { NetworkPort } from '../../network/network-port';
import type { ProxyAuthBroker } from '../../network/proxy-auth-broker';
import type { Handlers } from '../router';

export interface NetworkHandlersDeps {
  network: NetworkPort;
  proxyAuth: ProxyAuthBroker;
  /** The API origin in use: the signed-in account's, else the one in settings. */
  apiUrl: () => string;
  /** `Bearer …` for exactly that origin when signed in to it; null otherwise (the key goes nowhere else). */
  authorizationFor: (url: string) => string | null;
}

/** Settings › Network: the proxy for the API host, "Test connection", and the proxy sign-in dialog. */
export function createNetworkHandlers(deps: NetworkHandlersDeps): Pick<Handlers, NetworkChannelName> {
  return {
    'network:status': async () => {
      const { routeError: _ignored, ...status } = await networkStatus(deps.network, deps.apiUrl());
      return status;
    },
    'network:check': () => {
      // A deliberate test may ask the proxy for credentials again, even right after a cancel.
      deps.proxyAuth.resetQuiet();
      const apiUrl = deps.apiUrl();
      return checkConnection({ network: deps.network, apiUrl, authorization: deps.authorizationFor(apiUrl) });
    },
    'network:proxyAuthPending': () => deps.proxyAuth.pending(),
    'network:answerProxyAuth': (answer) =>
      deps.proxyAuth.answer(answer.id, 'cancel' in answer ? null : { username: answer.username, password: answer.password }),
  };
}
