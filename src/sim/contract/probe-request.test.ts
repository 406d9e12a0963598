import { describe, expect, it } from 'vitest';
import { checkRequest } from './check-request';
import { loadContract } from './locate-contract';
import { probeRequest } from './probe-request';

const { contract } = loadContract();
const values = { org_id: 'org-1', devin_id: 'devin-probe', session_id: 'devin-probe' };

describe('a request built from the contract alone', () => {
  it('passes the checker for every endpoint of the contract', () => {
    const failing = contract.endpoints
      .map((e) => {
        const p = probeRequest(e, values, 'cog_probe');
        const { label, issues } = checkRequest(contract, { method: p.method, pathname: p.path, query: p.query, headers: p.headers, body: p.body });
        return { id: e.id, label, issues };
      })
      .filter((r) => r.label !== r.id || r.issues.length > 0);
    expect(failing).toEqual([]);
  });

  it('carries only the required fields, with values the descriptors accept', () => {
    const create = contract.endpoints.find((e) => e.id === 'schedules.create');
    const p = probeRequest(create!, values, 'cog_probe');
    expect(JSON.parse(p.body!.toString())).toEqual({ name: 'probe', prompt: 'probe' });
    const provision = contract.endpoints.find((e) => e.id === 'organizations.service_users.provision');
    expect(JSON.parse(probeRequest(provision!, values, 'cog_probe').body!.toString())).toEqual({ name: 'probe', role_id: 'probe', ttl_seconds: 1 });
  });

  it('is caught by the checker when the contract then changes (a required field added)', () => {
    const c = structuredClone(contract);
    const notes = c.endpoints.find((e) => e.id === 'knowledge.notes.create')!;
    const p = probeRequest(notes, values, 'cog_probe');
    (notes.body as Record<string, unknown>)['folder_id'] = { type: 'string', required: true };
    expect(checkRequest(c, { method: p.method, pathname: p.path, query: p.query, headers: p.headers, body: p.body }).issues).toEqual(['body.folder_id: required, missing']);
  });
});
