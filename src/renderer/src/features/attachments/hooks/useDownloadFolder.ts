import { useCallback, useEffect, useState } from 'react';
import type { PickedFolder } from '../../../../../shared/attachments/picked';
import { getBridge } from '../../../bridge';
import { useT } from '../../../i18n/context';
import { useSettings } from '../../../store/hooks';
import { toUiError } from '../../../ui/ui-error';

/** Folders picked with "Change…", per session, for as long as the app runs (main's handle and the path to show). */
const chosenFolders = new Map<string, PickedFolder>();

export interface DownloadFolderState {
  /** Where this session's downloads go: the picked folder, else the default one (null while unknown). */
  dir: string | null;
  /** Main's handle for the picked folder (what downloads name); null for the default folder. */
  handle: string | null;
  /** A folder was picked for this session (downloads name it by its handle). */
  isChosen: boolean;
  error: string | null;
  choose: () => Promise<void>;
  resetToDefault: () => void;
}

/**
 * The destination of a session's downloads: `attachments:defaultFolder` (the settings' root +
 * "<title>-<short id>"), or a folder picked with `attachments:chooseFolder` (named by main's handle).
 */
export function useDownloadFolder(sessionId: string): DownloadFolderState {
  const t = useT();
  const root = useSettings().attachmentsFolder;
  const [chosen, setChosen] = useState<{ sessionId: string; folder: PickedFolder | null }>(() => ({ sessionId, folder: chosenFolders.get(sessionId) ?? null }));
  const [fallback, setFallback] = useState<{ key: string; dir: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = `${sessionId}\n${root ?? ''}`;

  useEffect(() => {
    let live = true;
    getBridge()
      .attachments.defaultFolder({ sessionId })
      .then(
        (dir) => {
          if (live) setFallback({ key, dir });
        },
        (err: unknown) => {
          if (live) setError(toUiError(err, t).message);
        },
      );
    return () => {
      live = false;
    };
  }, [key, sessionId, t]);

  const picked = chosen.sessionId === sessionId ? chosen.folder : (chosenFolders.get(sessionId) ?? null);
  const defaultDir = fallback?.key === key ? fallback.dir : null;
  const dir = picked?.path ?? defaultDir;

  const choose = useCallback(async () => {
    setError(null);
    try {
      const folder = await getBridge().attachments.chooseFolder(dir ? { defaultPath: dir } : undefined);
      if (folder === null) return;
      chosenFolders.set(sessionId, folder);
      setChosen({ sessionId, folder });
    } catch (err) {
      setError(toUiError(err, t).message);
    }
  }, [dir, sessionId, t]);

  const resetToDefault = useCallback(() => {
    chosenFolders.delete(sessionId);
    setChosen({ sessionId, folder: null });
  }, [sessionId]);

  return { dir, handle: picked?.handle ?? null, isChosen: picked !== null, error, choose, resetToDefault };
}
