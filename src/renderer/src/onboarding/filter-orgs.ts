import type { OrgChoice } from '../../../shared/account';

/** Above this many organizations the picker shows a filter box. */
export const ORG_FILTER_THRESHOLD = 6;

/** Case-insensitive match on name or id; every whitespace-separated term must match. */
export function filterOrgs(orgs: readonly OrgChoice[], query: string): OrgChoice[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [...orgs];
  return orgs.filter((o) => {
    const hay = `${o.name} ${o.orgId}`.toLowerCase();
    return terms.every((term) => hay.includes(term));
  });
}
