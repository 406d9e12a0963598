import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ConnectionReport, NetworkStatus } from '../../../shared/network';
import { SIGNED_IN } from '../test-support/fake-bridge';
import { registerRendererCleanup, renderApp } from '../test-support/render-app';

registerRendererCleanup();
beforeEach(() => {
  window.location.hash = '#/settings';
});

const status: NetworkStatus = {
  apiUrl: SIGNED_IN.apiBaseUrl,
  route: { kind: 'proxy', source: 'system', proxy: { scheme: 'http', host: 'proxy.corp', port: 8080 }, display: 'proxy.corp:8080', pac: 'PROXY proxy.corp:8080; DIRECT' },
  stack: 'system',
  extraCaFile: null,
};
const tlsFailure: ConnectionReport = {
  ...status,
  ok: false,
  failure: { stage: 'tls', code: 'ERR_CERT_AUTHORITY_INVALID', tls: 'untrusted' },
  certificate: {
    subject: 'CN=api.devin.ai',
    issuer: 'CN=Corp Inspection CA, O=Corp',
    root: 'CN=Corp Root, O=Corp',
    validFrom: 'Jan 1 00:00:00 2026 GMT',
    validTo: 'Jan 1 00:00:00 2027 GMT',
    fingerprint256: 'AB:CD',
    verifyError: 'SELF_SIGNED_CERT_IN_CHAIN',
  },
  status: null,
  keySent: false,
  ms: 42,
};

describe('Settings › Network', () => {
  it('shows the system proxy for the API host and its PAC list', async () => {
    renderApp({ 'network:status': () => status }, { account: SIGNED_IN });
    const region = await screen.findByRole('region', { name: 'Network' });
    expect((await within(region).findByTestId('network-route')).textContent).toBe('proxy.corp:8080 (system proxy settings)');
    expect(within(region).getByText('Proxy list: PROXY proxy.corp:8080; DIRECT')).toBeTruthy();
    expect(within(region).getByText(`for requests to ${new URL(SIGNED_IN.apiBaseUrl).host}`)).toBeTruthy();
  });

  it('Test connection names the failed step and the certificate that was refused', async () => {
    const { fake } = renderApp({ 'network:status': () => status, 'network:check': () => tlsFailure }, { account: SIGNED_IN });
    const region = await screen.findByRole('region', { name: 'Network' });
    fireEvent.click(within(region).getByRole('button', { name: 'Test connection' }));
    expect(await within(region).findByText('Failed at: TLS certificate')).toBeTruthy();
    expect(within(region).getByText(/is not trusted \(ERR_CERT_AUTHORITY_INVALID\)/)).toBeTruthy();
    expect(within(region).getByText('CN=Corp Inspection CA, O=Corp')).toBeTruthy();
    expect(within(region).getByText('CN=Corp Root, O=Corp')).toBeTruthy();
    // OpenSSL's dates are shown in the reader's locale (UTC, as the certificate states them).
    expect(within(region).getByText('Jan 1, 2026, 12:00 AM UTC – Jan 1, 2027, 12:00 AM UTC')).toBeTruthy();
    expect(fake.callsTo('network:check')).toHaveLength(1);
  });

  it('says when the test itself could not run', async () => {
    renderApp(
      {
        'network:check': () => {
          throw new Error('boom');
        },
      },
      { account: SIGNED_IN },
    );
    const region = await screen.findByRole('region', { name: 'Network' });
    fireEvent.click(within(region).getByRole('button', { name: 'Test connection' }));
    expect((await within(region).findByRole('alert')).textContent).toContain('The test could not run');
  });
});
