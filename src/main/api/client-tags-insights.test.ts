import { describe, expect, it } from 'vitest';
import { SIM_INSIGHT_DELAY_MS } from '../../sim/store/insights';
import { rejectionOf, useSim } from './sim-fixture';

const fx = useSim();

describe('session tags', () => {
  it('get, append and replace send the documented bodies and return the resulting tags', async () => {
    const s = fx.sim.control.createSession({ tags: ['a'] });
    const bare = s.session_id.slice('devin-'.length);
    const tags = fx.client().sessions.tags;
    expect(await tags.get(bare)).toEqual(['a']);
    expect(await tags.append(bare, ['b', 'a'])).toEqual(['a', 'b']);
    expect(await tags.replace(s.session_id, ['b'])).toEqual(['b']);
    const sent = fx.sim.control.getRequests().map((r) => `${r.method} ${r.path}`);
    const path = `/v3/organizations/org-sim/sessions/${s.session_id}/tags`;
    expect(sent).toEqual([`GET ${path}`, `POST ${path}`, `PUT ${path}`]);
    expect(fx.sim.control.getSession(s.session_id).tags).toEqual(['b']);
  });

  it('an unknown session is NOT_FOUND; a bad body is VALIDATION with the field', async () => {
    expect(await rejectionOf(fx.client().sessions.tags.get('devin-missing'))).toMatchObject({ code: 'NOT_FOUND' });
    const s = fx.sim.control.createSession({});
    expect(await rejectionOf(fx.client().sessions.tags.append(s.session_id, [' ']))).toMatchObject({ code: 'VALIDATION' });
  });
});

describe('session insights', () => {
  it('generate, then the analysis appears on a later get', async () => {
    const s = fx.sim.control.createSession({ title: 'Write docs for the CLI' });
    const insights = fx.client().sessions.insights;
    const before = await insights.get(s.session_id);
    expect(before).toMatchObject({ session_id: s.session_id, num_devin_messages: 0, num_user_messages: 0, session_size: 'xs', analysis: null, title: 'Write docs for the CLI' });
    expect(await insights.generate(s.session_id)).toEqual({ session_id: s.session_id, status: 'started' });
    fx.sim.control.advanceClock(SIM_INSIGHT_DELAY_MS);
    const after = await insights.get(s.session_id);
    expect(after.analysis).toMatchObject({ classification: { category: 'documentation_and_content' } });
  });

  it('list() calls the literal /sessions/insights route with the session filters', async () => {
    const a = fx.sim.control.createSession({ title: 'a' });
    fx.sim.control.createSession({ title: 'b' });
    const page = await fx.client().sessions.insights.list({ session_ids: [a.session_id.slice('devin-'.length)], first: 10 });
    expect(page.items.map((i) => i.session_id)).toEqual([a.session_id]);
    const req = fx.sim.control.getRequests()[0];
    expect(req).toMatchObject({ method: 'GET', path: '/v3/organizations/org-sim/sessions/insights', route: '/v3/organizations/:org/sessions/insights', query: { session_ids: a.session_id, first: '10' } });
  });
});
