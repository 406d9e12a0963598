import type { DroppedItem } from '../../../../../shared/attachments/picked';
import type { Envelope } from '../../../../../shared/ipc/contract';

/**
 * Dropped files and folders, registered with main. The sandboxed page cannot know where a dropped
 * file is, and may not name paths to main anyway: in Electron the preload's
 * `devinTrayFiles.registerDrop` asks webUtils for each file's path and hands them to main itself
 * (a channel the page's own transport cannot call); the browser preview and the e2e harness
 * expose `__devinTrayRegisterDrop(names)`, which does the same from the test process. Main answers
 * with a handle per item it found on disk (null for the others).
 */
declare global {
  interface Window {
    devinTrayFiles?: { registerDrop(files: File[]): Promise<Envelope<unknown>> };
    __devinTrayRegisterDrop?: (names: string[]) => Promise<Envelope<unknown>>;
  }
}

/** The dropped items in order, each with its handle, or null where main could not take it. */
export async function registerDroppedFiles(files: readonly File[]): Promise<(DroppedItem | null)[]> {
  if (files.length === 0) return [];
  const envelope = window.devinTrayFiles
    ? await window.devinTrayFiles.registerDrop([...files])
    : window.__devinTrayRegisterDrop
      ? await window.__devinTrayRegisterDrop(files.map((f) => f.name))
      : null;
  if (!envelope?.ok || !Array.isArray(envelope.value)) return files.map(() => null);
  const items = envelope.value as (DroppedItem | null)[];
  return files.map((_, i) => items[i] ?? null);
}

/** A dropped item as main registered it (its handle, and its path to show), or null when main could not take it. */
export async function folderForDroppedFile(file: File): Promise<{ handle: string; path: string } | null> {
  const [item] = await registerDroppedFiles([file]);
  return item ? { handle: item.handle, path: item.path } : null;
}

/** True when a drag carries files (not text or a link), so the window should offer to take it. */
export function dragHasFiles(dt: DataTransfer | null): boolean {
  return dt !== null && Array.from(dt.types).includes('Files');
}
