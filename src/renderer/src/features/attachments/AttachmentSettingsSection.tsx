import { useId, useState } from 'react';
import type { Settings } from '../../../../shared/settings';
import { getBridge } from '../../bridge';
import { useT } from '../../i18n/context';
import { useAppStore, useSettings } from '../../store/hooks';
import { Button } from '../../ui/Button';
import { InlineError } from '../../ui/InlineError';
import { Toggle } from '../../ui/Toggle';
import { toUiError } from '../../ui/ui-error';
import './attachments.css';
import { SettingsSection } from '../../ui/SettingsSection';

type AttachmentPatch = Partial<Pick<Settings, 'attachmentsFolder' | 'autoDownloadAttachments'>>;

/**
 * Settings → Attachments: the root folder downloads go to (each session gets a folder inside it)
 * and auto-download of a watched session's attachments when it finishes. Self-contained, for the
 * Settings screen to mount as a section.
 */
export function AttachmentSettingsSection() {
  const t = useT();
  const store = useAppStore();
  const { attachmentsFolder, autoDownloadAttachments } = useSettings();
  const [error, setError] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const folderLabelId = useId();
  const folderValueId = useId();

  const save = (patch: AttachmentPatch) => {
    setError(null);
    store.updateSettings(patch).catch((err: unknown) => setError(t('ui.attachments.settings.saveFailed', { message: toUiError(err, t).message })));
  };

  const choose = async () => {
    setError(null);
    setPicking(true);
    try {
      const folder = await getBridge().attachments.chooseFolder(attachmentsFolder ? { defaultPath: attachmentsFolder } : undefined);
      // Main's handle for the picked folder: the settings take the folder main saw chosen, never a path from here.
      if (folder !== null) save({ attachmentsFolder: folder.handle });
    } catch (err) {
      setError(t('ui.attachments.settings.saveFailed', { message: toUiError(err, t).message }));
    } finally {
      setPicking(false);
    }
  };

  return (
    <SettingsSection title={t('ui.attachments.settings.heading')}>
      <div className="settings-card">
        <div className="att-settings-row">
          <span className="field-label" id={folderLabelId}>
            {t('ui.attachments.settings.folder')}
          </span>
          <div className="att-settings-value">
            {attachmentsFolder !== null ? (
              <code id={folderValueId}>{attachmentsFolder}</code>
            ) : (
              <span id={folderValueId}>{t('ui.attachments.settings.folderDefault')}</span>
            )}
            <Button size="sm" busy={picking} aria-describedby={`${folderLabelId} ${folderValueId}`} onClick={() => void choose()}>
              {t('ui.attachments.settings.change')}
            </Button>
            {attachmentsFolder !== null && (
              <Button size="sm" variant="ghost" aria-describedby={folderLabelId} onClick={() => save({ attachmentsFolder: null })}>
                {t('ui.attachments.settings.useDefault')}
              </Button>
            )}
          </div>
          <p className="field-help">{t('ui.attachments.settings.folderHelp')}</p>
        </div>
        <Toggle
          label={t('ui.attachments.settings.auto')}
          help={t('ui.attachments.settings.autoHelp')}
          checked={autoDownloadAttachments}
          onChange={(v) => save({ autoDownloadAttachments: v })}
        />
        {error && <InlineError message={error} />}
      </div>
    </SettingsSection>
  );
}
