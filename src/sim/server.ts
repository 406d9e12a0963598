import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveWebApp } from './attachments/web-app';
import { SimClock } from './clock';
import { SimControl } from './control/control';
import { controlRouter } from './control/routes';
import type { SimSeed } from './control/types';
import { handleApiRequest, handleControlRequest } from './dispatch';
import { apiRouter, secondOriginRouter } from './routes/index';
import { seedState } from './seed/seed';
import { SimState } from './state';
import { contractCheckingEnabled } from './contract/enabled';
import { contractObserver } from './contract/sim-observer';

export { SimState } from './state';
export { SimControl } from './control/control';
export { SIM_KEYS, SIM_ORG, SIM_ORG_2, SIM_KEY_DESCRIPTIONS } from './keys';
export { simAttachmentSha256, seededBytes } from './attachments/seeded';
export { assertNoContractViolations, takeContractViolations, formatViolations, type ContractViolation } from './contract/violations';
export type * from './control/types';

export interface SimOptions {
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Milliseconds since the epoch; inject a fake clock to drive scripted lifecycles. Default Date.now. */
  now?: () => number;
  /** Default 'empty'. */
  seed?: SimSeed;
  /** Host of session `url`s. Default https://app.devin.ai. */
  appHost?: string;
  /**
   * Check every exchange on the API origin against the v3 contract and record violations
   * (`takeContractViolations()`). Default: on when `DEVIN_SIM_CONTRACT=check` (the test configs set it).
   */
  checkContract?: boolean;
}

export interface SimHandle {
  /** e.g. http://127.0.0.1:PORT (no trailing slash). */
  baseUrl: string;
  /**
   * Presigned storage on another port: the download route's 307 leads here. It refuses an
   * Authorization header and expired URLs (S3-style XML errors) and records request headers.
   */
  secondOrigin: string;
  /** The web app on a third port: attachment `url`s point here and get its HTML sign-in page. */
  webAppOrigin: string;
  state: SimState;
  /** The control API in process (same operations as /_sim/ over HTTP). */
  control: SimControl;
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

/** Starts devin-sim (and its second origin) and seeds it. */
export async function startSim(opts: SimOptions = {}): Promise<SimHandle> {
  const host = opts.host ?? '127.0.0.1';
  const state = new SimState(new SimClock(opts.now ?? Date.now), (opts.appHost ?? 'https://app.devin.ai').replace(/\/+$/, ''));
  const control = new SimControl(state, seedState);
  // Test mode only: the demo app never reads the contract file.
  if (opts.checkContract ?? contractCheckingEnabled()) state.observer = contractObserver();
  const api = apiRouter();
  const controlRoutes = controlRouter();
  const second = secondOriginRouter();

  const main = createServer((req, res) => {
    const done = (req.url ?? '').startsWith('/_sim/')
      ? handleControlRequest(req, res, control, controlRoutes)
      : handleApiRequest(req, res, state, api, 'main');
    done.catch((e: unknown) => {
      console.error('[devin-sim] request failed:', e);
      res.destroy();
    });
  });
  const secondServer = createServer((req, res) => {
    handleApiRequest(req, res, state, second, 'second').catch((e: unknown) => {
      console.error('[devin-sim] second-origin request failed:', e);
      res.destroy();
    });
  });
  const webAppServer = createServer((req, res) => {
    serveWebApp(req, res, state.webAppLog, state.clock.nowMs());
  });
  // Benchmarks reuse connections heavily; keep idle ones around a little longer than clients do.
  main.keepAliveTimeout = 10_000;
  secondServer.keepAliveTimeout = 10_000;

  const port = await listen(main, opts.port ?? 0, host);
  const secondPort = await listen(secondServer, 0, host).catch(async (e: unknown) => {
    await closeServer(main);
    throw e;
  });
  const webAppPort = await listen(webAppServer, 0, host).catch(async (e: unknown) => {
    await Promise.all([closeServer(main), closeServer(secondServer)]);
    throw e;
  });
  state.baseUrl = `http://${urlHost(host)}:${port}`;
  state.secondOrigin = `http://${urlHost(host)}:${secondPort}`;
  state.webAppOrigin = `http://${urlHost(host)}:${webAppPort}`;
  control.reset({ seed: opts.seed ?? 'empty' });

  return {
    baseUrl: state.baseUrl,
    secondOrigin: state.secondOrigin,
    webAppOrigin: state.webAppOrigin,
    state,
    control,
    close: async () => {
      await Promise.all([closeServer(main), closeServer(secondServer), closeServer(webAppServer)]);
    },
  };
}
