import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { build } from 'vite';

/**
 * The Markdown preview's sanitizer (marked + DOMPurify), in real Chromium: happy-dom is not a
 * faithful enough DOM for DOMPurify, so this is where "no raw HTML execution" is proven.
 */
let outDir = '';

test.beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'devin-tray-md-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      lib: { entry: resolve(__dirname, '../../src/renderer/src/features/knowledge/kit/markdown.ts'), formats: ['iife'], name: 'md', fileName: () => 'md.js' },
    },
  });
});

test.afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const HOSTILE = [
  '# Notes',
  '<script>window.pwned = "script"</script>',
  '<img src=x onerror="window.pwned = \'img\'">',
  '[click](javascript:window.pwned=\'link\')',
  '<a href="#" onclick="window.pwned=\'onclick\'" id="evil">evil</a>',
  '<iframe src="javascript:parent.pwned=\'iframe\'"></iframe>',
  '<svg><script>window.pwned="svg"</script></svg>',
  '<div style="background:url(javascript:alert(1))">styled</div>',
  '![pic](https://example.com/p.png)',
].join('\n\n');

test('the Markdown preview never executes raw HTML', async ({ page }) => {
  await page.setContent('<!doctype html><html><body><div id="out"></div></body></html>');
  await page.addScriptTag({ path: join(outDir, 'md.js') });
  const result = await page.evaluate(async (src) => {
    const w = window as unknown as { md: { renderMarkdown: (s: string) => string }; pwned?: string };
    const html = w.md.renderMarkdown(src);
    const out = document.getElementById('out') as HTMLElement;
    out.innerHTML = html;
    (document.getElementById('evil') as HTMLElement | null)?.click();
    // Click every link that would not navigate away (an https one would leave this page).
    for (const a of out.querySelectorAll('a')) if (!/^https:/i.test(a.getAttribute('href') ?? '')) a.click();
    await new Promise((r) => setTimeout(r, 100));
    return {
      html,
      pwned: w.pwned ?? null,
      heading: out.querySelector('h1')?.textContent ?? null,
      hrefs: [...out.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      handlers: [...out.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => n.startsWith('on') || n === 'style'),
    };
  }, HOSTILE);
  expect(result.pwned).toBeNull();
  expect(result.heading).toBe('Notes');
  expect(result.html).not.toMatch(/<script|<iframe|<img|<svg/i);
  expect(result.handlers).toEqual([]);
  expect(result.hrefs.some((h) => h?.toLowerCase().startsWith('javascript:'))).toBe(false);
  expect(result.hrefs).toContain('https://example.com/p.png');
});
