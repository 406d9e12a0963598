import { BodyFields } from '../http/body-fields';
import { jsonResponse, type SimResponse } from '../http/response';
import { orgRoute, readJson, sessionOf, type ApiContext, type ApiRoute } from './api-route';

const PATH = '/v3/organizations/:org/sessions/:id/tags';
/** `maxItems` of the body (append and replace). */
export const SIM_MAX_TAGS_PER_REQUEST = 50;

/**
 * The body `{tags: string[]}` (required, at most 50). Empty or whitespace-only tags are refused:
 * the docs do not say, and the sim takes the stricter reading.
 */
async function readTags(ctx: ApiContext): Promise<string[]> {
  const f = new BodyFields(await readJson(ctx));
  const tags = f.optStringArray('tags');
  if (tags === undefined || tags === null) f.fail('tags', 'Field required', 'missing');
  else if (tags.length > SIM_MAX_TAGS_PER_REQUEST) f.fail('tags', `List should have at most ${SIM_MAX_TAGS_PER_REQUEST} items`, 'too_long');
  else {
    tags.forEach((t, i) => {
      if (t.trim() === '') f.issues.push({ loc: ['body', 'tags', i], msg: 'String should have at least 1 character', type: 'string_too_short' });
    });
  }
  f.check();
  return tags ?? [];
}

function tagsResponse(tags: readonly string[]): SimResponse {
  return jsonResponse(200, { tags: [...tags] });
}

export function getTags(ctx: ApiContext): SimResponse {
  return tagsResponse(sessionOf(ctx).tags);
}

/** Appends, skipping tags the session already has; answers every tag. Moves `updated_at` when something changed. */
export async function appendTags(ctx: ApiContext): Promise<SimResponse> {
  const store = ctx.state.sessions;
  const s = sessionOf(ctx);
  const add = await readTags(ctx);
  const before = s.tags.length;
  for (const t of add) if (!s.tags.includes(t)) s.tags.push(t);
  if (s.tags.length !== before) store.touch(s, ctx.state.clock.nowSec());
  return tagsResponse(s.tags);
}

/** Replaces every tag (duplicates in the body are kept once). */
export async function replaceTags(ctx: ApiContext): Promise<SimResponse> {
  const store = ctx.state.sessions;
  const s = sessionOf(ctx);
  const next = [...new Set(await readTags(ctx))];
  const changed = next.length !== s.tags.length || next.some((t, i) => t !== s.tags[i]);
  s.tags = next;
  if (changed) store.touch(s, ctx.state.clock.nowSec());
  return tagsResponse(s.tags);
}

/** Session tags (`sessions.tags.get|append|replace`). The docs show no permissions; the sim asks for the session ones. */
export const sessionTagRoutes: ApiRoute[] = [
  orgRoute('GET', PATH, 'ViewOrgSessions', getTags),
  orgRoute('POST', PATH, 'ManageOrgSessions', appendTags),
  orgRoute('PUT', PATH, 'ManageOrgSessions', replaceTags),
];
