import { AppError } from '../../shared/errors';
import type { Transport } from './transport';

/** Per-call options every endpoint method accepts. */
export interface CallOptions {
  signal?: AbortSignal;
}

/** What endpoint groups share: the transport and the org they act on. */
export interface ApiContext {
  transport: Transport;
  orgId: string | null;
  /** `/v3/organizations/{org_id}`; throws AppError ORG_REQUIRED when no org is set. */
  orgPath(): string;
}

/** Encodes one path segment (ids come from users and servers; never trust them in a URL). */
export function seg(value: string): string {
  return encodeURIComponent(value);
}

export function createContext(transport: Transport, orgId: string | null): ApiContext {
  return {
    transport,
    orgId,
    orgPath() {
      if (!orgId) throw new AppError('ORG_REQUIRED', 'This call needs an organization id; choose an organization first');
      return `/v3/organizations/${seg(orgId)}`;
    },
  };
}
