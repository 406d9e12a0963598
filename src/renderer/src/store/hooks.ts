import { useContext, useSyncExternalStore } from 'react';
import { StoreContext } from './context';
import type { AppState, AppStore } from './app-store';
import type { AccountView } from '../../../shared/account';
import type { Settings } from '../../../shared/settings';
import type { AppInfo, Notice } from '../../../shared/ipc/contract';

/** The app store from context (for actions: updateSettings, setAccount, dismissNotice). */
export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore must be used inside <StoreProvider>');
  return store;
}

/** Subscribes to one slice; re-renders only when that slice's identity changes. */
export function useAppState<T>(select: (state: AppState) => T): T {
  const store = useAppStore();
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}

export const useAccount = (): AccountView => useAppState((s) => s.account);
export const useSettings = (): Settings => useAppState((s) => s.settings);
export const useNotices = (): readonly Notice[] => useAppState((s) => s.notices);
export const useAppInfo = (): AppInfo | null => useAppState((s) => s.info);
export const useBootStatus = (): Pick<AppState, 'status' | 'bootError'> => {
  const status = useAppState((s) => s.status);
  const bootError = useAppState((s) => s.bootError);
  return { status, bootError };
};
