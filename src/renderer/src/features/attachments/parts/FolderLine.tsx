import { useId } from 'react';
import { useT } from '../../../i18n/context';
import { Button } from '../../../ui/Button';
import { InlineError } from '../../../ui/InlineError';
import type { DownloadFolderState } from '../hooks/useDownloadFolder';
import { FolderIcon } from './icons';

/** "Saves to <folder>" with Change… (a folder dialog) and, after a change, Use default. */
export function FolderLine({ folder }: { folder: DownloadFolderState }) {
  const t = useT();
  const labelId = useId();
  const pathId = useId();
  return (
    <div className="att-folder">
      <div className="att-folder-line">
        <FolderIcon size={14} className="att-folder-icon" />
        <span className="att-folder-label" id={labelId}>
          {t('ui.attachments.folder.label')}
        </span>
        <code className="att-folder-path" id={pathId}>
          {folder.dir ?? t('ui.attachments.folder.unknown')}
        </code>
        <Button size="sm" variant="link" aria-describedby={`${labelId} ${pathId}`} onClick={() => void folder.choose()}>
          {t('ui.attachments.folder.change')}
        </Button>
        {folder.isChosen && (
          <Button size="sm" variant="link" onClick={folder.resetToDefault}>
            {t('ui.attachments.folder.useDefault')}
          </Button>
        )}
      </div>
      {folder.error && <InlineError message={folder.error} />}
    </div>
  );
}
