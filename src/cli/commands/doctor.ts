import { parseArgs } from 'node:util';
import { translate } from '../../shared/i18n';
import type { ConnectionReport } from '../../shared/network';
import { describeCertificate, describeReportOutcome, describeReportRoute } from '../../shared/network-text';
import { apiTarget, keyForTarget } from '../../main/account/key-for-origin';
import type { ApiTarget } from '../../main/account/key-for-origin';
import { checkConnection } from '../../main/network/check-connection';
import { createEnvNetwork } from '../../main/network/env-network';
import type { CliDeps } from '../api-context';
import { cliTarget, openCliSettings } from '../api-context';
import type { KeyStore } from '../../main/account/key-store';
import type { CliCommand, CliIO } from '../types';

/**
 * The key to check with: the one `getClient` would send to this API URL (bound to its origin,
 * DEVIN_API_KEY only where DEVIN_API_URL says). None when it may not go there or the keychain
 * cannot be read: the check then still tells whether the network path works.
 */
async function keyForCheck(io: CliIO, keyStore: KeyStore, target: ApiTarget): Promise<string | null> {
  try {
    return (await keyForTarget(keyStore, io.env, target))?.key ?? null;
  } catch {
    return null;
  }
}

/** The human form: where requests go, then what happened and, for certificates, whose it was. */
export function formatReport(report: ConnectionReport, io: CliIO): string {
  const t = (key: string, params: Record<string, string | number | undefined> = {}) => translate(io.locale, key, params);
  const lines = [
    t('network.doctor.apiUrl', { url: report.apiUrl }),
    t('network.doctor.proxy', { route: describeReportRoute(report, t) }),
    t(`network.stack.${report.stack}`),
  ];
  if (report.extraCaFile) lines.push(t('network.extraCa', { file: report.extraCaFile }));
  lines.push('');
  if (report.ok) {
    lines.push(`✓ ${describeReportOutcome(report, t)}`);
  } else {
    lines.push(`✗ ${t('network.failedAt', { stage: report.failure ? t(`network.stage.${report.failure.stage}`) : '?' })}`);
    lines.push(`  ${describeReportOutcome(report, t)}`);
    if (report.certificate) for (const line of describeCertificate(report.certificate, t, io.locale)) lines.push(`  ${line}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `doctor [--json]`: "Test connection" for the terminal. One `GET /v3/self` the way every other
 * command sends it (proxy from the environment, Node's certificates plus NODE_EXTRA_CA_CERTS),
 * then which stage failed: proxy, proxy credentials, DNS, connection, TLS certificate (with the
 * certificate's subject and issuer), API key, HTTP status or timeout. Exit 0 when it works.
 */
export function createDoctorCommand(deps: CliDeps = {}): CliCommand {
  return {
    name: 'doctor',
    summary: 'Check the connection to the API: proxy, DNS, TLS certificate, API key',
    usage: 'devin-tray doctor [--json]',
    async run(args, io) {
      const { values } = parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: false });
      const settings = await openCliSettings(io, deps);
      const { keyStore, apiBaseUrl } = cliTarget(io, deps, settings);
      const target = apiTarget(io.env, apiBaseUrl);
      const apiUrl = target.baseUrl;
      const key = await keyForCheck(io, keyStore, target);
      const network = deps.network ?? createEnvNetwork(io.env);
      try {
        const report = await checkConnection({ network, apiUrl, authorization: key ? `Bearer ${key}` : null });
        io.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, io));
        return report.ok ? 0 : 1;
      } finally {
        if (!deps.network) await network.dispose();
      }
    },
  };
}
