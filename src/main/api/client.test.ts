import { describe, expect, it } from 'vitest';
import { SIM_KEYS } from '../../sim/server';
import { AppError } from '../../shared/errors';
import { createDevinClient } from './client';
import { useSim } from './sim-fixture';

const fx = useSim();

function thrownCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof AppError ? e.code : 'not an AppError';
  }
  return undefined;
}

describe('createDevinClient', () => {
  it.each([
    ['', 'KEY_FORMAT'],
    ['cog_ abc', 'KEY_FORMAT'],
    ['cog_abc\r\nX-Evil: 1', 'KEY_FORMAT'],
    ['cog_abcé', 'KEY_FORMAT'],
  ])('refuses key %j with %s', (apiKey, code) => {
    expect(thrownCode(() => createDevinClient({ baseUrl: 'https://api.devin.ai', apiKey }))).toBe(code);
  });

  it('refuses a plain-http non-loopback API URL', () => {
    expect(thrownCode(() => createDevinClient({ baseUrl: 'http://api.devin.ai', apiKey: 'cog_x' }))).toBe('INVALID_INPUT');
  });

  it('normalises the base URL and keeps the org', () => {
    const c = createDevinClient({ baseUrl: 'https://api.devin.ai/v3/', apiKey: 'cog_x', orgId: 'org-1' });
    expect([c.baseUrl, c.orgId]).toEqual(['https://api.devin.ai', 'org-1']);
    expect(c.withOrg(null).orgId).toBeNull();
  });

  it('sends the bearer key and a user agent to the API origin', async () => {
    await fx.client({ baseUrl: `${fx.sim.baseUrl}/` }).self();
    const [req] = fx.sim.control.getRequests();
    expect(req).toMatchObject({ path: '/v3/self', hadAuth: true, authKey: 'org' });
    expect(req?.headers['user-agent']).toBe('devin-tray');
    expect(req?.headers.authorization).not.toContain(SIM_KEYS.org);
  });

  it('a throwing log hook does not break requests', async () => {
    const c = fx.client({
      onRequest: () => {
        throw new Error('bad hook');
      },
    });
    expect((await c.self()).principal_type).toBe('service_user');
  });

  it('logs one entry per attempt with method, redacted url, status, attempt', async () => {
    fx.sim.control.addFault({ path: '/v3/self', kind: 'status', status: 502 });
    await fx.client().self();
    expect(fx.logs.map(({ method, url, status, attempt }) => ({ method, url, status, attempt }))).toEqual([
      { method: 'GET', url: `${fx.sim.baseUrl}/v3/self`, status: 502, attempt: 1 },
      { method: 'GET', url: `${fx.sim.baseUrl}/v3/self`, status: 200, attempt: 2 },
    ]);
    expect(fx.logs[0]?.errorCode).toBe('SERVER');
    expect(typeof fx.logs[0]?.ms).toBe('number');
  });
});

describe('authorizationFor', () => {
  it('answers only for the API origin (scheme, host and port must all match)', () => {
    const client = createDevinClient({ baseUrl: 'https://api.devin.ai/', apiKey: 'cog_abc', orgId: 'org-1' });
    expect(client.authorizationFor('https://api.devin.ai/v3/organizations/org-1/attachments/x/y.txt')).toBe('Bearer cog_abc');
    for (const other of ['https://files.devin.ai/a', 'http://api.devin.ai/a', 'https://api.devin.ai:8443/a', 'https://api.devin.ai.evil.com/a', 'https://evil.com/?https://api.devin.ai', 'not a url']) {
      expect(client.authorizationFor(other), other).toBeNull();
    }
  });
});
