import { cleanup, render } from '@testing-library/react';
import { afterEach } from 'vitest';
import { setBridgeForTests } from '../bridge';
import { Root } from '../Root';
import { createFakeBridge } from './fake-bridge';
import type { FakeBridge, FakeHandlers } from './fake-bridge';
import type { AccountView } from '../../../shared/account';
import type { Settings } from '../../../shared/settings';

/** Renders the whole renderer (<Root/>) over a fake bridge injected through bridge.ts. */
export function renderApp(handlers: FakeHandlers = {}, initial: { account?: AccountView; settings?: Settings } = {}) {
  const fake: FakeBridge = createFakeBridge(handlers, initial);
  setBridgeForTests(fake.bridge);
  const result = render(<Root />);
  return { ...result, fake };
}

/** Registers per-test cleanup (vitest runs without globals, so Testing Library cannot do it itself). */
export function registerRendererCleanup(): void {
  afterEach(() => {
    cleanup();
    setBridgeForTests(null);
    window.location.hash = '';
    document.documentElement.removeAttribute('data-theme');
    document.documentElement.lang = '';
  });
}
