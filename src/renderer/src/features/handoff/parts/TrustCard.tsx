import { useId } from 'react';
import { useT } from '../../../i18n/context';
import { Button } from '../../../ui/Button';
import { FolderIcon, LinkIcon } from './icons';

/**
 * A folder someone else named (a `devin-tray://handoff` link, another app, a second launch) and
 * that is not a repository in Recent: the full path, where it came from, and nothing read until
 * the user presses Inspect. No button has focus at first, so a key pressed as the window appears
 * does not start anything.
 */
export function TrustCard({ path, task, onInspect, onCancel }: { path: string; task?: string; onInspect: () => void; onCancel: () => void }) {
  const t = useT();
  const id = useId();
  return (
    <section className="handoff-trust" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`}>
      <div className="handoff-trust-head">
        <span className="handoff-trust-icon" aria-hidden="true">
          <LinkIcon size={18} />
        </span>
        <div>
          <h2 className="handoff-trust-title" id={`${id}-title`}>
            {t('ui.handoff.trust.title')}
          </h2>
          <p className="handoff-muted" id={`${id}-body`}>
            {t('ui.handoff.trust.body')}
          </p>
        </div>
      </div>
      <dl className="handoff-trust-fields">
        <div className="handoff-trust-field">
          <dt className="field-label">{t('ui.handoff.trust.folder')}</dt>
          <dd className="handoff-trust-path mono">
            <FolderIcon size={15} />
            <span>{path}</span>
          </dd>
        </div>
        {task && (
          <div className="handoff-trust-field">
            <dt className="field-label">{t('ui.handoff.trust.task')}</dt>
            <dd className="handoff-trust-task">{task}</dd>
          </div>
        )}
      </dl>
      <p className="handoff-muted handoff-trust-note">{t('ui.handoff.trust.note')}</p>
      <div className="handoff-trust-actions">
        <Button onClick={onCancel}>{t('ui.handoff.trust.cancel')}</Button>
        <Button variant="primary" onClick={onInspect}>
          {t('ui.handoff.trust.inspect')}
        </Button>
      </div>
    </section>
  );
}
