import type { SecretsChannelName } from '../../../shared/ipc/channels/secrets';
import type { DevinClient } from '../../api';
import type { Handlers } from '../router';

/** A picker lists at most this many pages of 200 (1000 secrets); past that the list says it is incomplete. */
const MAX_PAGES = 5;

/** `secrets:list`: the signed-in org's secrets, all pages up to the bound. */
export function createSecretsHandlers(deps: { getClient: () => DevinClient }): Pick<Handlers, SecretsChannelName> {
  return {
    'secrets:list': async () => {
      const { items, complete } = await deps.getClient().secrets.listAll({ first: 200, maxPages: MAX_PAGES });
      return { items, complete };
    },
  };
}
