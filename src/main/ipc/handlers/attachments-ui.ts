import { isAbsolute } from 'node:path';
import { AppError } from '../../../shared/errors';
import { translate } from '../../../shared/i18n';
import type { Locale } from '../../../shared/i18n';
import { MAX_REPLY_FILES } from '../../../shared/ipc/channels/attachments-ui';
import type { AttachmentsUiChannelName } from '../../../shared/ipc/channels/attachments-ui';
import type { Handlers } from '../router';

/** A native multi-select file picker (Electron's dialog.showOpenDialog); [] when dismissed. */
export type ChooseFilesPort = (opts: { title: string; buttonLabel: string }) => Promise<string[]>;

export interface AttachmentsUiHandlersDeps {
  /** Absent where there is no dialog (e.g. a headless run): the channel then says to drop files instead. */
  chooseFiles?: ChooseFilesPort | undefined;
  locale: () => Locale;
}

/** The attachments UI's own channels (the engine's are in attachments.ts). */
export function attachmentsUiHandlers(deps: AttachmentsUiHandlersDeps): Pick<Handlers, AttachmentsUiChannelName> {
  return {
    'attachments:chooseFiles': async () => {
      if (!deps.chooseFiles) {
        throw new AppError('ATTACHMENTS_NO_FILE_DIALOG', translate('en', 'error.ATTACHMENTS_NO_FILE_DIALOG'));
      }
      const lang = deps.locale();
      const paths = await deps.chooseFiles({
        title: translate(lang, 'ui.attachments.chooseFiles.title'),
        buttonLabel: translate(lang, 'ui.attachments.chooseFiles.button'),
      });
      // Only what a dialog can return: absolute paths, deduplicated, within what one upload takes.
      return [...new Set(paths.filter((p) => typeof p === 'string' && isAbsolute(p)))].slice(0, MAX_REPLY_FILES);
    },
  };
}
