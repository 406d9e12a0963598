import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { tokenFactory } from '../../../test/fixtures/secrets/planted/tokens';
import { SIM_KEYS } from '../../sim/server';
import { ApiError } from './api-error';
import { createDevinClient } from './client';
import { describeError, toSerializedError } from './describe-error';
import type { RequestLog } from './request-log';
import { rejectionOf, useSim } from './sim-fixture';
import { WITHHELD, withholdValues } from './withhold-values';

const fx = useSim();
const make = tokenFactory(77);
const STRIPE = make('stripe-live-key:sk');
const PEM = make('private-key:rsa');
const SHORT = 'pw12';

describe('secrets.list', () => {
  it('pages the org secrets with their names, never a value', async () => {
    const api = fx.client();
    for (const key of ['A_TOKEN', 'B_TOKEN', 'C_TOKEN']) {
      const r = await fetch(`${fx.sim.baseUrl}/v3/organizations/org-sim/secrets`, {
        method: 'POST',
        headers: { authorization: `Bearer ${SIM_KEYS.org}`, 'content-type': 'application/json' },
        body: JSON.stringify({ key, type: 'key-value', value: STRIPE, note: `for ${key}` }),
      });
      expect(r.status).toBe(200);
    }
    const first = await api.secrets.list({ first: 2 });
    expect(first.items.map((s) => s.key)).toEqual(['A_TOKEN', 'B_TOKEN']);
    expect(first.items[0]).toMatchObject({ secret_id: expect.stringMatching(/^secret-/), note: 'for A_TOKEN', secret_type: 'key-value', access_type: 'org', is_sensitive: true });
    expect(first.has_next_page).toBe(true);
    const all = await api.secrets.listAll({ first: 2 });
    expect(all).toMatchObject({ complete: true });
    expect(all.items.map((s) => s.key)).toEqual(['A_TOKEN', 'B_TOKEN', 'C_TOKEN']);
    expect(JSON.stringify(all)).not.toContain(STRIPE);
  });

  it('a key without ManageOrgSecrets gets FORBIDDEN', async () => {
    const err = await rejectionOf(fx.client({ apiKey: SIM_KEYS.readonly }).secrets.list());
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('FORBIDDEN');
  });
});

describe('create with session_secrets: values never in an error or a request log', () => {
  let server: Server | null = null;
  afterEach(async () => {
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    server = null;
  });

  /** A server that answers every create with `status` and a body built from what it received (an echo). */
  async function echoing(status: number, reply: (body: string) => string, type = 'application/json'): Promise<string> {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (d: Buffer) => (body += d.toString('utf8')));
      req.on('end', () => {
        res.writeHead(status, { 'content-type': type });
        res.end(reply(body));
      });
    });
    await new Promise<void>((r) => server?.listen(0, '127.0.0.1', () => r()));
    return `http://127.0.0.1:${(server?.address() as AddressInfo).port}`;
  }

  const body = {
    prompt: 'Run it; the key is a session secret.',
    session_secrets: [
      { key: 'STRIPE_SECRET_KEY', value: STRIPE, sensitive: true },
      { key: 'DEPLOY_KEY', value: PEM, sensitive: true },
      { key: 'DB_PASSWORD', value: SHORT, sensitive: true },
    ],
  };
  const replies: Array<[string, number, (raw: string) => string, string?]> = [
    [
      'FastAPI 422 quoting each input (pydantic v2)',
      422,
      (raw) => {
        const sent = JSON.parse(raw) as typeof body;
        return JSON.stringify({
          detail: sent.session_secrets.map((s, i) => ({ type: 'string_too_long', loc: ['body', 'session_secrets', i, 'value'], msg: `bad value ${s.value}`, input: s.value })),
        });
      },
    ],
    ['ProblemDetail whose detail quotes the body', 400, (raw) => JSON.stringify({ title: 'Bad Request', status: 400, detail: `could not use ${raw}` })],
    ['a proxy page cut at 300 characters', 502, (raw) => `upstream said: ${raw}`.slice(0, 300), 'text/plain'],
    ['a field error without a message (serialized, cut at 200)', 422, (raw) => JSON.stringify({ errors: [{ input: JSON.parse(raw) }] })],
  ];

  it.each(replies)('%s', async (_name, status, reply, type) => {
    const logs: RequestLog[] = [];
    const client = createDevinClient({ baseUrl: await echoing(status, reply, type), apiKey: 'cog_test_key_1234567890', orgId: 'org-x', onRequest: (l) => logs.push(l) });
    const err = await rejectionOf(client.sessions.create(body));
    expect(err).toBeInstanceOf(ApiError);
    const seen = JSON.stringify([(err as ApiError).message, (err as ApiError).details, (err as ApiError).params, toSerializedError(err), describeError(err, 'en'), describeError(err, 'zh-CN'), logs]);
    for (const v of [STRIPE, SHORT, ...PEM.split('\n').filter((l) => l.length >= 8 && !l.startsWith('-----'))]) expect(seen).not.toContain(v);
    expect(seen).not.toContain(STRIPE.slice(0, 12));
    expect(seen).toContain(WITHHELD);
    expect(logs).toHaveLength(1);
  });

  it('the withholding itself: whole values, escaped forms, lines and cut-short starts; short values only whole', () => {
    const multi = 'line-one-secret-AAAA\nline-two-secret-BBBB';
    expect(withholdValues(`a ${STRIPE} b`, [STRIPE])).toBe(`a ${WITHHELD} b`);
    expect(withholdValues(`cut: ${STRIPE.slice(0, 10)}`, [STRIPE])).toBe(`cut: ${WITHHELD}`);
    expect(withholdValues(JSON.stringify({ v: multi }), [multi])).toBe(JSON.stringify({ v: WITHHELD }));
    expect(withholdValues('only line-two-secret-BBBB here', [multi])).toBe(`only ${WITHHELD} here`);
    expect(withholdValues('status 422: pw12 and pw1', [SHORT])).toBe(`status 422: ${WITHHELD} and pw1`);
    expect(withholdValues('status 422 (x)', ['2'])).toBe('status 422 (x)');
  });
});
