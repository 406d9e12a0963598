import { useEffect, useRef, useState } from 'react';
import { hasMessage, type MessageKey } from '../../../../../shared/i18n';
import type { InsightAnalysisView, InsightView } from '../../../../../shared/sessions/insight-view';
import { useT, type TFunction } from '../../../i18n/context';
import { Button } from '../../../ui/Button';
import { InlineError } from '../../../ui/InlineError';
import { CheckIcon } from '../../../ui/icons';
import { ChevronIcon } from '../kit/icons';
import { copyText } from '../kit/copy-text';
import { useInsights } from './useInsights';
import './session-meta.css';

function categoryLabel(category: string, t: TFunction): string {
  const key = `ui.sessionMeta.category.${category}`;
  return hasMessage(key) ? t(key as MessageKey) : category;
}

/** The suggested prompt with a copy button (the point of it is to reuse it). */
function SuggestedPrompt({ prompt }: { prompt: NonNullable<InsightAnalysisView['suggestedPrompt']> }) {
  const t = useT();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const copy = async () => {
    const ok = await copyText(prompt.suggested);
    setCopied(ok ? 'yes' : 'failed');
    window.clearTimeout(timer.current);
    if (ok) timer.current = window.setTimeout(() => setCopied(null), 2000);
  };
  return (
    <div className="insight-block">
      <div className="insight-block-head">
        <h4 className="insight-heading">{t('ui.sessionMeta.insights.suggestedPrompt')}</h4>
        <Button size="sm" variant="ghost" onClick={() => void copy()}>
          {copied === 'yes' && <CheckIcon size={13} />}
          {copied === 'yes' ? t('ui.sessionMeta.insights.copied') : t('ui.sessionMeta.insights.copyPrompt')}
        </Button>
      </div>
      <pre className="insight-prompt">{prompt.suggested}</pre>
      {copied === 'failed' && <p className="field-error">{t('ui.sessionMeta.insights.copyFailed')}</p>}
      {prompt.feedback.length > 0 && (
        <>
          <h5 className="insight-subheading">{t('ui.sessionMeta.insights.feedback')}</h5>
          <ul className="insight-list">
            {prompt.feedback.map((f, i) => (
              <li key={i}>
                <span className="insight-item-title">{f.summary}</span>
                {f.details && <span className="insight-item-text">{f.details}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function Analysis({ view, analysis }: { view: InsightView; analysis: InsightAnalysisView }) {
  const t = useT();
  return (
    <div className="insight-analysis">
      {(analysis.category || analysis.languages.length > 0) && (
        <dl className="insight-facts">
          {analysis.category && (
            <div>
              <dt>{t('ui.sessionMeta.insights.category')}</dt>
              <dd>{categoryLabel(analysis.category, t)}</dd>
            </div>
          )}
          {analysis.languages.length > 0 && (
            <div>
              <dt>{t('ui.sessionMeta.insights.languages')}</dt>
              <dd>{[...analysis.languages, ...analysis.tools].join(', ')}</dd>
            </div>
          )}
        </dl>
      )}
      <div className="insight-block">
        <h4 className="insight-heading">{t('ui.sessionMeta.insights.issues')}</h4>
        {analysis.issues.length === 0 ? (
          <p className="insight-muted">{t('ui.sessionMeta.insights.noIssues')}</p>
        ) : (
          <ul className="insight-list">
            {analysis.issues.map((issue, i) => (
              <li key={issue.id ?? i}>
                {issue.label && <span className="insight-item-title">{issue.label}</span>}
                <span className="insight-item-text">{issue.issue}</span>
                {issue.impact && <span className="insight-muted">{t('ui.sessionMeta.insights.impact', { impact: issue.impact })}</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
      {analysis.actionItems.length > 0 && (
        <div className="insight-block">
          <h4 className="insight-heading">{t('ui.sessionMeta.insights.actionItems')}</h4>
          <ul className="insight-list">
            {analysis.actionItems.map((a, i) => (
              <li key={i}>
                <span className="insight-item-text">{a}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {analysis.suggestedPrompt && <SuggestedPrompt prompt={analysis.suggestedPrompt} />}
      <p className="insight-muted insight-counts">
        {t('ui.sessionMeta.insights.counts', { devin: view.numDevinMessages, user: view.numUserMessages, size: (view.sessionSize ?? '?').toUpperCase() })}
      </p>
    </div>
  );
}

/**
 * The session's insights in its detail view: the analysis (category, issues, a better prompt),
 * a Generate button when there is none, and a pending state while it is generated. Open at first
 * when there is none (the button is the point); an existing analysis starts folded, its summary
 * line saying how many issues it found, so the conversation stays near the top.
 */
export function InsightsPanel({ sessionId }: { sessionId: string }) {
  const t = useT();
  const s = useInsights(sessionId);
  const [open, setOpen] = useState<boolean | null>(null);
  // Decided once, from the first answer; after that only the user folds or unfolds it.
  if (open === null && s.view) setOpen(s.view.analysis === null);
  let hint: string | null = null;
  if (s.view?.analysis) hint = t('ui.sessionMeta.insights.summary', { issues: s.view.analysis.issues.length, size: (s.view.sessionSize ?? '?').toUpperCase() });
  else if (s.view && !s.view.pending) hint = t('ui.sessionMeta.insights.summaryNone');
  let body;
  if (s.view === null && s.loading) {
    body = (
      <p className="insight-muted" role="status">
        {t('ui.sessionMeta.insights.loading')}
      </p>
    );
  } else if (s.view === null || (s.error && !s.view.pending)) {
    body = (
      <InlineError message={t('ui.sessionMeta.insights.failed', { message: s.error?.message ?? '' })}>
        <Button size="sm" variant="link" onClick={s.reload}>
          {t('ui.sessionMeta.insights.retry')}
        </Button>
      </InlineError>
    );
  } else if (s.view.analysis) {
    body = <Analysis view={s.view} analysis={s.view.analysis} />;
  } else if (s.view.pending) {
    body = (
      <p className="insight-pending" role="status">
        <span className="spinner" aria-hidden="true" />
        {t('ui.sessionMeta.insights.generating')}
      </p>
    );
  } else {
    body = (
      <div className="insight-empty">
        <p className="insight-muted">{t('ui.sessionMeta.insights.none')}</p>
        <Button size="sm" busy={s.starting} onClick={s.generate}>
          {t('ui.sessionMeta.insights.generate')}
        </Button>
        {s.generateError && <InlineError message={t('ui.sessionMeta.insights.generateFailed', { message: s.generateError.message })} />}
      </div>
    );
  }
  return (
    <details className="detail-facts detail-insights" open={open ?? s.view === null} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <ChevronIcon size={12} className="facts-chevron" />
        {t('ui.sessionMeta.insights.title')}
        {hint && <span className="insights-hint">· {hint}</span>}
      </summary>
      <section className="insights-panel" aria-label={t('ui.sessionMeta.insights.title')}>
        {body}
      </section>
    </details>
  );
}
