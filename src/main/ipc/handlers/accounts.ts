import type { AccountsChannelName } from '../../../shared/ipc/channels/accounts';
import type { AccountsService } from '../../accounts/accounts-service';
import type { Handlers } from '../router';

/** Several accounts (#16): thin calls into the accounts service (which never returns a key). */
export function accountsHandlers(accounts: AccountsService): Pick<Handlers, AccountsChannelName> {
  return {
    'accounts:list': () => accounts.accounts(),
    'accounts:add': (req) => accounts.add(req),
    'accounts:remove': ({ id }) => accounts.remove(id),
    'accounts:rename': ({ id, label }) => accounts.rename(id, label),
    'accounts:setCurrent': ({ id }) => accounts.setCurrent(id),
  };
}
