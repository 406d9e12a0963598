import { expect, type Page } from '@playwright/test';
import { translate } from '../../src/shared/i18n';

/** Signs in on the onboarding screen with the sim's org key and waits for the shell. */
export async function signIn(page: Page): Promise<void> {
  await page.getByLabel(translate('en', 'ui.onboarding.keyLabel')).fill('cog_sim_org');
  await page.getByRole('button', { name: translate('en', 'ui.onboarding.signIn'), exact: true }).click();
  await expect(page.getByRole('banner')).toContainText('org-sim');
}
