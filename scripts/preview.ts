// `npm run preview`: the real UI (built renderer) in Chromium, wired to the real main-process
// services and an in-process devin-sim — the app without an Electron binary. With a display it opens
// a window you can use; without one it runs headless, saves a screenshot and exits.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { Harness } from '../test/e2e/harness';
import { CHROMIUM_ARGS, chromiumPath } from '../test/e2e/chromium';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const headless = args.includes('--headless') || !process.env['DISPLAY'];
  const harness = await new Harness({ realKeychain: true, env: args.includes('--demo') ? { DEVIN_TRAY_DEMO: '1' } : {} }).start();
  console.log(`devin-sim: ${harness.sim.baseUrl}`);
  console.log('  cog_sim_org         org-scoped key (org org-sim)');
  console.log('  cog_sim_enterprise  enterprise key (pick an organization)');
  console.log('  or press "Try the demo"');
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless,
    args: headless ? CHROMIUM_ARGS : [...CHROMIUM_ARGS, `--app=${harness.rendererUrl}`],
  });
  const context = await browser.newContext({ viewport: { width: 1100, height: 720 } });
  const page = await harness.open(context);
  // Main's own yes/no questions (Electron shows a native dialog): here the browser's confirm box.
  harness.answerConfirm = (q) => page.evaluate((text) => window.confirm(text), `${q.title}\n\n${q.message}\n\n${q.detail}`);
  const shutdown = async () => {
    await browser.close().catch(() => undefined);
    await harness.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  if (headless) {
    mkdirSync('test-results', { recursive: true });
    const file = resolve('test-results/preview.png');
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: file });
    console.log(`No display: ran headless and saved a screenshot to ${file}`);
    await shutdown();
  } else {
    console.log('Preview window open; close it or press Ctrl+C to stop.');
    page.on('close', () => void shutdown());
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
