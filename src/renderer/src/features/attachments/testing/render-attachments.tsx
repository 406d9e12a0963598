import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import type { Locale } from '../../../../../shared/i18n';
import type { Settings } from '../../../../../shared/settings';
import { DEFAULT_SETTINGS } from '../../../../../shared/settings';
import { setBridgeForTests } from '../../../bridge';
import { I18nContext, i18nValue } from '../../../i18n/context';
import { StoreProvider } from '../../../store/StoreProvider';
import { createFakeBridge, SIGNED_IN } from '../../../test-support/fake-bridge';
import type { FakeHandlers } from '../../../test-support/fake-bridge';

/** Renders one attachments component with the app store and a locale over a fake bridge (no shell). */
export function renderWithStore(ui: ReactElement, handlers: FakeHandlers, opts: { locale?: Locale; settings?: Partial<Settings> } = {}) {
  const fake = createFakeBridge(handlers, { account: SIGNED_IN, settings: { ...DEFAULT_SETTINGS, ...opts.settings } });
  setBridgeForTests(fake.bridge);
  const result = render(
    <StoreProvider>
      <I18nContext.Provider value={i18nValue(opts.locale ?? 'en')}>{ui}</I18nContext.Provider>
    </StoreProvider>,
  );
  return { ...result, fake };
}

export function registerAttachmentsCleanup(): void {
  afterEach(() => {
    cleanup();
    setBridgeForTests(null);
  });
}
