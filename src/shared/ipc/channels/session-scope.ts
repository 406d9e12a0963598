import { z } from 'zod';
import { sessionCreateRequestSchema } from '../../domain/session';
import { type } from '../phantom';
import type { CreatedSessionInfo } from './sessions';

/** An organization of an enterprise key, named as `GET /v3/enterprise/organizations` names it. */
export interface ScopeOrg {
  orgId: string;
  name: string;
}

/**
 * Where the sessions list comes from. `available` only for an enterprise key that may list its
 * organizations: then `all` lists every org through `/v3/enterprise/sessions`, `org` the
 * account's org (`orgId`). `createOrgId` is where a new session goes in the `all` scope unless
 * the composer picks another (the org last used, else the account's).
 */
export interface SessionScopeView {
  available: boolean;
  scope: 'all' | 'org';
  orgId: string | null;
  orgs: ScopeOrg[];
  createOrgId: string | null;
}

const orgId = z.string().min(1).max(200);

export const sessionScopeChannels = {
  'sessionScope:get': { request: z.undefined(), response: type<SessionScopeView>() },
  /** "All organisations", or one org (switching the account's org when it is another). */
  'sessionScope:set': {
    request: z.union([z.object({ scope: z.literal('all') }).strict(), z.object({ scope: z.literal('org'), orgId }).strict()]),
    response: type<SessionScopeView>(),
  },
  /** Where the next session made outside the composer (the handoff) starts in the All-organisations scope. */
  'sessionScope:setCreateOrg': { request: z.object({ orgId }).strict(), response: type<SessionScopeView>() },
  /** Creates a session in a chosen org of the enterprise key (remembered as the next default). */
  'sessionScope:create': { request: z.object({ orgId, body: sessionCreateRequestSchema }).strict(), response: type<CreatedSessionInfo>() },
} as const;

export const sessionScopeEvents = {
  'sessionScope:changed': type<SessionScopeView>(),
} as const;

export type SessionScopeChannelName = keyof typeof sessionScopeChannels;
