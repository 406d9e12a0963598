import { useContext, useSyncExternalStore } from 'react';
import type { AccountView } from '../../../../shared/account';
import { StoreContext } from '../../store/context';

const noSubscription = () => () => undefined;

/**
 * The signed-in principal (from GET /v3/self, kept in the app store), or null, also where the
 * screen is rendered without a store (the library's component tests): a name is a nicety there.
 */
export function usePrincipal(): AccountView['principal'] {
  const store = useContext(StoreContext);
  return useSyncExternalStore(store ? store.subscribe : noSubscription, () => store?.getState().account.principal ?? null);
}
