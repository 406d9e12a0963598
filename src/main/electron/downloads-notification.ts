import { Notification, shell } from 'electron';
import type { DownloadsFinishedNotice } from '../attachments/downloads-notice';

/** "Downloads finished": a native notification; clicking it reveals the files in the file manager. */
export function showDownloadsFinished(notice: DownloadsFinishedNotice, iconPath?: string): void {
  if (!Notification.isSupported()) return;
  const n = new Notification({ title: notice.title, body: notice.body, ...(iconPath ? { icon: iconPath } : {}) });
  n.on('click', () => {
    if (notice.firstPath) shell.showItemInFolder(notice.firstPath);
    else void shell.openPath(notice.dir);
  });
  n.show();
}
