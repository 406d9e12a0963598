import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { RecentRepoView } from '../../../../../shared/ipc/channels/handoff';
import type { HandoffFolder } from '../handoff-controller';
import { useT } from '../../../i18n/context';
import { Button } from '../../../ui/Button';
import { CloseIcon, HandoffIcon } from '../../../ui/icons';
import { InlineError } from '../../../ui/InlineError';
import { FolderIcon } from './icons';

export interface StartPanelProps {
  recent: readonly RecentRepoView[];
  /** A Recent entry (by its handle) or a typed path (main resolves and checks it). */
  onOpen: (folder: HandoffFolder) => void;
  onChoose: () => void;
  onForget: (entry: RecentRepoView) => void;
  /** The last attempt failed (kept on screen with a retry). */
  failure: { path: string; message: string } | null;
  onRetry: () => void;
  dropFailed: boolean;
  chooseError: string | null;
}

/** No folder yet: drop, choose or type one, or pick a recent repository. */
export function StartPanel({ recent, onOpen, onChoose, onForget, failure, onRetry, dropFailed, chooseError }: StartPanelProps) {
  const t = useT();
  const pathId = useId();
  const [path, setPath] = useState(failure?.path ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (path.trim()) onOpen({ typed: path.trim() });
  };
  return (
    <div className="handoff-start">
      <div className="handoff-start-head">
        <HandoffIcon size={26} className="handoff-start-icon" />
        <h2 className="handoff-start-title">{t('ui.handoff.start.title')}</h2>
        <p className="handoff-muted">{t('ui.handoff.start.body')}</p>
      </div>
      {failure && (
        <InlineError message={t('ui.handoff.inspectFailedWith', { path: failure.path, message: failure.message })}>
          <Button size="sm" onClick={onRetry}>
            {t('ui.handoff.retry')}
          </Button>
        </InlineError>
      )}
      {dropFailed && <InlineError message={t('ui.handoff.drop.noPath')} />}
      {chooseError && <InlineError message={chooseError} />}
      <div className="handoff-dropzone">
        <FolderIcon size={22} />
        <span>{t('ui.handoff.start.drop')}</span>
        <Button variant="primary" onClick={onChoose}>
          {failure ? t('ui.handoff.chooseAnother') : t('ui.handoff.start.choose')}
        </Button>
      </div>
      <form className="handoff-path-form" onSubmit={submit}>
        <label className="field-label" htmlFor={pathId}>
          {t('ui.handoff.start.pathLabel')}
        </label>
        <div className="handoff-path-row">
          <input
            id={pathId}
            type="text"
            className="mono"
            value={path}
            placeholder={t('ui.handoff.start.pathPlaceholder')}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => setPath(e.target.value)}
          />
          <Button type="submit" disabled={!path.trim()}>
            {t('ui.handoff.start.open')}
          </Button>
        </div>
      </form>
      {recent.length > 0 && (
        <section className="handoff-recent" aria-labelledby={`${pathId}-recent`}>
          <h3 className="handoff-section-title" id={`${pathId}-recent`}>
            {t('ui.handoff.recent.title')}
          </h3>
          <ul className="handoff-recent-list">
            {recent.map((r) => (
              <li key={r.path} className="handoff-recent-item">
                <button type="button" className="handoff-recent-open" aria-label={t('ui.handoff.recent.open', { path: r.path })} onClick={() => onOpen({ handle: r.handle, path: r.path })}>
                  <FolderIcon size={15} />
                  <span className="handoff-recent-name">{r.repo ?? r.path.split(/[/\\]/).pop()}</span>
                  <span className="handoff-recent-path mono truncate">{r.path}</span>
                </button>
                <button type="button" className="icon-button" aria-label={t('ui.handoff.recent.forget', { path: r.path })} onClick={() => onForget(r)}>
                  <CloseIcon size={12} />
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
