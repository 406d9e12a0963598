import { expect, test } from '@playwright/test';
import { Harness } from './harness';
test('rowdebug', async ({ context }) => {
  const h = await new Harness().start();
  const page = await h.open(context);
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(page.locator('.demo-badge')).toContainText('DEMO');
  await page.waitForTimeout(500);
  const out = await page.evaluate(() => [...document.querySelectorAll('.session-row')].slice(0, 3).map((r) => [r.getAttribute('aria-label'), (r as HTMLElement).innerText]));
  console.log(JSON.stringify(out, null, 1));
  await h.stop();
});
