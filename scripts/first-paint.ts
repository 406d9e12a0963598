// Time to first paint of the built renderer, against the renderer of an older commit built in the
// same run (`npm run preview`). Both are served the same way, wired to the same kind of harness,
// and loaded in turns in fresh browser contexts so machine load hits both alike.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { Harness } from '../test/e2e/harness';
import type { PaintSample } from './first-paint-summary';

/** The renderer before lazy loading and minification (issue #14's "today's build"). */
export const BASELINE_COMMIT = '6e33dea';

/**
 * Builds `commit`'s app into a temp folder (git archive + electron-vite build, sharing this
 * checkout's node_modules) and returns its out/renderer, or why it could not.
 */
export function buildRendererAt(root: string, commit: string): { dir: string; cleanup: () => void } | { error: string } {
  const hasCommit = spawnSync('git', ['cat-file', '-e', `${commit}^{commit}`], { cwd: root }).status === 0;
  if (!hasCommit) return { error: `commit ${commit} is not in this clone (a shallow clone?)` };
  const dir = mkdtempSync(join(tmpdir(), `devin-tray-${commit}-`));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    const archive = execFileSync('git', ['archive', '--format=tar', commit], { cwd: root, maxBuffer: 512 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const built = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: dir, encoding: 'utf8' });
    if (built.status !== 0) {
      cleanup();
      return { error: `building ${commit} failed: ${(built.stderr || built.stdout).trim().split('\n').slice(-3).join(' ')}` };
    }
    return { dir: join(dir, 'out/renderer'), cleanup };
  } catch (err) {
    cleanup();
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

// Recorded in the page: when the Shell's main region first exists (the app is usable).
const MARK_READY = `(() => {
  const check = () => {
    if (document.getElementById('main')) window.__devinTrayReadyAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

/** One load of the page (see PaintSample). */
async function loadOnce(browser: Browser, harness: Harness, cpuSlowdown: number): Promise<PaintSample> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 720 } });
  await context.addInitScript(MARK_READY);
  try {
    const page = await harness.open(context, async (p) => {
      if (cpuSlowdown <= 1) return;
      const cdp = await context.newCDPSession(p);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    });
    // The paint entry is recorded a frame after the paint itself: wait for both.
    await page.waitForFunction(
      () => typeof (window as unknown as { __devinTrayReadyAt?: number }).__devinTrayReadyAt === 'number' && performance.getEntriesByName('first-contentful-paint').length > 0,
      null,
      { timeout: 30_000 },
    );
    return await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
      const ready = (window as unknown as { __devinTrayReadyAt: number }).__devinTrayReadyAt;
      return { scriptsMs: nav?.domContentLoadedEventEnd ?? Number.NaN, firstPaintMs: fcp, readyMs: ready };
    });
  } finally {
    await context.close();
  }
}

/** Loads each build `rounds` times, alternating, and returns the samples per build. */
export async function measureFirstPaint(
  browser: Browser,
  builds: { name: string; rendererDir: string }[],
  rounds: number,
  cpuSlowdown = 1,
): Promise<Map<string, PaintSample[]>> {
  const env = { DEVIN_TRAY_DEMO: '1' };
  const harnesses = await Promise.all(builds.map((b) => new Harness({ env, rendererDir: b.rendererDir }).start()));
  const samples = new Map<string, PaintSample[]>(builds.map((b) => [b.name, []]));
  try {
    // One warm-up each (disk cache, JIT of the harness), not counted.
    for (const h of harnesses) await loadOnce(browser, h, cpuSlowdown);
    for (let round = 0; round < rounds; round++) {
      for (const [i, b] of builds.entries()) samples.get(b.name)?.push(await loadOnce(browser, harnesses[i] as Harness, cpuSlowdown));
    }
  } finally {
    await Promise.all(harnesses.map((h) => h.stop()));
  }
  return samples;
}
