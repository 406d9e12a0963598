import { readFileSync } from 'node:fs';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDevinClient } from '../../main/api/client';
import { apiRouter } from '../routes/index';
import { SIM_KEYS, SIM_ORG, startSim, type SimHandle } from '../server';
import { checkRequest } from './check-request';
import { checkResponse } from './check-response';
import type { Contract, EndpointSpec } from './contract-types';
import { findRepoRoot, loadContract, locateContract, VENDORED_CONTRACT } from './locate-contract';
import { matchEndpoint } from './match-endpoint';
import { contractObserver } from './sim-observer';
import { assertNoContractViolations, takeContractViolations } from './violations';

const { contract, located } = loadContract();
const endpoint = (id: string): EndpointSpec => {
  const e = contract.endpoints.find((x) => x.id === id);
  if (!e) throw new Error(`no endpoint ${id}`);
  return e;
};
const mutable = (): Contract => structuredClone(contract) as Contract;
const mutate = (c: Contract, id: string): EndpointSpec => c.endpoints.find((x) => x.id === id) as EndpointSpec;

/** A session as sessions.get answers it (every required field, enums in range). */
const session = {
  session_id: 'devin-abc', url: 'https://app.devin.ai/sessions/abc', status: 'running', tags: [], org_id: 'org-1',
  created_at: 1, updated_at: 2, acus_consumed: 0, pull_requests: [], status_detail: 'working',
};
const json = { 'content-type': 'application/json' };

describe('contract checker', () => {
  it('finds the contract and says where', () => {
    expect(['env', 'shared', 'shared-of-main-checkout', 'vendored']).toContain(located.source);
    expect(contract.endpoints.length).toBeGreaterThan(50);
  });

  it('matches routes by template, the literal sessions/insights before sessions/{devin_id}', () => {
    const m = matchEndpoint(contract, 'GET', '/v3/organizations/org-1/sessions/insights');
    expect(m.kind === 'found' && m.endpoint.id).toBe('sessions.insights.list');
    const s = matchEndpoint(contract, 'GET', '/v3/organizations/org-1/sessions/devin-1');
    expect(s.kind === 'found' && [s.endpoint.id, s.params]).toEqual(['sessions.get', { org_id: 'org-1', devin_id: 'devin-1' }]);
    expect(matchEndpoint(contract, 'PUT', '/v3/organizations/org-1/sessions/devin-1')).toEqual({ kind: 'wrong-method', allowed: ['GET', 'DELETE'] });
  });

  it('passes a response that follows the contract', () => {
    expect(checkResponse(contract, endpoint('sessions.get'), { status: 200, headers: json, json: session })).toEqual([]);
  });

  it('fails a changed field: renamed, missing, wrong type', () => {
    const { title: _t, ...rest } = { ...session, title: 'x' };
    const renamed = { ...rest, name: 'x' };
    expect(checkResponse(contract, endpoint('sessions.get'), { status: 200, headers: json, json: renamed })).toEqual(['body.name: not in the contract']);
    const { status: _s, ...noStatus } = session;
    expect(checkResponse(contract, endpoint('sessions.get'), { status: 200, headers: json, json: noStatus })).toEqual(['body.status: required, missing']);
    expect(checkResponse(contract, endpoint('sessions.get'), { status: 200, headers: json, json: { ...session, created_at: '2026-01-01' } })).toEqual([
      'body.created_at: expected integer, got string "2026-01-01"',
    ]);
  });

  it('fails a changed enum value', () => {
    expect(checkResponse(contract, endpoint('sessions.get'), { status: 200, headers: json, json: { ...session, status: 'sleeping' } })).toEqual([
      'body.status: "sleeping" is not one of new, claimed, running, exit, error, suspended, resuming',
    ]);
    const req = checkRequest(contract, {
      method: 'GET', pathname: '/v3/organizations/org-1/sessions', query: new URLSearchParams('origins=github'), headers: { authorization: 'Bearer cog_x' }, body: null,
    });
    expect(req).toMatchObject({ label: 'sessions.list', issues: [expect.stringMatching(/^query origins\[0\]: "github" is not one of webapp, slack/)] });
  });

  it('fails a changed route, naming what was asked', () => {
    const req = checkRequest(contract, { method: 'GET', pathname: '/v3/organizations/org-1/session/devin-1', query: new URLSearchParams(), headers: { authorization: 'Bearer cog_x' }, body: null });
    expect(req).toEqual({ endpoint: null, label: 'GET /v3/organizations/org-1/session/devin-1', issues: ['no such route in the contract'] });
    expect(checkResponse(contract, null, { status: 200, headers: json, json: {} })).toEqual(['status 200 for a route the contract does not have']);
  });

  it('checks request bodies, auth, content type and limits', () => {
    const base = { method: 'POST', pathname: '/v3/organizations/org-1/sessions', query: new URLSearchParams() };
    const send = (body: unknown, headers: Record<string, string> = { authorization: 'Bearer cog_x', 'content-type': 'application/json' }) =>
      checkRequest(contract, { ...base, headers, body: Buffer.from(JSON.stringify(body)) }).issues;
    expect(send({ prompt: 'p', tags: ['a'], devin_mode: 'fast', knowledge_ids: null })).toEqual([]);
    expect(send({ prompt: 'p', tagz: ['a'] })).toEqual(['body.tagz: not in the contract']);
    expect(send({ prompt: 'p', devin_mode: 'turbo' })).toEqual(['body.devin_mode: "turbo" is not one of normal, fast']);
    expect(send({ prompt: 'p', attachment_urls: ['x'.repeat(2084)] })).toContain('body.attachment_urls[0]: longer than 2083');
    // Lengths are code points, as JSON Schema counts them: 256 emoji are a valid key, 257 are not.
    expect(send({ prompt: 'p', session_secrets: [{ key: '🔑'.repeat(256), value: '' }] })).toEqual([]);
    expect(send({ prompt: 'p', session_secrets: [{ key: '🔑'.repeat(257), value: '' }] })).toEqual(['body.session_secrets[0].key: longer than 256']);
    expect(send({ title: 't' })).toEqual(['body.prompt: required, missing']);
    expect(send({ prompt: 'p' }, { authorization: 'Bearer apk_user_x', 'content-type': 'application/json' })).toEqual(['authorization: expected "Bearer cog_…"']);
    expect(send({ prompt: 'p' }, { authorization: 'Bearer cog_x', 'content-type': 'text/plain' })).toEqual(['content-type: text/plain, the contract says application/json']);
  });

  it('checks page shapes: the last page ends with a null cursor', () => {
    const page = (p: Record<string, unknown>) => checkResponse(contract, endpoint('sessions.messages.list'), { status: 200, headers: json, json: p });
    const m = { event_id: 'e1', source: 'devin', message: 'hi', created_at: 1 };
    expect(page({ items: [m], end_cursor: null, has_next_page: false, total: 1 })).toEqual([]);
    expect(page({ items: [m], end_cursor: 'c1', has_next_page: false, total: 1 })).toEqual(['page.end_cursor: the last page must end with end_cursor null']);
    expect(page({ items: [m], end_cursor: null, has_next_page: true })).toEqual(['page.end_cursor: has_next_page is true but there is no cursor']);
  });

  it('wants what only get/list fill left out of action answers, and ProblemDetail errors', () => {
    const { status_detail: _d, ...action } = session;
    expect(checkResponse(contract, endpoint('sessions.archive'), { status: 200, headers: json, json: action })).toEqual([]);
    expect(checkResponse(contract, endpoint('sessions.archive'), { status: 200, headers: json, json: session })).toEqual([
      'body.status_detail: only get/list fill it; sessions.archive must leave it out',
    ]);
    const problem = { 'content-type': 'application/problem+json' };
    expect(checkResponse(contract, null, { status: 404, headers: problem, json: { type: 'about:blank', title: 'Not Found', status: 404, detail: 'x' } })).toEqual([]);
    expect(checkResponse(contract, null, { status: 404, headers: json, json: { detail: 'x' } })).toEqual([
      'content-type: application/json, errors are application/problem+json',
      'error.title: required, missing',
      'error.status: required, missing',
      'error.status: undefined differs from the HTTP status 404',
    ]);
  });
});

describe('every route devin-sim serves', () => {
  it('is a route of the contract (method and path template), whether or not a test calls it', () => {
    const missing = apiRouter()
      .routes()
      .map((r) => ({ method: r.method, path: r.template.replace(/:([a-z]+)/gi, 'x-$1') }))
      .filter((r) => matchEndpoint(contract, r.method, r.path).kind !== 'found')
      .map((r) => `${r.method} ${r.path}`);
    expect(missing).toEqual([]);
    // And the reverse holds for what the app uses: its download route is there (307 → storage).
    expect(matchEndpoint(contract, 'GET', '/v3/organizations/o/attachments/u/n.txt')).toMatchObject({ kind: 'found', endpoint: { id: 'attachments.download', response: { status: 307 } } });
  });
});

describe('a sim whose traffic drifts from the contract fails, naming the endpoint', () => {
  let sim: SimHandle;
  beforeAll(async () => {
    sim = await startSim({ checkContract: false });
  });
  afterAll(() => sim.close());
  afterEach(() => {
    sim.state.observer = null;
    takeContractViolations();
  });
  const client = () => createDevinClient({ baseUrl: sim.baseUrl, apiKey: SIM_KEYS.org, orgId: SIM_ORG.org_id, retry: { maxRetries: 0 } });

  it('passes unchanged', async () => {
    sim.state.observer = contractObserver(contract);
    const s = sim.control.createSession({ title: 'ok' });
    await client().sessions.get(s.session_id);
    expect(takeContractViolations()).toEqual([]);
  });

  it('a field renamed in the contract (title → name)', async () => {
    const c = mutable();
    const fields = mutate(c, 'sessions.get').response.fields as Record<string, unknown>;
    fields['name'] = fields['title'];
    delete fields['title'];
    sim.state.observer = contractObserver(c);
    await client().sessions.get(sim.control.createSession({ title: 'x' }).session_id);
    expect(() => assertNoContractViolations()).toThrow(/- sessions\.get: GET \/v3\/organizations\/org-sim\/sessions\/devin-\w+ → 200 \(response, client\)\n\s+body\.title: not in the contract/);
  });

  it('an enum value changed in the contract (running → active)', async () => {
    const c = mutable();
    const status = (mutate(c, 'sessions.get').response.fields as unknown as Record<string, { enum: string[] }>)['status'] as { enum: string[] };
    status.enum = status.enum.map((v) => (v === 'running' ? 'active' : v));
    sim.state.observer = contractObserver(c);
    await client().sessions.get(sim.control.createSession({ status: 'running' }).session_id);
    expect(takeContractViolations()).toEqual([
      expect.objectContaining({ endpoint: 'sessions.get', side: 'response', issues: ['body.status: "running" is not one of new, claimed, active, exit, error, suspended, resuming'] }),
    ]);
  });

  it('a route changed in the contract (…/sessions/{devin_id} → …/session/{devin_id})', async () => {
    const c = mutable();
    mutate(c, 'sessions.get').path = '/v3/organizations/{org_id}/session/{devin_id}';
    sim.state.observer = contractObserver(c);
    const id = sim.control.createSession().session_id;
    await client().sessions.get(id);
    expect(takeContractViolations()).toEqual([
      // terminate (DELETE) still has the old path; GET has none.
      expect.objectContaining({ endpoint: `GET /v3/organizations/org-sim/sessions/${id}`, side: 'request', agent: 'client', issues: ['method GET not in the contract for this path (it has DELETE)'] }),
      expect.objectContaining({ endpoint: `GET /v3/organizations/org-sim/sessions/${id}`, side: 'response', issues: ['status 200 for a route the contract does not have'] }),
    ]);
  });
});

describe('where the contract comes from', () => {
  const root = findRepoRoot();

  it('reads ../shared/api beside the repo, then beside the main checkout of a worktree, then the vendored copy', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'contract-locate-'));
    try {
      const repo = join(tmp, 'wt', 'x');
      mkdirSync(repo, { recursive: true });
      expect(locateContract(repo, {})).toEqual({ path: join(repo, VENDORED_CONTRACT), source: 'vendored' });
      // A worktree: .git is a file pointing into <main>/.git/worktrees/x, whose commondir leads to <main>/.git.
      const main = join(tmp, 'main');
      mkdirSync(join(main, '.git', 'worktrees', 'x'), { recursive: true });
      writeFileSync(join(main, '.git', 'worktrees', 'x', 'commondir'), '../..\n');
      writeFileSync(join(repo, '.git'), `gitdir: ${join(main, '.git', 'worktrees', 'x')}\n`);
      mkdirSync(join(tmp, 'shared', 'api'), { recursive: true });
      writeFileSync(join(tmp, 'shared', 'api', 'devin-v3-contract.json'), '{}');
      expect(locateContract(repo, {})).toEqual({ path: join(tmp, 'shared', 'api', 'devin-v3-contract.json'), source: 'shared-of-main-checkout' });
      expect(locateContract(main, {})).toEqual({ path: join(tmp, 'shared', 'api', 'devin-v3-contract.json'), source: 'shared' });
      expect(locateContract(repo, { DEVIN_CONTRACT_PATH: '/x/c.json' })).toEqual({ path: '/x/c.json', source: 'env' });
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('keeps the vendored copy identical to the shared one (when the shared one is here)', () => {
    const shared = locateContract(root, {});
    const vendored = readFileSync(join(root, VENDORED_CONTRACT), 'utf8');
    if (shared.source === 'vendored') {
      expect(JSON.parse(vendored)).toHaveProperty('endpoints');
      return;
    }
    expect(vendored).toBe(readFileSync(shared.path, 'utf8'));
  });
});
