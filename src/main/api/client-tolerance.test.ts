import { describe, expect, it } from 'vitest';
import { createDevinClient } from './client';

/** A fetch that answers every request with `body` as JSON. */
const answering = (body: unknown): typeof fetch =>
  (async () => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } })) as typeof fetch;

const client = (body: unknown) => createDevinClient({ baseUrl: 'https://api.devin.ai', apiKey: 'cog_x', orgId: 'org-1', fetch: answering(body), retry: { maxRetries: 0 } });

describe('the client tolerates what the contract does not name', () => {
  const session = { session_id: 'devin-1', url: 'https://app.devin.ai/sessions/1', status: 'running', tags: [], org_id: 'org-1', created_at: 1, updated_at: 2, acus_consumed: 0, pull_requests: [] };

  it('ignores unknown fields in a page and its items, and keeps unknown enum values', async () => {
    const page = await client({ items: [{ ...session, status: 'creating', brand_new_field: { x: 1 } }], end_cursor: null, has_next_page: false, total: 1, next_page_token: 'x' }).sessions.list();
    expect(page.items[0]).toMatchObject({ session_id: 'devin-1', status: 'creating' });
    expect(page.items[0]).not.toHaveProperty('brand_new_field');
    expect(page).toMatchObject({ end_cursor: null, has_next_page: false });
  });

  it('reads an action answer with extra fields, keeping only the known ones it carried', async () => {
    const answer = await client({ ...session, is_advanced: true }).sessions.archive('devin-1');
    expect(answer).toMatchObject({ session_id: 'devin-1', status: 'running' });
    expect(answer).not.toHaveProperty('is_advanced');
    expect(answer).not.toHaveProperty('status_detail');
  });
});
