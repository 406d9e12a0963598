import type { OrgChoice } from '../../shared/account';
import { AppError } from '../../shared/errors';
import type { DevinClient } from '../api/client';

/**
 * The organizations an enterprise key may pick from. A key without `ManageOrganizations`
 * gets 403 here; that is not a sign-in failure, the user types the org id instead (empty list).
 */
export async function listOrgChoices(client: DevinClient): Promise<OrgChoice[]> {
  try {
    const { items } = await client.listAllOrganizations({ maxPages: 20 });
    return items.map((o) => ({ orgId: o.org_id, name: o.name }));
  } catch (err) {
    if (err instanceof AppError && err.code === 'FORBIDDEN') return [];
    throw err;
  }
}

/**
 * Proves the key can work in `orgId` with the cheapest org-scoped call (one session). A wrong
 * id comes back as NOT_FOUND or FORBIDDEN from the API and is thrown as such.
 */
export async function validateOrgAccess(client: DevinClient, orgId: string): Promise<void> {
  const id = orgId.trim();
  if (!/^[\x21-\x7e]{1,200}$/.test(id)) {
    throw new AppError('INVALID_INPUT', 'An organization id has no spaces (e.g. org-abc123)', {}, { detail: 'organization id' });
  }
  await client.withOrg(id).sessions.list({ first: 1 });
}
