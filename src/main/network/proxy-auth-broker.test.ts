import { describe, expect, it } from 'vitest';
import type { ProxyAuthChallenge } from '../../shared/network';
import { createProxyAuthBroker } from './proxy-auth-broker';
import type { ProxyLoginRequest } from './proxy-auth-broker';

const login = (patch: Partial<ProxyLoginRequest> = {}): ProxyLoginRequest => ({
  isProxy: true,
  scheme: 'basic',
  host: 'proxy.corp',
  port: 3128,
  realm: 'Corp',
  attempt: 1,
  ...patch,
});
const creds = { username: 'alice', password: 's3cret' };

function setup() {
  let t = 1_000;
  let n = 0;
  const asked: ProxyAuthChallenge[] = [];
  const lists: ProxyAuthChallenge[][] = [];
  const broker = createProxyAuthBroker({
    now: () => t,
    newId: () => `q${++n}`,
    onChallenge: (c) => asked.push(c),
    onChange: (l) => lists.push(l),
    quietAfterCancelMs: 60_000,
  });
  return { broker, asked, lists, advance: (ms: number) => (t += ms) };
}

describe('proxy auth broker', () => {
  it('asks once for concurrent requests to the same proxy and answers them all', async () => {
    const { broker, asked } = setup();
    const a = broker.request(login());
    const b = broker.request(login());
    expect(asked).toEqual([{ id: 'q1', scheme: 'basic', host: 'proxy.corp', port: 3128, realm: 'Corp', retry: false }]);
    expect(broker.pending().map((c) => c.id)).toEqual(['q1']);
    expect(broker.answer('q1', creds)).toBe(true);
    await expect(Promise.all([a, b])).resolves.toEqual([creds, creds]);
    expect(broker.pending()).toEqual([]);
  });

  it('gives accepted credentials to later requests without asking, and asks again (saying so) when the proxy refuses them', async () => {
    const { broker, asked } = setup();
    const first = broker.request(login());
    broker.answer('q1', creds);
    await first;
    await expect(broker.request(login())).resolves.toEqual(creds);
    expect(asked).toHaveLength(1);
    // The proxy answered 407 again to the same request: the remembered credentials are wrong now.
    const again = broker.request(login({ attempt: 2 }));
    expect(asked[1]).toMatchObject({ id: 'q2', retry: true });
    broker.answer('q2', { username: 'alice', password: 'new' });
    await expect(again).resolves.toEqual({ username: 'alice', password: 'new' });
  });

  it('after a cancel, leaves the proxy alone for a while, unless the user asks to test again', async () => {
    const { broker, asked, advance } = setup();
    const a = broker.request(login());
    broker.answer('q1', null);
    await expect(a).resolves.toBeNull();
    await expect(broker.request(login())).resolves.toBeNull();
    expect(asked).toHaveLength(1);
    advance(61_000);
    void broker.request(login());
    expect(asked).toHaveLength(2);
    broker.answer('q2', null);
    broker.resetQuiet();
    void broker.request(login());
    expect(asked).toHaveLength(3);
  });

  it('keeps proxies apart, never answers a server’s 401, and cancels everything on dispose', async () => {
    const { broker, asked, lists } = setup();
    await expect(broker.request(login({ isProxy: false }))).resolves.toBeNull();
    const one = broker.request(login());
    const other = broker.request(login({ host: 'other.corp' }));
    expect(asked.map((c) => c.host)).toEqual(['proxy.corp', 'other.corp']);
    expect(broker.answer('nope', creds)).toBe(false);
    broker.dispose();
    await expect(Promise.all([one, other])).resolves.toEqual([null, null]);
    expect(lists.at(-1)).toEqual([]);
  });
});
