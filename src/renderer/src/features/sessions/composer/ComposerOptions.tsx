import { useId } from 'react';
import { DEVIN_MODES, type DevinMode } from '../../../../../shared/domain/session';
import type { Playbook } from '../../../../../shared/domain/playbook';
import { useT } from '../../../i18n/context';
import { AttachFilesButton, ReplyFiles, type ReplyFilesState } from '../../attachments';
import './composer-options.css';

export interface ComposerOptionsProps {
  devinMode: DevinMode | null;
  onDevinModeChange: (mode: DevinMode | null) => void;
  childPlaybookId: string | null;
  onChildPlaybookChange: (id: string | null) => void;
  playbooks: readonly Playbook[] | null;
  /** Files to attach: uploaded when the session starts, then sent as `attachment_urls`. */
  files: ReplyFilesState;
  disabled: boolean;
}

/**
 * The create options a person sets by hand: Devin's mode (left out = the org's default), the
 * playbook child sessions use, and files. Mode and child playbook are remembered per org.
 */
export function ComposerOptions(props: ComposerOptionsProps) {
  const { devinMode, onDevinModeChange, childPlaybookId, onChildPlaybookChange, playbooks, files, disabled } = props;
  const t = useT();
  const modeId = useId();
  const childId = useId();
  const filesLabelId = useId();
  const childKnown = childPlaybookId === null || (playbooks ?? []).some((p) => p.playbook_id === childPlaybookId);
  return (
    <section className="composer-options" aria-label={t('ui.sessionMeta.composer.options')}>
      <h3 className="composer-options-title">{t('ui.sessionMeta.composer.options')}</h3>
      <div className="composer-grid">
        <div className="field composer-field">
          <label className="field-label" htmlFor={modeId}>
            {t('ui.sessionMeta.composer.mode')}
          </label>
          <select
            id={modeId}
            className="sessions-select composer-select"
            value={devinMode ?? ''}
            disabled={disabled}
            onChange={(e) => onDevinModeChange((DEVIN_MODES as readonly string[]).includes(e.target.value) ? (e.target.value as DevinMode) : null)}
          >
            <option value="">{t('ui.sessionMeta.composer.modeDefault')}</option>
            {DEVIN_MODES.map((m) => (
              <option key={m} value={m}>
                {t(`ui.sessionMeta.composer.mode.${m}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field composer-field">
          <label className="field-label" htmlFor={childId}>
            {t('ui.sessionMeta.composer.childPlaybook')}
          </label>
          <select
            id={childId}
            className="sessions-select composer-select"
            value={childPlaybookId ?? ''}
            disabled={disabled}
            onChange={(e) => onChildPlaybookChange(e.target.value || null)}
          >
            <option value="">{t('ui.sessionMeta.composer.childPlaybookNone')}</option>
            {!childKnown && childPlaybookId !== null && <option value={childPlaybookId}>{t('ui.sessions.composer.unknownPlaybook', { id: childPlaybookId })}</option>}
            {(playbooks ?? []).map((p) => (
              <option key={p.playbook_id} value={p.playbook_id}>
                {p.title}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field composer-field composer-files" role="group" aria-labelledby={filesLabelId}>
        <span className="field-label" id={filesLabelId}>
          {t('ui.sessionMeta.composer.files')}
          <span className="field-optional">{t('ui.sessionMeta.composer.filesHint')}</span>
        </span>
        <ReplyFiles state={files} needsText={false} />
        <div className="composer-files-row">
          <AttachFilesButton state={files} disabled={disabled} />
        </div>
      </div>
      <p className="composer-remembered">{t('ui.sessionMeta.composer.remembered')}</p>
    </section>
  );
}
