import { z } from 'zod';
import { MAX_TAG_LENGTH, MAX_TAGS_PER_REQUEST } from '../../domain/session-tags';
import type { InsightView } from '../../sessions/insight-view';
import { type } from '../phantom';

const sessionId = z.string().min(1).max(200);
// Length and content rules are checked in main (TAG_INVALID names the tag); this only bounds the payload.
const tags = z.array(z.string().max(MAX_TAG_LENGTH * 4)).min(1).max(MAX_TAGS_PER_REQUEST);

/** A session's tags after an edit (every tag it has now). */
export interface SessionTagsResult {
  sessionId: string;
  tags: string[];
}

/**
 * A session's tags and insights, edited and read from its detail view. Tag edits refresh the
 * session in the tracked list before they answer, so list filters see the new tags at once.
 */
export const sessionMetaChannels = {
  /** Appends tags (`POST …/tags`); the answer lists every tag of the session. */
  'tags:add': { request: z.object({ sessionId, tags }).strict(), response: type<SessionTagsResult>() },
  /** Removes tags (reads the session's tags, then `PUT …/tags` with the rest). */
  'tags:remove': { request: z.object({ sessionId, tags }).strict(), response: type<SessionTagsResult>() },
  /** The session's insights now; `pending` while a generation asked for here has not finished. */
  'insights:get': { request: z.object({ sessionId }).strict(), response: type<InsightView>() },
  /** Starts generating insights (idempotent); poll `insights:get` while `pending`. */
  'insights:generate': { request: z.object({ sessionId }).strict(), response: type<InsightView>() },
} as const;

export type SessionMetaChannelName = keyof typeof sessionMetaChannels;
