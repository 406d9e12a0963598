import { createContext } from 'react';
import type { AppStore } from './app-store';

/** Holds the app store; provided by <StoreProvider>. */
export const StoreContext = createContext<AppStore | null>(null);
