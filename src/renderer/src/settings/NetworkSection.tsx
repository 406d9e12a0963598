import { useEffect, useState } from 'react';
import { getBridge } from '../bridge';
import { useT } from '../i18n/context';
import type { MessageKey } from '../../../shared/i18n';
import type { ConnectionReport, NetworkStatus } from '../../../shared/network';
import { describeReportRoute } from '../../../shared/network-text';
import { useAccount } from '../store/hooks';
import { Button } from '../ui/Button';
import { InlineError } from '../ui/InlineError';
import { SettingsSection } from '../ui/SettingsSection';
import { toUiError } from '../ui/ui-error';
import { ConnectionResult } from './ConnectionResult';
import './network.css';

/**
 * Settings › Network: the proxy requests to the API host go through (the OS settings or PAC file
 * in the app, the proxy variables in the preview), and "Test connection", which names the step
 * that fails: proxy, proxy credentials, DNS, connection, TLS certificate, API key, HTTP, timeout.
 */
export function NetworkSection() {
  const t = useT();
  const tr = (key: string, params?: Record<string, string | number | undefined>) => t(key as MessageKey, params);
  const { apiBaseUrl, signedIn } = useAccount();
  const [status, setStatus] = useState<NetworkStatus | null>(null);
  const [statusError, setStatusError] = useState<string | null>(null);
  const [report, setReport] = useState<ConnectionReport | null>(null);
  const [checking, setChecking] = useState(false);
  const [checkError, setCheckError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    getBridge()
      .network.status()
      .then(
        (next) => {
          if (!live) return;
          setStatus(next);
          setStatusError(null);
        },
        (err: unknown) => {
          if (live) setStatusError(t('ui.settings.network.statusFailed', { detail: toUiError(err, t).message }));
        },
      );
    return () => {
      live = false;
    };
  }, [apiBaseUrl, signedIn, t]);

  const test = async () => {
    setChecking(true);
    setCheckError(null);
    try {
      const next = await getBridge().network.check();
      setReport(next);
      setStatus(next);
    } catch (err) {
      setCheckError(t('ui.settings.network.checkFailed', { detail: toUiError(err, t).message }));
    } finally {
      setChecking(false);
    }
  };

  const host = new URL(status?.apiUrl ?? apiBaseUrl).host;
  // A result for another API host (the account changed since) is not shown.
  const shown = report && report.apiUrl === new URL(apiBaseUrl).origin ? report : null;
  const route = status?.route;
  const pac = route?.kind === 'proxy' && route.pac && route.pac.includes(';') ? route.pac : null;
  return (
    <SettingsSection title={t('ui.settings.network')}>
      <div className="settings-card">
        <dl className="facts">
          <div>
            <dt>{t('ui.settings.network.proxy')}</dt>
            <dd>
              <span className="fact-main" data-testid="network-route">
                {status && route ? describeReportRoute({ ...status, failure: shown?.failure ?? null }, tr) : statusError ? '—' : t('ui.settings.network.loading')}
              </span>
              <span className="fact-sub">{t('ui.settings.network.proxyFor', { host })}</span>
              {pac && <span className="fact-sub mono">{t('ui.settings.network.pac', { pac })}</span>}
            </dd>
          </div>
        </dl>
        {status && <p className="field-help">{tr(`network.stack.${status.stack}`)}</p>}
        {status?.extraCaFile && <p className="field-help">{tr('network.extraCa', { file: status.extraCaFile })}</p>}
        {statusError && <InlineError message={statusError} />}
        <div className="network-test">
          <Button busy={checking} onClick={() => void test()}>
            {checking ? t('ui.settings.network.testing') : t('ui.settings.network.test')}
          </Button>
          <p className="field-help">{t('ui.settings.network.testHelp')}</p>
        </div>
        <div aria-live="polite">{shown && !checking && <ConnectionResult report={shown} />}</div>
        {checkError && <InlineError message={checkError} />}
      </div>
    </SettingsSection>
  );
}
