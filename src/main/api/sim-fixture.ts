import { afterAll, beforeAll, beforeEach } from 'vitest';
import { SIM_KEYS, startSim, type SimHandle } from '../../sim/server';
import { createDevinClient, type DevinClient, type DevinClientOptions } from './client';
import type { RequestLog, RetryInfo } from './request-log';

/**
 * Test-only: one devin-sim per test file over real HTTP on 127.0.0.1, reset before each test,
 * plus a client factory whose sleeps are recorded instead of waited.
 */
export interface SimFixture {
  sim: SimHandle;
  /** Delays the client asked to sleep, in order. */
  sleeps: number[];
  logs: RequestLog[];
  retries: RetryInfo[];
  client(opts?: Partial<DevinClientOptions>): DevinClient;
}

export function useSim(): SimFixture {
  const fx = { sleeps: [], logs: [], retries: [] } as unknown as SimFixture;
  beforeAll(async () => {
    fx.sim = await startSim();
  });
  afterAll(async () => {
    await fx.sim?.close();
  });
  beforeEach(() => {
    fx.sim.control.reset();
    fx.sleeps.length = 0;
    fx.logs.length = 0;
    fx.retries.length = 0;
  });
  fx.client = (opts = {}) =>
    createDevinClient({
      baseUrl: fx.sim.baseUrl,
      apiKey: SIM_KEYS.org,
      orgId: 'org-sim',
      random: () => 0.5,
      sleep: async (ms) => {
        fx.sleeps.push(ms);
      },
      onRequest: (l) => fx.logs.push(l),
      onRetry: (r) => fx.retries.push(r),
      ...opts,
    });
  return fx;
}

/** Awaits a promise expected to reject and returns the error. */
export async function rejectionOf(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}
