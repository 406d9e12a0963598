import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { createAppStore } from './app-store';
import type { AppStore } from './app-store';
import { StoreContext } from './context';
import { getBridge } from '../bridge';

/** Creates the app store over `getBridge()` once and keeps it subscribed while mounted. */
export function StoreProvider({ children, store: given }: { children: ReactNode; store?: AppStore }) {
  const [store] = useState(() => given ?? createAppStore(getBridge()));
  useEffect(() => store.start(), [store]);
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}
