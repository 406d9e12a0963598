import { useId } from 'react';
import { useLocale, useT } from '../../../i18n/context';
import { SIZE_LIMITS, type HandoffDraft } from '../model/draft';
import { formatSize } from '../model/format-size';
import type { UnpushedState } from '../model/unpushed-state';
import { TagInput } from './TagInput';
import { KnowledgeChoiceField } from '../../sessions/composer/KnowledgeChoiceField';
import { OrgSecretsChoiceField } from '../../sessions/composer/OrgSecretsChoiceField';
import type { KnowledgeMode, KnowledgePick, SecretPick, SecretsMode } from '../../sessions/model/composer-draft';

export interface TaskFormProps {
  draft: HandoffDraft;
  unpushed: UnpushedState;
  onTask: (task: string) => void;
  onTags: (tags: string[]) => void;
  onIncludeUnpushed: (on: boolean) => void;
  onMaxBytes: (bytes: number) => void;
  onKnowledge: (choice: { knowledgeMode?: KnowledgeMode; knowledge?: KnowledgePick[] }) => void;
  onSecrets: (choice: { secretsMode?: SecretsMode; secrets?: SecretPick[] }) => void;
  /** Ctrl/Cmd+Enter in the task box. */
  onSubmit: () => void;
  disabled: boolean;
}

/** The task (required), tags, the knowledge and org secrets choices, and the two options that change what is sent. */
export function TaskForm({ draft, unpushed, onTask, onTags, onIncludeUnpushed, onMaxBytes, onKnowledge, onSecrets, onSubmit, disabled }: TaskFormProps) {
  const t = useT();
  const locale = useLocale();
  const taskId = useId();
  const hintId = useId();
  const unpushedId = useId();
  const sizeId = useId();
  const empty = draft.task.trim() === '';
  const limits = SIZE_LIMITS.includes(draft.maxBytes as (typeof SIZE_LIMITS)[number]) ? SIZE_LIMITS : [...SIZE_LIMITS, draft.maxBytes].sort((a, b) => a - b);
  return (
    <section className="handoff-card handoff-task">
      <div className="field">
        <label className="field-label" htmlFor={taskId}>
          {t('ui.handoff.task.label')}
        </label>
        <textarea
          id={taskId}
          className="handoff-textarea"
          rows={4}
          required
          aria-required="true"
          aria-describedby={hintId}
          value={draft.task}
          disabled={disabled}
          placeholder={t('ui.handoff.task.placeholder')}
          onChange={(e) => onTask(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              onSubmit();
            }
          }}
        />
        <p className={empty ? 'field-help handoff-required' : 'field-help'} id={hintId}>
          {empty ? t('ui.handoff.task.required') : '\u00a0'}
        </p>
      </div>
      <TagInput tags={draft.tags} onChange={onTags} disabled={disabled} />
      <KnowledgeChoiceField
        mode={draft.knowledgeMode}
        picks={draft.knowledge}
        onModeChange={(knowledgeMode) => onKnowledge({ knowledgeMode })}
        onPicksChange={(knowledge) => onKnowledge({ knowledge })}
        showProblem
        disabled={disabled}
      />
      <OrgSecretsChoiceField
        mode={draft.secretsMode}
        picks={draft.secrets}
        onModeChange={(secretsMode) => onSecrets({ secretsMode })}
        onPicksChange={(secrets) => onSecrets({ secrets })}
        showProblem
        disabled={disabled}
      />
      <div className="handoff-options">
        <label className="handoff-check" htmlFor={unpushedId}>
          <input
            id={unpushedId}
            type="checkbox"
            checked={draft.includeUnpushed}
            disabled={disabled || unpushed.kind !== 'some'}
            onChange={(e) => onIncludeUnpushed(e.target.checked)}
          />
          <span>
            {t('ui.handoff.unpushed.label')}
            <span className="field-help handoff-block">
              {unpushed.kind === 'some' ? t('ui.handoff.unpushed.help', { count: unpushed.count }) : t(`ui.handoff.unpushed.${unpushed.kind}`)}
            </span>
          </span>
        </label>
        <div className="handoff-size">
          <label className="field-label" htmlFor={sizeId}>
            {t('ui.handoff.maxBytes.label')}
          </label>
          <select id={sizeId} className="input handoff-select" value={draft.maxBytes} disabled={disabled} onChange={(e) => onMaxBytes(Number(e.target.value))}>
            {limits.map((n) => (
              <option key={n} value={n}>
                {formatSize(n, locale)}
              </option>
            ))}
          </select>
          <span className="field-help">{t('ui.handoff.maxBytes.help')}</span>
        </div>
      </div>
    </section>
  );
}
