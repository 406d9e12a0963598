import { useId } from 'react';
import { useT } from '../../../i18n/context';
import type { KnowledgeMode, KnowledgePick } from '../model/composer-draft';
import { KnowledgePicker } from './KnowledgePicker';
import '../../../ui/segmented.css';
import './composer-options.css';

export interface KnowledgeChoiceFieldProps {
  mode: KnowledgeMode;
  picks: readonly KnowledgePick[];
  onModeChange: (mode: KnowledgeMode) => void;
  onPicksChange: (picks: KnowledgePick[]) => void;
  /** Show "pick at least one" (only with mode "only" and no picks). */
  showProblem: boolean;
  disabled?: boolean;
}

const MODES: readonly KnowledgeMode[] = ['all', 'only', 'none'];

/**
 * Which knowledge a new session may use: all of it (the default, `knowledge_ids: null`), only
 * the notes picked here (their ids), or none (`[]`). Used by the composer and the handoff screen.
 */
export function KnowledgeChoiceField({ mode, picks, onModeChange, onPicksChange, showProblem, disabled }: KnowledgeChoiceFieldProps) {
  const t = useT();
  const labelId = useId();
  const hintId = useId();
  const problemId = useId();
  const name = useId();
  const problem = showProblem && mode === 'only' && picks.length === 0;
  return (
    <div className="field composer-field knowledge-choice">
      <span className="field-label" id={labelId}>
        {t('ui.sessionMeta.knowledge.label')}
      </span>
      <div className="segmented" role="radiogroup" aria-labelledby={labelId} aria-describedby={mode === 'only' ? undefined : hintId}>
        {MODES.map((m) => (
          <label key={m} className="segmented-option">
            <input type="radio" name={name} value={m} checked={mode === m} disabled={disabled} onChange={() => onModeChange(m)} />
            <span>{t(`ui.sessionMeta.knowledge.${m}`)}</span>
          </label>
        ))}
      </div>
      {mode !== 'only' && (
        <p className="field-hint" id={hintId}>
          {t(mode === 'all' ? 'ui.sessionMeta.knowledge.allHint' : 'ui.sessionMeta.knowledge.noneHint')}
        </p>
      )}
      {mode === 'only' && <KnowledgePicker selected={picks} onChange={onPicksChange} labelledBy={labelId} invalid={problem} />}
      {problem && (
        <p className="field-error" id={problemId} role="alert">
          {t('ui.sessionMeta.knowledge.pickOne')}
        </p>
      )}
    </div>
  );
}
