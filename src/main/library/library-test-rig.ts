/**
 * Test rig for the library services: a real devin-sim on 127.0.0.1, a real client, and the
 * library handlers behind the real IPC router, so a test goes renderer-request → zod → handler →
 * service → HTTP → sim and back, errors serialized exactly as the app does.
 */
import { createDevinClient } from '../api/client';
import { describeSerializedError, toSerializedError } from '../api/describe-error';
import { createRouter, type Handlers } from '../ipc/router';
import { createLibraryHandlers } from '../ipc/handlers/library';
import { startSim, SIM_KEYS, SIM_ORG, type SimHandle } from '../../sim/server';
import { fakeClock } from '../../sim/test-support';
import type { ChannelName, Envelope, RequestOf, ResponseOf } from '../../shared/ipc/contract';
import type { SerializedError } from '../../shared/errors';
import type { Locale } from '../../shared/i18n';

export interface LibraryRig {
  sim: SimHandle;
  /** Calls a channel as the renderer would; resolves with the envelope (never throws). */
  call<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<Envelope<ResponseOf<C>>>;
  /** Same, but unwraps: throws the serialized error when the call failed. */
  ok<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
  /** Requests the sim saw on the public API since the last reset. */
  apiRequests(): { method: string; route: string; status: number; query: Record<string, string | string[]> }[];
  /** JSON bodies the client sent (method, path, parsed body), in order; cleared with clearRequests. */
  sentBodies(): { method: string; path: string; body: unknown }[];
  clearRequests(): void;
  close(): Promise<void>;
}

/** Starts a sim with a fake clock (2026-01-15 12:00 UTC) and a router over the library handlers for `key`. */
export async function startLibraryRig(opts: { key?: string; locale?: Locale } = {}): Promise<LibraryRig> {
  const clock = fakeClock();
  const sim = await startSim({ seed: 'empty', now: clock.now });
  let bodies: { method: string; path: string; body: unknown }[] = [];
  const recordingFetch: typeof fetch = async (input, init) => {
    if (typeof init?.body === 'string') {
      const url = new URL(input instanceof Request ? input.url : String(input));
      bodies.push({ method: init.method ?? 'GET', path: url.pathname, body: JSON.parse(init.body) as unknown });
    }
    return fetch(input, init);
  };
  const client = createDevinClient({
    baseUrl: sim.baseUrl,
    apiKey: opts.key ?? SIM_KEYS.org,
    orgId: SIM_ORG.org_id,
    retry: { maxRetries: 0 },
    fetch: recordingFetch,
  });
  const locale = opts.locale ?? 'en';
  const handlers = createLibraryHandlers({ getApi: async () => ({ client, orgId: SIM_ORG.org_id }), locale: () => locale, now: () => new Date(clock.now()) });
  const router = createRouter(handlers as unknown as Handlers, {
    isTrustedSender: () => true,
    serializeError: (err: unknown): SerializedError => {
      const s = toSerializedError(err);
      return { ...s, message: describeSerializedError(s, locale) };
    },
  });
  const call = async <C extends ChannelName>(channel: C, request: RequestOf<C>) =>
    (await router.handle(channel, request, { senderUrl: 'test://library' })) as Envelope<ResponseOf<C>>;
  return {
    sim,
    call,
    async ok(channel, request) {
      const r = await call(channel, request);
      if (!r.ok) throw Object.assign(new Error(`${channel} failed: ${r.error.code} ${r.error.message}`), { serialized: r.error });
      return r.value;
    },
    apiRequests: () =>
      sim.control
        .getRequests()
        .filter((r) => r.path.startsWith('/v3/'))
        .map((r) => ({ method: r.method, route: r.route, status: r.status, query: r.query })),
    sentBodies: () => [...bodies],
    clearRequests: () => {
      sim.control.clearRequests();
      bodies = [];
    },
    close: () => sim.close(),
  };
}

/** The error of a failed envelope (fails the test if the call succeeded). */
export function errorOf<T>(envelope: Envelope<T>): SerializedError {
  if (envelope.ok) throw new Error(`expected an error, got ${JSON.stringify(envelope.value).slice(0, 200)}`);
  return envelope.error;
}
