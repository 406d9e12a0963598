import { expect, test } from '@playwright/test';
import { Keychain } from '../../src/main/account/keychain';
import { translate } from '../../src/shared/i18n';
import { startSim } from '../../src/sim/server';
import type { SimHandle } from '../../src/sim/server';
import { launchApp, profile, TEST_KEYCHAIN_ACCOUNT } from './app';

// Sign-in against devin-sim in the real app: the key lands in the OS keychain (Keychain on macOS,
// Credential Manager on Windows, the Secret Service on Linux), under the suite's own account, and
// a restart signs in again from it without asking.
let sim: SimHandle;
const keychain = new Keychain({ account: TEST_KEYCHAIN_ACCOUNT });
test.beforeAll(async () => {
  sim = await startSim({ seed: 'empty' });
});
test.afterAll(async () => {
  await keychain.delete().catch(() => undefined);
  await sim.close();
});

test('a key entered in the app is kept in the OS keychain and read back after a restart', async () => {
  const p = profile({ locale: 'en', apiBaseUrl: sim.baseUrl });
  try {
    const first = await launchApp({ profileDir: p.dir });
    await first.page.getByLabel(translate('en', 'ui.onboarding.keyLabel')).fill('cog_sim_org');
    await first.page.getByRole('button', { name: translate('en', 'ui.onboarding.signIn'), exact: true }).click();
    await expect(first.page.getByRole('banner')).toContainText('org-sim');
    expect(await keychain.get()).toContain('cog_sim_org');
    await first.app.close();

    const second = await launchApp({ profileDir: p.dir });
    await expect(second.page.getByRole('banner')).toContainText('org-sim');
    await expect(second.page.getByLabel(translate('en', 'ui.onboarding.keyLabel'))).toHaveCount(0);
    await second.app.close();
  } finally {
    p.remove();
  }
});
