import { startSim } from '../../../sim/server';
import type { SimHandle } from '../../../sim/server';
import { startRecordingProxy } from './recording-proxy';
import type { RecordingProxy } from './recording-proxy';
import { createThrowawayCa } from './throwaway-ca';
import type { ThrowawayCa } from './throwaway-ca';
import { startTlsFront } from './tls-front';
import type { TlsFront } from './tls-front';

export const API_HOST = 'devin.invalid';
export const FILES_HOST = 'files.invalid';
export const PROXY_USER = 'alice';
export const PROXY_PASSWORD = 'pr0xy-s3cret';

export interface ProxiedSim {
  sim: SimHandle;
  ca: ThrowawayCa;
  front: TlsFront;
  /** Wants PROXY_USER / PROXY_PASSWORD. */
  proxy: RecordingProxy;
  /** Lets anyone through. */
  openProxy: RecordingProxy;
  /** `http://alice:…@127.0.0.1:PORT` for `proxy`. */
  proxyUrlWithCredentials: string;
  close(): Promise<void>;
}

const portOf = (url: string) => Number(new URL(url).port);

/**
 * devin-sim answering as https://devin.invalid (API) and https://files.invalid (the 307 target
 * for downloads): names that resolve nowhere, so a client reaches them only through one of the
 * recording proxies, which map them to a local TLS front with a certificate from a CA made for
 * this run (trusted only when the test hands the CA to the client).
 */
export async function startProxiedSim(): Promise<ProxiedSim> {
  const sim = await startSim({ seed: 'empty' });
  const [apiPort, filesPort] = [portOf(sim.baseUrl), portOf(sim.secondOrigin)];
  // URLs the sim hands out (attachments, the 307 Location) now use the unresolvable names.
  sim.state.baseUrl = `https://${API_HOST}`;
  sim.state.secondOrigin = `https://${FILES_HOST}`;
  const ca = createThrowawayCa([API_HOST, FILES_HOST]);
  const front = await startTlsFront({ certPem: ca.certPem, keyPem: ca.keyPem, backends: { [API_HOST]: apiPort, [FILES_HOST]: filesPort } });
  const hosts = { [`${API_HOST}:443`]: { host: '127.0.0.1', port: front.port }, [`${FILES_HOST}:443`]: { host: '127.0.0.1', port: front.port } };
  const proxy = await startRecordingProxy({ hosts, credentials: { username: PROXY_USER, password: PROXY_PASSWORD } });
  const openProxy = await startRecordingProxy({ hosts });
  return {
    sim,
    ca,
    front,
    proxy,
    openProxy,
    proxyUrlWithCredentials: `http://${PROXY_USER}:${PROXY_PASSWORD}@127.0.0.1:${proxy.port}`,
    async close() {
      await proxy.close();
      await openProxy.close();
      await front.close();
      await sim.close();
      ca.dispose();
    },
  };
}
