import { lazy, Suspense, useId, useState } from 'react';
import type { HandoffCompositionView } from '../../../../../shared/ipc/channels/handoff';
import { useLocale, useT } from '../../../i18n/context';
import { InfoIcon, WarningIcon } from '../../../ui/icons';
import { InlineError } from '../../../ui/InlineError';
import { formatBytesExact, formatSize } from '../model/format-size';
import { OrgSecretsLine } from './OrgSecretsLine';
import { HandoffOrgLine } from './HandoffOrgLine';
import { SessionSecretsList } from './SessionSecretsList';

// The diff viewer is the heavy part of the screen: its own chunk, loaded when a preview shows.
const DiffViewer = lazy(() => import('./DiffViewer'));

type Tab = 'diff' | 'prompt';

export interface PreviewPanelProps {
  composition: HandoffCompositionView | null;
  composing: boolean;
  error: string | null;
  /** Names of the org secrets picked on the screen, for the line that says which go. */
  secretNames?: readonly { id: string; name: string }[];
}

/**
 * What will be sent: the diff (coloured) or the exact prompt, byte for byte as main will send it.
 * The prompt tab renders `composition.prompt` verbatim; it exists only when nothing blocks.
 */
export function PreviewPanel({ composition: c, composing, error, secretNames = [] }: PreviewPanelProps) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const [tab, setTab] = useState<Tab>('diff');
  const tabs: { id: Tab; label: string }[] = [
    { id: 'diff', label: t('ui.handoff.preview.tabDiff') },
    { id: 'prompt', label: t('ui.handoff.preview.tabPrompt') },
  ];
  const blockedText = c?.blockers.includes('task')
    ? t('ui.handoff.preview.blockedTask')
    : c?.blockers.includes('findings') === false && c.blockers.includes('secrets')
      ? t('ui.handoff.send.blockedSecrets')
      : t('ui.handoff.preview.blockedFindings');
  return (
    <section className="handoff-card handoff-preview" aria-labelledby={`${id}-title`} aria-busy={composing || undefined}>
      <header className="handoff-card-head">
        <h3 className="handoff-section-title" id={`${id}-title`}>
          {t('ui.handoff.preview.title')}
        </h3>
        <div className="handoff-tabs" role="tablist" aria-label={t('ui.handoff.preview.tabs')}>
          {tabs.map((x) => (
            <button
              key={x.id}
              type="button"
              role="tab"
              id={`${id}-tab-${x.id}`}
              aria-selected={tab === x.id}
              aria-controls={`${id}-panel`}
              className="handoff-tab"
              onClick={() => setTab(x.id)}
            >
              {x.label}
            </button>
          ))}
        </div>
        <span className="handoff-push handoff-muted" aria-live="polite">
          {composing ? t('ui.handoff.preview.updating') : c?.prompt ? t('ui.handoff.preview.bytes', { size: formatSize(c.promptBytes, locale), bytes: formatBytesExact(c.promptBytes, locale) }) : ''}
        </span>
      </header>
      {error && <InlineError message={t('ui.handoff.composeFailed', { message: error })} />}
      {c?.masked && (
        <p className="handoff-note">
          <InfoIcon size={14} />
          {t('ui.handoff.preview.masked')}
        </p>
      )}
      {c && <HandoffOrgLine />}
      {c && <OrgSecretsLine secretIds={c.secretIds} names={secretNames} />}
      {c && <SessionSecretsList secrets={c.sessionSecrets} />}
      {c?.truncated && (
        <p className="handoff-note handoff-note-warning">
          <WarningIcon size={14} />
          {t('ui.handoff.preview.truncated')}
        </p>
      )}
      <div className="handoff-preview-body" role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${tab}`}>
        {!c ? (
          <p className="handoff-muted handoff-card-body">{t('ui.handoff.preview.updating')}</p>
        ) : tab === 'diff' ? (
          <Suspense fallback={<p className="handoff-muted handoff-card-body">{t('ui.handoff.preview.loading')}</p>}>
            <DiffViewer diff={c.diff} patches={c.patches} />
          </Suspense>
        ) : c.prompt === null ? (
          <p className="handoff-muted handoff-card-body">{blockedText}</p>
        ) : (
          <pre className="handoff-prompt" aria-label={t('ui.handoff.preview.promptLabel')} tabIndex={0}>
            {c.prompt}
          </pre>
        )}
      </div>
    </section>
  );
}
