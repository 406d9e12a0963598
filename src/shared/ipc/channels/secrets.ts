import { z } from 'zod';
import type { OrgSecret } from '../../domain/secret';
import { type } from '../phantom';

/** The org's secrets for a picker: names, notes, types; never a value (the API has none to give). */
export interface OrgSecretList {
  items: OrgSecret[];
  /** False when the list was cut at its page bound (a very large org). */
  complete: boolean;
}

/** Org secrets (`devinTray.secrets.list()`), for the "only these secrets" choice of the composer and the handoff. */
export const secretsChannels = {
  'secrets:list': { request: z.undefined(), response: type<OrgSecretList>() },
} as const;

export type SecretsChannelName = keyof typeof secretsChannels;
