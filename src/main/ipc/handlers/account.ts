import type { AccountService } from '../../account/account-service';
import type { Handlers } from '../router';

/** Account channels: thin calls into the account service (which never returns the key). */
export function accountHandlers(
  account: AccountService,
): Pick<Handlers, 'account:status' | 'account:signIn' | 'account:chooseOrg' | 'account:signOut' | 'account:startDemo'> {
  return {
    'account:status': () => account.view(),
    'account:signIn': (req) => account.signIn(req),
    'account:chooseOrg': (req) => account.chooseOrg(req),
    'account:signOut': () => account.signOut(),
    'account:startDemo': () => account.startDemo(),
  };
}
