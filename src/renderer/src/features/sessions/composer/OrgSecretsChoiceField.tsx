import { useId } from 'react';
import { useT } from '../../../i18n/context';
import type { SecretPick, SecretsMode } from '../model/composer-draft';
import { OrgSecretsPicker } from './OrgSecretsPicker';
import '../../../ui/segmented.css';
import './composer-options.css';

export interface OrgSecretsChoiceFieldProps {
  mode: SecretsMode;
  picks: readonly SecretPick[];
  onModeChange: (mode: SecretsMode) => void;
  onPicksChange: (picks: SecretPick[]) => void;
  /** Show "pick at least one" (only with mode "only" and no picks). */
  showProblem: boolean;
  disabled?: boolean;
}

const MODES: readonly SecretsMode[] = ['all', 'only', 'none'];

/**
 * Which of the org's stored secrets a new session may use, the same explicit choice as knowledge:
 * all (`secret_ids: null`), only the ones picked here (their ids), or none (`[]`). Used by the
 * composer and the handoff screen.
 */
export function OrgSecretsChoiceField({ mode, picks, onModeChange, onPicksChange, showProblem, disabled }: OrgSecretsChoiceFieldProps) {
  const t = useT();
  const labelId = useId();
  const hintId = useId();
  const name = useId();
  const problem = showProblem && mode === 'only' && picks.length === 0;
  return (
    <div className="field composer-field knowledge-choice org-secrets-choice">
      <span className="field-label" id={labelId}>
        {t('ui.sessionSecrets.org.label')}
      </span>
      <div className="segmented" role="radiogroup" aria-labelledby={labelId} aria-describedby={mode === 'only' ? undefined : hintId}>
        {MODES.map((m) => (
          <label key={m} className="segmented-option">
            <input type="radio" name={name} value={m} checked={mode === m} disabled={disabled} onChange={() => onModeChange(m)} />
            <span>{t(`ui.sessionSecrets.org.${m}`)}</span>
          </label>
        ))}
      </div>
      {mode !== 'only' && (
        <p className="field-hint" id={hintId}>
          {t(mode === 'all' ? 'ui.sessionSecrets.org.allHint' : 'ui.sessionSecrets.org.noneHint')}
        </p>
      )}
      {mode === 'only' && <OrgSecretsPicker selected={picks} onChange={onPicksChange} labelledBy={labelId} invalid={problem} />}
      {problem && (
        <p className="field-error" role="alert">
          {t('ui.sessionSecrets.org.pickOne')}
        </p>
      )}
    </div>
  );
}
