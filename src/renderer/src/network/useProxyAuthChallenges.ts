import { useEffect, useState } from 'react';
import { getBridge } from '../bridge';
import type { ProxyAuthChallenge } from '../../../shared/network';

/** Proxies waiting for credentials: read once (a question may predate this window), then pushed by main. */
export function useProxyAuthChallenges(): ProxyAuthChallenge[] {
  const [pending, setPending] = useState<ProxyAuthChallenge[]>([]);
  useEffect(() => {
    let live = true;
    const bridge = getBridge();
    const off = bridge.on('network:proxyAuthChanged', (next) => setPending(next));
    bridge.network.proxyAuthPending().then(
      (next) => live && setPending(next),
      () => undefined,
    );
    return () => {
      live = false;
      off();
    };
  }, []);
  return pending;
}
