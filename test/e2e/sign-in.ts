import { expect, type Page } from '@playwright/test';
import { translate, type Locale } from '../../src/shared/i18n';

/** Signs in on the onboarding screen with the sim's org key, in the page's language, and waits for the shell. */
export async function signIn(page: Page, locale: Locale = 'en'): Promise<void> {
  await page.getByLabel(translate(locale, 'ui.onboarding.keyLabel')).fill('cog_sim_org');
  await page.getByRole('button', { name: translate(locale, 'ui.onboarding.signIn'), exact: true }).click();
  await expect(page.getByRole('banner')).toContainText('org-sim');
}
