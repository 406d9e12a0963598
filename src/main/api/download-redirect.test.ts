import { describe, expect, it } from 'vitest';
import { createDevinClient } from './client';

describe('download redirects', () => {
  it('never re-adds the key once a chain has left the API origin, even when it comes back', async () => {
    const seen: { url: string; auth: string | null }[] = [];
    const hops: Record<string, string> = {
      'https://api.devin.ai/v3/organizations/o/attachments/1/a.txt': 'https://evil.example/bounce',
      'https://evil.example/bounce': 'https://api.devin.ai/v3/organizations/o/attachments/2/secret.txt',
    };
    const fakeFetch = (async (input: URL | string, init?: RequestInit) => {
      const url = String(input);
      const headers = new Headers(init?.headers);
      seen.push({ url, auth: headers.get('authorization') });
      const next = hops[url];
      return next ? new Response(null, { status: 302, headers: { location: next } }) : new Response('bytes', { status: 200 });
    }) as typeof fetch;
    const client = createDevinClient({ baseUrl: 'https://api.devin.ai', apiKey: 'cog_secret', orgId: 'o', fetch: fakeFetch });
    const res = await client.downloadAttachment({ attachment_id: '1', name: 'a.txt' });
    expect(await res.text()).toBe('bytes');
    expect(seen.map((s) => [new URL(s.url).host, s.auth])).toEqual([
      ['api.devin.ai', 'Bearer cog_secret'],
      ['evil.example', null],
      ['api.devin.ai', null],
    ]);
  });
});
