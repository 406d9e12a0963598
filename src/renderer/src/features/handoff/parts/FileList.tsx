import type { HandoffFileFate, HandoffFileStatus, HandoffFileView } from '../../../../../shared/ipc/channels/handoff';
import { useLocale, useT } from '../../../i18n/context';
import { formatSize } from '../model/format-size';

const STATUS_MARK: Record<HandoffFileStatus, string> = {
  modified: 'M',
  added: 'A',
  untracked: 'U',
  deleted: 'D',
  renamed: 'R',
  copied: 'C',
  mode: 'M',
  typechange: 'T',
  submodule: 'S',
};

export interface FileListProps {
  files: readonly HandoffFileView[];
  /** Fates from the latest composition (absent until the first one). */
  fates: ReadonlyMap<string, HandoffFileFate>;
  excluded: ReadonlySet<string>;
  /** Files holding a possible secret nobody has decided on yet. */
  pending: ReadonlySet<string>;
  onToggle: (key: string, included: boolean) => void;
  disabled: boolean;
}

/**
 * Every changed file with a toggle: status, +/− lines or binary size, generated/lock files
 * marked, and why a file is not in the diff (left out by you, a secret, binary, over the limit).
 */
export function FileList({ files, fates, excluded, pending, onToggle, disabled }: FileListProps) {
  const t = useT();
  const locale = useLocale();
  const included = files.filter((f) => fates.get(f.key)?.included).length;
  return (
    <section className="handoff-card handoff-files" aria-labelledby="handoff-files-title">
      <header className="handoff-card-head">
        <h3 className="handoff-section-title" id="handoff-files-title">
          {t('ui.handoff.files.title')}
        </h3>
        {files.length > 0 && <span className="handoff-muted">{t('ui.handoff.files.count', { included, count: files.length })}</span>}
      </header>
      {files.length === 0 ? (
        <p className="handoff-muted handoff-card-body">{t('ui.handoff.files.none')}</p>
      ) : (
        <ul className="handoff-file-list">
          {files.map((f) => {
            const fate = fates.get(f.key);
            const on = !excluded.has(f.key);
            const reason = fate?.reason ?? null;
            return (
              <li key={f.key} className={on ? 'handoff-file' : 'handoff-file is-off'}>
                <input
                  type="checkbox"
                  checked={on}
                  disabled={disabled}
                  aria-label={t('ui.handoff.files.toggle', { path: f.path })}
                  onChange={(e) => onToggle(f.key, e.target.checked)}
                />
                <span className={`handoff-status handoff-status-${f.status}`} title={t(`ui.handoff.status.${f.status}`)}>
                  <span aria-hidden="true">{STATUS_MARK[f.status]}</span>
                  <span className="visually-hidden">{t(`ui.handoff.status.${f.status}`)}</span>
                </span>
                <span className="handoff-file-path mono" title={f.oldPath ? `${f.oldPath} → ${f.path}` : f.path}>
                  {f.path}
                  {f.oldPath && <span className="handoff-muted"> {t('ui.handoff.file.renamedFrom', { path: f.oldPath })}</span>}
                </span>
                <span className="handoff-file-meta">
                  {f.generated && <span className="handoff-badge">{t('ui.handoff.file.generated')}</span>}
                  {f.binary ? (
                    <span className="handoff-muted">{f.size !== undefined ? t('ui.handoff.file.binarySize', { size: formatSize(f.size, locale) }) : t('ui.handoff.file.binary')}</span>
                  ) : (
                    <span className="handoff-lines mono">
                      <span className="handoff-add">+{f.added}</span> <span className="handoff-del">−{f.removed}</span>
                    </span>
                  )}
                  {on && pending.has(f.key) ? (
                    <span className="handoff-badge handoff-badge-danger">{t('ui.handoff.reason.pending')}</span>
                  ) : (
                    reason && reason !== 'binary' && <span className={`handoff-badge handoff-reason-${reason}`}>{t(`ui.handoff.reason.${reason}`, { driver: f.unfilteredBy ?? '' })}</span>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
