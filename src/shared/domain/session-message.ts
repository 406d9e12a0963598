import { z } from 'zod';
import { openEnum, unixSeconds } from './fields';

/** Known message sources (the full enum is unpublished; others parse). */
export const MESSAGE_SOURCES = ['devin', 'user'] as const;

/** One message in a session, ordered chronologically by the API. */
export const sessionMessageSchema = z.object({
  event_id: z.string(),
  source: openEnum(MESSAGE_SOURCES),
  message: z.string(),
  created_at: unixSeconds,
});
export type SessionMessage = z.output<typeof sessionMessageSchema>;
