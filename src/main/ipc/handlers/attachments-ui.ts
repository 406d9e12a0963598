import { stat } from 'node:fs/promises';
import { basename, isAbsolute } from 'node:path';
import type { DroppedItem, PickedFile } from '../../../shared/attachments/picked';
import { AppError } from '../../../shared/errors';
import { translate } from '../../../shared/i18n';
import type { Locale } from '../../../shared/i18n';
import { MAX_REPLY_FILES } from '../../../shared/ipc/channels/attachments-ui';
import type { AttachmentsUiChannelName } from '../../../shared/ipc/channels/attachments-ui';
import type { PathHandles } from '../../security/path-handles';
import type { Handlers } from '../router';

/** A native multi-select file picker (Electron's dialog.showOpenDialog); [] when dismissed. */
export type ChooseFilesPort = (opts: { title: string; buttonLabel: string }) => Promise<string[]>;

export interface AttachmentsUiHandlersDeps {
  /** Absent where there is no dialog (e.g. a headless run): the channel then says to drop files instead. */
  chooseFiles?: ChooseFilesPort | undefined;
  locale: () => Locale;
  /** Issues the handles the page names chosen and dropped files by. */
  handles: PathHandles;
}

/**
 * The attachments UI's own channels (the engine's are in attachments.ts): files chosen in main's
 * dialog, and drops the preload registered, come back as handles issued to the calling page.
 */
export function attachmentsUiHandlers(deps: AttachmentsUiHandlersDeps): Pick<Handlers, AttachmentsUiChannelName> {
  return {
    'attachments:chooseFiles': async (_req, ctx) => {
      if (!deps.chooseFiles) {
        throw new AppError('ATTACHMENTS_NO_FILE_DIALOG', translate('en', 'error.ATTACHMENTS_NO_FILE_DIALOG'));
      }
      const lang = deps.locale();
      const paths = await deps.chooseFiles({
        title: translate(lang, 'ui.attachments.chooseFiles.title'),
        buttonLabel: translate(lang, 'ui.attachments.chooseFiles.button'),
      });
      // Only what a dialog can return: absolute paths, deduplicated, within what one upload takes.
      const chosen = [...new Set(paths.filter((p) => typeof p === 'string' && isAbsolute(p)))].slice(0, MAX_REPLY_FILES);
      return chosen.map((path): PickedFile => ({ handle: deps.handles.issue(ctx.senderId ?? '', 'file', path), name: basename(path), path }));
    },
    // Reached only from the preload (the page's transport refuses this channel): the paths are
    // what webUtils.getPathForFile said for files the user really dropped.
    'attachments:registerDrop': async ({ paths }, ctx) =>
      Promise.all(
        paths.map(async (path): Promise<DroppedItem | null> => {
          if (!path || !isAbsolute(path)) return null;
          const kind = await kindOf(path);
          if (!kind) return null;
          return { handle: deps.handles.issue(ctx.senderId ?? '', kind, path), name: basename(path), path, kind };
        }),
      ),
  };
}

/** A regular file or a folder (links followed, as the OS resolved the drop); null for anything else or gone. */
async function kindOf(path: string): Promise<DroppedItem['kind'] | null> {
  try {
    const st = await stat(path);
    if (st.isFile()) return 'file';
    if (st.isDirectory()) return 'folder';
    return null;
  } catch {
    return null;
  }
}
