import { describe, expect, it } from 'vitest';
import { filterOrgs } from './filter-orgs';

const orgs = [
  { orgId: 'org-1', name: 'Acme Robotics' },
  { orgId: 'org-2', name: 'Acme Labs' },
  { orgId: 'org-xyz', name: '研发中心' },
];

describe('filterOrgs', () => {
  it.each([
    ['', ['org-1', 'org-2', 'org-xyz']],
    ['  ', ['org-1', 'org-2', 'org-xyz']],
    ['acme', ['org-1', 'org-2']],
    ['ACME lab', ['org-2']],
    ['xyz', ['org-xyz']],
    ['研发', ['org-xyz']],
    ['nothing', []],
  ])('%j → %j', (query, ids) => {
    expect(filterOrgs(orgs, query).map((o) => o.orgId)).toEqual(ids);
  });
});
