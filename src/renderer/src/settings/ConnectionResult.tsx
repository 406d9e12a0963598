import { useLocale, useT } from '../i18n/context';
import type { MessageKey } from '../../../shared/i18n';
import type { ConnectionReport } from '../../../shared/network';
import { describeReportOutcome, formatCertificateDate } from '../../../shared/network-text';
import { CheckIcon, ErrorIcon } from '../ui/icons';

/** The outcome of "Test connection": what worked, or the step that failed and why; a refused certificate is described. */
export function ConnectionResult({ report }: { report: ConnectionReport }) {
  const t = useT();
  const locale = useLocale();
  const tr = (key: string, params?: Record<string, string | number | undefined>) => t(key as MessageKey, params);
  const outcome = describeReportOutcome(report, tr);
  if (report.ok) {
    return (
      <div className="connection-result is-ok">
        <CheckIcon size={14} />
        <div className="connection-result-body">
          <p className="connection-result-title">{t('ui.settings.network.ok')}</p>
          <p className="connection-result-text">{outcome}</p>
        </div>
      </div>
    );
  }
  const stage = report.failure ? tr(`network.stage.${report.failure.stage}`) : '?';
  const cert = report.certificate;
  return (
    <div className="connection-result is-failed">
      <ErrorIcon size={14} />
      <div className="connection-result-body">
        <p className="connection-result-title">{t('ui.settings.network.failed', { stage })}</p>
        <p className="connection-result-text">{outcome}</p>
        {cert && (
          <div className="connection-cert">
            <p className="connection-cert-title">{t('ui.settings.network.cert.title')}</p>
            <dl className="connection-cert-facts">
              <div>
                <dt>{t('ui.settings.network.cert.subject')}</dt>
                <dd className="mono">{cert.subject || '?'}</dd>
              </div>
              <div>
                <dt>{t('ui.settings.network.cert.issuer')}</dt>
                <dd className="mono">{cert.issuer || '?'}</dd>
              </div>
              {cert.root && cert.root !== cert.issuer && (
                <div>
                  <dt>{t('ui.settings.network.cert.root')}</dt>
                  <dd className="mono">{cert.root}</dd>
                </div>
              )}
              <div>
                <dt>{t('ui.settings.network.cert.valid')}</dt>
                <dd>{t('ui.settings.network.cert.validRange', { from: formatCertificateDate(cert.validFrom, locale), to: formatCertificateDate(cert.validTo, locale) })}</dd>
              </div>
              <div>
                <dt>{t('ui.settings.network.cert.fingerprint')}</dt>
                <dd className="mono connection-cert-fingerprint">{cert.fingerprint256}</dd>
              </div>
            </dl>
          </div>
        )}
      </div>
    </div>
  );
}
