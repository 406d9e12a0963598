import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SimControlClient } from './control-client';
import { SIM_KEYS } from './keys';
import { WITHHELD_VALUE } from './routes/session-create-body';
import { startSim, type SimHandle } from './server';
import { fakeClock, simApi, type PageBody } from './test-support';

const clock = fakeClock();
let sim: SimHandle;
beforeAll(async () => {
  sim = await startSim({ now: clock.now });
});
beforeEach(() => {
  sim.control.reset();
});
afterAll(() => sim.close());

const SECRETS = '/v3/organizations/org-sim/secrets';
const SESSIONS = '/v3/organizations/org-sim/sessions';
const api = (key: string = SIM_KEYS.org) => simApi(sim.baseUrl, key);
// Built at run time: no literal secret in the repository.
const VALUE = ['sk', '_live_', 'Zq8', 'x'.repeat(21)].join('');
const PEM_LINE = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7';

/** Everything the sim said about itself over HTTP and in its request log, as one string. */
async function everythingSeen(sessionId: string): Promise<string> {
  const control = new SimControlClient(sim.baseUrl);
  const created = await control.getCreatedRequest(sessionId);
  const fetched = await api().get(`${SESSIONS}/${sessionId}`);
  const listed = await api().get(SESSIONS);
  return JSON.stringify([created, fetched.body, listed.body, sim.control.getRequests(), await control.getRequests()]);
}

describe('org secrets (secrets.list / create / delete)', () => {
  it('lists, creates and deletes with the documented shape, never the value', async () => {
    const created = await api().post<Record<string, unknown>>(SECRETS, { key: 'NPM_TOKEN', type: 'key-value', value: VALUE, note: 'publish' });
    expect(created.status).toBe(200);
    const at = Math.floor(clock.now() / 1000);
    expect(created.body).toEqual({
      secret_id: expect.stringMatching(/^secret-/), key: 'NPM_TOKEN', note: 'publish', secret_type: 'key-value', access_type: 'org',
      is_sensitive: true, created_at: at, created_by: 'service-user-sim',
    });
    await api().post(SECRETS, { key: 'SESSION_COOKIE', type: 'cookie', value: 'c=1', is_sensitive: false });
    const page = await api().get<PageBody>(`${SECRETS}?first=1`);
    expect(page.body).toMatchObject({ items: [{ key: 'NPM_TOKEN' }], has_next_page: true, total: 2 });
    const next = await api().get<PageBody>(`${SECRETS}?first=1&after=${page.body.end_cursor ?? ''}`);
    expect(next.body).toMatchObject({ items: [{ key: 'SESSION_COOKIE', is_sensitive: false, note: null }], has_next_page: false });
    const del = await api().del<Record<string, unknown>>(`${SECRETS}/${String(created.body.secret_id)}`);
    expect(del.body.key).toBe('NPM_TOKEN');
    expect((await api().del(`${SECRETS}/${String(created.body.secret_id)}`)).status).toBe(404);
    expect(JSON.stringify([created.body, page.body, next.body, del.body, sim.control.getRequests()])).not.toContain(VALUE);
  });

  it('needs ManageOrgSecrets; 422s a create without key, type or value', async () => {
    expect((await api(SIM_KEYS.readonly).get(SECRETS)).status).toBe(403);
    const bad = await api().post<{ errors: { field: string }[] }>(SECRETS, { type: 'password' });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e) => e.field).sort()).toEqual(['key', 'type', 'value']);
    expect((await api().get(`${SECRETS}?first=201`)).status).toBe(422);
  });
});

describe('create session with session_secrets and secret_ids', () => {
  it('keeps the values for the session, echoes them nowhere', async () => {
    const body = {
      prompt: 'Run the billing tests; STRIPE_SECRET_KEY is a session secret.',
      secret_ids: ['secret-1'],
      session_secrets: [
        { key: 'STRIPE_SECRET_KEY', value: VALUE, sensitive: true },
        { key: 'DEPLOY_KEY_PEM', value: `-----BEGIN\n${PEM_LINE}\n-----END` },
      ],
    };
    const r = await api().post<{ session_id: string }>(SESSIONS, body);
    expect(r.status).toBe(200);
    expect(JSON.stringify(r.body)).not.toContain(VALUE);
    const id = r.body.session_id;
    expect(sim.control.sessionSecretsOf(id)).toEqual([
      { key: 'STRIPE_SECRET_KEY', value: VALUE, sensitive: true },
      { key: 'DEPLOY_KEY_PEM', value: `-----BEGIN\n${PEM_LINE}\n-----END`, sensitive: true },
    ]);
    expect(sim.control.getCreatedRequest(id)).toEqual({
      ...body,
      session_secrets: [
        { key: 'STRIPE_SECRET_KEY', value: WITHHELD_VALUE, sensitive: true },
        { key: 'DEPLOY_KEY_PEM', value: WITHHELD_VALUE },
      ],
    });
    const seen = await everythingSeen(id);
    expect(seen).not.toContain(VALUE);
    expect(seen).not.toContain(PEM_LINE);
  });

  it('422s items outside the contract (key 1..256, value <= 65536, sensitive bool) without echoing a value', async () => {
    const cases = [
      { key: '', value: VALUE },
      { key: 'K'.repeat(257), value: VALUE },
      { key: 'BIG', value: `${VALUE}${'v'.repeat(65_536)}` },
      { key: 'S', value: VALUE, sensitive: 'yes' },
      { value: VALUE },
    ];
    for (const item of cases) {
      const r = await api().post<{ detail: { loc: unknown[] }[] }>(SESSIONS, { prompt: 'x', session_secrets: [item] });
      expect(r.status).toBe(422);
      expect(r.body.detail[0]?.loc).toEqual(['body', 'session_secrets', 0]);
      expect(JSON.stringify(r.body)).not.toContain(VALUE);
    }
    // 256 code points is the limit, whatever their UTF-16 length.
    const emoji = await api().post(SESSIONS, { prompt: 'x', session_secrets: [{ key: '🔑'.repeat(256), value: '' }] });
    expect(emoji.status).toBe(200);
    expect((await api().post(SESSIONS, { prompt: 'x', secret_ids: 'all' })).status).toBe(422);
    expect((await api().post(SESSIONS, { prompt: 'x', secret_ids: null, session_secrets: null })).status).toBe(200);
  });
});
