import { expect, test, type Page } from '@playwright/test';
import { translate, type Locale, type MessageKey } from '../../src/shared/i18n';
import { createEnvNetwork } from '../../src/main/network/env-network';
import { API_HOST, FILES_HOST, startProxiedSim } from '../../src/main/network/testing/proxied-sim';
import type { ProxiedSim } from '../../src/main/network/testing/proxied-sim';
import { createThrowawayCa } from '../../src/main/network/testing/throwaway-ca';
import { Harness } from './harness';
import { signIn } from './sign-in';
import { shootBothThemes } from './screens';

/**
 * Settings › Network and the proxy sign-in dialog, through the real UI, router and network code.
 * The API is devin-sim answering as https://devin.invalid, reachable only through a recording
 * proxy (HTTPS_PROXY), with a certificate from a CA made for the run. "Test connection" works,
 * then the TLS front starts presenting a TLS-inspection certificate nobody trusts, and the page
 * names the step and the certificate. The sign-in dialog answers a proxy's login request.
 */
test.use({ reducedMotion: 'reduce' });

for (const locale of ['en', 'zh-CN'] as const) {
  test.describe(`network (${locale})`, () => {
    const tr = (key: MessageKey | string, params: Record<string, string | number> = {}) => translate(locale as Locale, key, params);

    async function openNetworkSettings(page: Page) {
      await page.getByRole('navigation').getByRole('link', { name: tr('ui.nav.settings') }).click();
      const region = page.getByRole('region', { name: tr('ui.settings.network') });
      await region.scrollIntoViewIfNeeded();
      return region;
    }

    test('shows the proxy for the API host, tests the connection through it, and names a refused certificate', async ({ context }) => {
      const world: ProxiedSim = await startProxiedSim();
      const inspection = createThrowawayCa([API_HOST, FILES_HOST], 'Corp TLS Inspection CA');
      const env = { HTTPS_PROXY: world.openProxy.url };
      // The harness's Node cannot take NODE_EXTRA_CA_CERTS after start: the run's CA is handed to the tunnel instead.
      const h = await new Harness({
        settings: { locale, apiBaseUrl: `https://${API_HOST}` },
        env,
        createNetwork: () => createEnvNetwork(env, { tunnelCa: [world.ca.caPem] }),
      }).start();
      try {
        const page = await h.open(context);
        await signIn(page, locale);
        const network = await openNetworkSettings(page);
        const proxy = `127.0.0.1:${world.openProxy.port}`;
        await expect(network.getByTestId('network-route')).toHaveText(tr('network.route.proxyEnv', { proxy, envVar: 'HTTPS_PROXY' }));
        await expect(network.getByText(tr('ui.settings.network.proxyFor', { host: API_HOST }))).toBeVisible();

        await network.getByRole('button', { name: tr('ui.settings.network.test') }).click();
        await expect(network.getByText(tr('ui.settings.network.ok'))).toBeVisible();
        await expect(network.getByText(tr('network.ok.keyWorks'))).toBeVisible();
        await shootBothThemes(page, `settings-network-ok-${locale}`);

        // From now on something between us and the API presents its own certificate.
        world.front.setCertificate(inspection.certPem, inspection.keyPem);
        await network.getByRole('button', { name: tr('ui.settings.network.test') }).click();
        await expect(network.getByText(tr('ui.settings.network.failed', { stage: tr('network.stage.tls') }))).toBeVisible();
        await expect(network.getByText('CN=Corp TLS Inspection CA, O=devin-tray tests')).toBeVisible();
        await expect(network.getByText('CN=devin.invalid', { exact: true })).toBeVisible();
        await network.getByText(tr('ui.settings.network.cert.title'), { exact: true }).scrollIntoViewIfNeeded();
        await shootBothThemes(page, `settings-network-tls-${locale}`);

        // Everything reached the API through CONNECT tunnels; the proxy never saw the key.
        expect(world.openProxy.records.length).toBeGreaterThan(0);
        expect(world.openProxy.records.every((r) => r.kind === 'connect' && r.target === `${API_HOST}:443`)).toBe(true);
        expect(JSON.stringify(world.openProxy.records)).not.toContain('cog_sim_org');
      } finally {
        await context.close();
        await h.stop();
        await world.close();
        inspection.dispose();
      }
    });

    test('asks for the proxy’s credentials in a dialog, and the password goes nowhere else', async ({ context }) => {
      const h = await new Harness({ settings: { locale } }).start();
      try {
        const page = await h.open(context);
        await signIn(page, locale);
        const ask = (attempt: number) => h.core.proxyAuth.request({ isProxy: true, scheme: 'basic', host: 'proxy.corp', port: 3128, realm: 'Corp Proxy', attempt });

        const first = ask(1);
        const dialog = page.getByRole('dialog', { name: tr('ui.proxyAuth.title') });
        await expect(dialog).toBeVisible();
        await expect(dialog.getByText(tr('ui.proxyAuth.body', { proxy: 'proxy.corp:3128' }))).toBeVisible();
        await expect(dialog.getByLabel(tr('ui.proxyAuth.username'))).toBeFocused();
        await dialog.getByLabel(tr('ui.proxyAuth.username')).fill('alice');
        await dialog.getByLabel(tr('ui.proxyAuth.password')).fill('hunter2-proxy');
        await shootBothThemes(page, `proxy-auth-${locale}`);
        await dialog.getByRole('button', { name: tr('ui.proxyAuth.signIn') }).click();
        await expect(first).resolves.toEqual({ username: 'alice', password: 'hunter2-proxy' });
        await expect(dialog).toBeHidden();

        // The proxy refused them: asked again, saying so; Escape cancels.
        const retry = ask(2);
        await expect(dialog.getByText(tr('ui.proxyAuth.retry'))).toBeVisible();
        // The user name is offered again (never the password), and the password field has the focus.
        await expect(dialog.getByLabel(tr('ui.proxyAuth.username'))).toHaveValue('alice');
        await expect(dialog.getByLabel(tr('ui.proxyAuth.password'))).toHaveValue('');
        await expect(dialog.getByLabel(tr('ui.proxyAuth.password'))).toBeFocused();
        await shootBothThemes(page, `proxy-auth-retry-${locale}`);
        await page.keyboard.press('Escape');
        await expect(retry).resolves.toBeNull();
        await expect(dialog).toBeHidden();

        // The password crossed once, into main; no response or event carried it back.
        const mentions = h.ipcLog.filter((r) => JSON.stringify(r).includes('hunter2-proxy')).map((r) => r.channel);
        expect(mentions).toEqual(['network:answerProxyAuth']);
        expect(JSON.stringify(h.ipcLog.map((r) => r.response))).not.toContain('hunter2-proxy');
        expect(JSON.stringify(h.eventLog)).not.toContain('hunter2-proxy');
      } finally {
        await context.close();
        await h.stop();
      }
    });
  });
}
