/** Test support: renders one library screen in a locale over a fake bridge (no shell, no store). */
import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import { setBridgeForTests } from '../../../bridge';
import { I18nContext, i18nValue } from '../../../i18n/context';
import { createFakeBridge, type FakeHandlers } from '../../../test-support/fake-bridge';
import type { Locale } from '../../../../../shared/i18n';

export function renderScreen(ui: ReactElement, handlers: FakeHandlers, locale: Locale = 'en') {
  const fake = createFakeBridge(handlers);
  setBridgeForTests(fake.bridge);
  const result = render(<I18nContext.Provider value={i18nValue(locale)}>{ui}</I18nContext.Provider>);
  return { ...result, fake };
}

export function registerScreenCleanup(): void {
  afterEach(() => {
    cleanup();
    setBridgeForTests(null);
  });
}
