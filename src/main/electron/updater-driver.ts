import type { AppUpdater, ProgressInfo } from 'electron-updater';
import { AppError } from '../../shared/errors';
import type { UpdateDriver } from '../update/update-service';

/**
 * electron-updater behind the update service's driver port. The service decides when to check and
 * download (so `autoDownload` is off here); electron-updater reads the feed (`latest.yml`,
 * `latest-mac.yml`, `latest-linux.yml` from GitHub Releases), verifies the download's sha512 (and
 * on Windows the installer's signature against the app's publisher) and installs.
 * electron-updater only `require`s electron lazily, so this runs under plain Node in tests.
 */
export function createUpdaterDriver(updater: AppUpdater): UpdateDriver {
  updater.autoDownload = false;
  return {
    async check() {
      const result = await updater.checkForUpdates();
      // null: electron-updater thinks it cannot run here (unpackaged, or an AppImage-less Linux run).
      if (!result) throw new AppError('UPDATE_INACTIVE', 'The updater is not active in this run');
      return result.isUpdateAvailable ? { version: result.updateInfo.version } : null;
    },
    async download(onProgress) {
      const listener = (p: ProgressInfo) => onProgress(p.percent);
      updater.on('download-progress', listener);
      try {
        await updater.downloadUpdate();
      } finally {
        updater.off('download-progress', listener);
      }
    },
    quitAndInstall() {
      // Silent on Windows (the per-user NSIS installer needs no questions), and start again afterwards.
      updater.quitAndInstall(true, true);
    },
  };
}
