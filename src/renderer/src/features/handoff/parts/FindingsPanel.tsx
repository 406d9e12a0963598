import { useState } from 'react';
import type { HandoffFindingView, HandoffResolution, HandoffSessionSecretView } from '../../../../../shared/ipc/channels/handoff';
import type { MessageKey } from '../../../../../shared/i18n';
import { hasMessage } from '../../../../../shared/i18n';
import { useT, type TFunction } from '../../../i18n/context';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { CheckIcon } from '../../../ui/icons';
import { ShieldIcon } from './icons';
import { SecretKeyField } from './SecretKeyField';

/** The rule's localized name; the engine's English description for a rule the UI does not know. */
export function ruleName(f: Pick<HandoffFindingView, 'rule' | 'description'>, t: TFunction): string {
  const key = `ui.handoff.rule.${f.rule}`;
  return hasMessage(key) ? t(key as MessageKey) : f.description;
}

/** Where a finding sits, in words: file and line (removed / unchanged), file name, commit message, whole file. */
export function where(f: HandoffFindingView, t: TFunction): string {
  const sha = f.scope?.startsWith('commit:') ? f.scope.slice(7, 19) : null;
  let place: string;
  if (f.place === 'message') return t('ui.handoff.finding.message', { sha: sha ?? '', line: f.line });
  if (f.place === 'repo') {
    const key = `ui.handoff.finding.repo.${f.file}`;
    return hasMessage(key) ? t(key as MessageKey) : f.file;
  }
  else if (f.place === 'file') place = t('ui.handoff.finding.wholeFile', { file: f.file });
  else if (f.place === 'header') place = t('ui.handoff.finding.inName', { file: f.file });
  else if (f.place === 'removed') place = t('ui.handoff.finding.removed', { file: f.file, line: f.line });
  else if (f.place === 'context') place = t('ui.handoff.finding.context', { file: f.file, line: f.line });
  else place = t('ui.handoff.finding.where', { file: f.file, line: f.line });
  return sha ? `${place} · ${t('ui.handoff.finding.inCommit', { sha })}` : place;
}

export interface FindingsPanelProps {
  findings: readonly HandoffFindingView[];
  resolutions: Readonly<Record<string, HandoffResolution>>;
  onResolve: (id: string, r: HandoffResolution | null) => void;
  onRedactAll: () => void;
  /** The values going as session secrets (from the latest preview), to name them here. */
  sessionSecrets: readonly HandoffSessionSecretView[];
  /** Names the user typed, by finding id. */
  secretKeys: Readonly<Record<string, string>>;
  onSecretKey: (findingId: string, key: string | null) => void;
  disabled: boolean;
}

/**
 * Possible secrets and what to do with each: Redact (mask it in what is sent), Exclude file,
 * Give to Devin as a secret (the value leaves the prompt for the request's session secrets, under
 * a name the user may edit), or Send anyway (only after an explicit confirmation). A decision can
 * be changed until Send.
 */
export function FindingsPanel({ findings, resolutions, onResolve, onRedactAll, sessionSecrets, secretKeys, onSecretKey, disabled }: FindingsPanelProps) {
  const t = useT();
  const secretOf = new Map(sessionSecrets.flatMap((s) => s.findingIds.map((id) => [id, s] as const)));
  const [confirming, setConfirming] = useState<HandoffFindingView | null>(null);
  const pending = findings.filter((f) => !resolutions[f.id]);
  const redactable = pending.filter((f) => f.redactable);
  const oldLines = pending.some((f) => f.place === 'removed' || f.place === 'context');
  return (
    <section className={pending.length > 0 ? 'handoff-card handoff-findings is-pending' : 'handoff-card handoff-findings'} aria-labelledby="handoff-findings-title">
      <header className="handoff-card-head">
        <h3 className="handoff-section-title" id="handoff-findings-title">
          <ShieldIcon size={15} />
          {t('ui.handoff.findings.title')}
        </h3>
        <span className={pending.length > 0 ? 'handoff-badge handoff-badge-danger' : 'handoff-badge handoff-badge-ok'}>
          {pending.length > 0 ? t('ui.handoff.findings.pending', { count: pending.length }) : t('ui.handoff.findings.allDecided')}
        </span>
        {redactable.length > 1 && (
          <Button size="sm" variant="ghost" className="handoff-push" onClick={onRedactAll} disabled={disabled}>
            {t('ui.handoff.findings.redactAll')}
          </Button>
        )}
      </header>
      {pending.length > 0 && (
        <p className="handoff-muted handoff-card-body">{t(oldLines ? 'ui.handoff.findings.introOldLines' : 'ui.handoff.findings.intro')}</p>
      )}
      <ul className="handoff-finding-list">
        {findings.map((f) => {
          const decided = resolutions[f.id];
          const name = ruleName(f, t);
          // Leaving out anything of an unpushed commit leaves out the commits (the series applies in order).
          const inCommit = f.scope?.startsWith('commit:') === true;
          const decidedLabel = decided === 'exclude' && inCommit ? 'excludeCommits' : (decided ?? 'allow');
          const secret = decided === 'secret' ? secretOf.get(f.id) : undefined;
          return (
            <li key={f.id} className={decided ? 'handoff-finding is-decided' : 'handoff-finding'}>
              <div className="handoff-finding-text">
                <p className="handoff-finding-rule">
                  {name} {f.place !== 'file' && <code className="handoff-finding-preview">{f.preview}</code>}
                  {f.onRemote && (
                    <span className="handoff-badge handoff-finding-remote" title={t('ui.handoff.finding.onRemoteHint')}>
                      {t('ui.handoff.finding.onRemote')}
                    </span>
                  )}
                </p>
                <p className="handoff-finding-where mono">{where(f, t)}</p>
                {secret && (
                  <SecretKeyField
                    secret={secret}
                    findingId={f.id}
                    typed={secret.findingIds.map((id) => secretKeys[id]).find((k) => k !== undefined)}
                    onKey={onSecretKey}
                    disabled={disabled}
                  />
                )}
              </div>
              <div className="handoff-finding-actions" role="group" aria-label={t('ui.handoff.finding.actions', { rule: name, file: f.file })}>
                {decided ? (
                  <>
                    <span className={`handoff-decision handoff-decision-${decided}`}>
                      <CheckIcon size={12} />
                      {t(`ui.handoff.finding.decided.${decidedLabel}`)}
                    </span>
                    <Button size="sm" variant="ghost" onClick={() => onResolve(f.id, null)} disabled={disabled}>
                      {t('ui.handoff.finding.change')}
                    </Button>
                  </>
                ) : (
                  <>
                    {f.redactable && (
                      <Button size="sm" variant="primary" onClick={() => onResolve(f.id, 'redact')} disabled={disabled}>
                        {t('ui.handoff.finding.redact')}
                      </Button>
                    )}
                    {f.canBeSecret && (
                      <Button size="sm" onClick={() => onResolve(f.id, 'secret')} disabled={disabled}>
                        {t('ui.handoff.finding.secret')}
                      </Button>
                    )}
                    {f.place !== 'repo' && (
                      <Button size="sm" onClick={() => onResolve(f.id, 'exclude')} disabled={disabled}>
                        {t(inCommit ? 'ui.handoff.finding.excludeCommits' : 'ui.handoff.finding.exclude')}
                      </Button>
                    )}
                    <Button size="sm" variant="ghost" onClick={() => setConfirming(f)} disabled={disabled}>
                      {t('ui.handoff.finding.allow')}
                    </Button>
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {confirming && (
        <ConfirmDialog
          title={t('ui.handoff.allow.title')}
          body={t('ui.handoff.allow.body', { rule: ruleName(confirming, t), where: where(confirming, t), preview: confirming.preview })}
          confirmLabel={t('ui.handoff.allow.confirm')}
          cancelLabel={t('ui.handoff.allow.cancel')}
          tone="danger"
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            onResolve(confirming.id, 'allow');
            setConfirming(null);
          }}
        />
      )}
    </section>
  );
}
