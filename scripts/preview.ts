// `npm run preview`: the real UI (built renderer) in Chromium, wired to the real main-process
// services and an in-process devin-sim — the app without an Electron binary. With a display it opens
// a window you can use; without one it runs headless, saves a screenshot and exits.
// First it prints the time to first paint of this build against the 6e33dea build (before lazy
// loading), both measured in this run; `--no-compare` skips that.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { Harness } from '../test/e2e/harness';
import { CHROMIUM_ARGS, chromiumPath } from '../test/e2e/chromium';
import { BASELINE_COMMIT, buildRendererAt, measureFirstPaint } from './first-paint';
import { firstPaintLine } from './first-paint-summary';
import { trackWindowVisibility } from './preview-visibility';

// Loads per build, interleaved; the medians are printed (the machine is shared, single loads are noisy).
const ROUNDS = 11;

async function compareFirstPaint(): Promise<void> {
  const root = resolve(__dirname, '..');
  console.log(`first paint: building ${BASELINE_COMMIT} into a temp folder to compare…`);
  const baseline = buildRendererAt(root, BASELINE_COMMIT);
  if ('error' in baseline) console.log(`first paint: no baseline (${baseline.error}); this build alone:`);
  const builds = [{ name: 'current', rendererDir: resolve(root, 'out/renderer') }];
  if (!('error' in baseline)) builds.push({ name: BASELINE_COMMIT, rendererDir: baseline.dir });
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  try {
    for (const slowdown of [1, 4]) {
      const samples = await measureFirstPaint(browser, builds, ROUNDS, slowdown);
      console.log(`${firstPaintLine(samples.get('current') ?? [], samples.get(BASELINE_COMMIT) ?? null, BASELINE_COMMIT)} cpu_slowdown=${slowdown}`);
    }
  } finally {
    await browser.close();
    if (!('error' in baseline)) baseline.cleanup();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (!args.includes('--no-compare')) await compareFirstPaint();
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
  // Polls at the visible rate while the window is shown or focused, as the Electron window does.
  const page = await harness.open(context, (p) => trackWindowVisibility(p, (visible) => harness.core.sessions.setWindowVisible(visible)));
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
