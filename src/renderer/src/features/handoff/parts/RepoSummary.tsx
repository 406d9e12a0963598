import type { HandoffInspectionView, HandoffWarningView } from '../../../../../shared/ipc/channels/handoff';
import type { MessageKey } from '../../../../../shared/i18n';
import { hasMessage } from '../../../../../shared/i18n';
import { useT, type TFunction } from '../../../i18n/context';
import { Button } from '../../../ui/Button';
import { WarningIcon } from '../../../ui/icons';
import { BranchIcon, FolderIcon, RefreshIcon } from './icons';

/** A warning's text: the screen's own wording when it has one (no CLI flags), else the engine's. */
function warningText(w: HandoffWarningView, t: TFunction): string {
  const own = `ui.handoff.warning.${w.code}`;
  return t((hasMessage(own) ? own : `handoff.warning.${w.code}`) as MessageKey, w.params);
}

/** Which repository, where it stands (branch, upstream, HEAD), and what to watch out for. */
export function RepoSummary({
  inspection: i,
  onRescan,
  onClose,
  busy,
  unpushedIncluded,
}: {
  inspection: HandoffInspectionView;
  onRescan: () => void;
  onClose: () => void;
  busy: boolean;
  /** The unpushed commits go along as patches: their warning has been acted on. */
  unpushedIncluded: boolean;
}) {
  const t = useT();
  const warnings = i.warnings.filter((w) => !(unpushedIncluded && w.code === 'UNPUSHED_COMMITS'));
  const title = i.repo ?? i.name;
  return (
    <section className="handoff-summary" aria-label={t('ui.handoff.summary.label')}>
      <div className="handoff-summary-head">
        <FolderIcon size={18} className="handoff-summary-icon" />
        <div className="handoff-summary-names">
          <h2 className="handoff-summary-title">{title}</h2>
          <p className="handoff-summary-path mono truncate" title={i.root}>
            {i.root}
            {!i.repo && (
              <span className="handoff-summary-remote">
                {' · '}
                {i.remote ? t('ui.handoff.summary.notLinked', { url: i.remote.url }) : t('ui.handoff.summary.localRepo')}
              </span>
            )}
          </p>
        </div>
        <div className="handoff-summary-actions">
          <Button size="sm" variant="ghost" onClick={onRescan} disabled={busy}>
            <RefreshIcon size={13} />
            {t('ui.handoff.rescan')}
          </Button>
          <Button size="sm" onClick={onClose} disabled={busy}>
            {t('ui.handoff.changeFolder')}
          </Button>
        </div>
      </div>
      <dl className="handoff-facts">
        <div>
          <dt>{t('ui.handoff.summary.branch')}</dt>
          <dd>
            <BranchIcon size={13} />
            {i.detached ? <span className="handoff-badge handoff-badge-warning">{t('ui.handoff.summary.detached')}</span> : <code>{i.branch ?? '?'}</code>}
          </dd>
        </div>
        <div>
          <dt>{t('ui.handoff.summary.upstream')}</dt>
          <dd>
            {i.upstream ? (
              <>
                <code>{i.upstream}</code>
                <span className="handoff-muted">{t('ui.handoff.summary.aheadBehind', { ahead: i.ahead ?? 0, behind: i.behind ?? 0 })}</span>
              </>
            ) : (
              <span className="handoff-muted">{t('ui.handoff.summary.noUpstream')}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('ui.handoff.summary.head')}</dt>
          <dd>{i.head ? <code title={i.head}>{i.head.slice(0, 12)}</code> : <span className="handoff-muted">{t('ui.handoff.summary.noCommits')}</span>}</dd>
        </div>
      </dl>
      {warnings.length > 0 && (
        <ul className="handoff-warnings">
          {warnings.map((w) => (
            <li key={w.code} className="handoff-warning">
              <WarningIcon size={14} />
              <span>{warningText(w, t)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
