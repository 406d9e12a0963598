/**
 * Where a dropped file or folder is on disk. The sandboxed page cannot know by itself: in
 * Electron, preload exposes `devinTrayFiles.getPathForFile` (webUtils.getPathForFile); the
 * browser preview and the e2e harness expose `__devinTrayPathForFile(name)` instead.
 */
declare global {
  interface Window {
    devinTrayFiles?: { getPathForFile(file: File): string };
    __devinTrayPathForFile?: (name: string) => Promise<string | null> | string | null;
  }
}

/** The dropped item's absolute path, or null when nothing can tell. */
export async function pathForDroppedFile(file: File): Promise<string | null> {
  const viaPreload = window.devinTrayFiles?.getPathForFile(file);
  if (viaPreload) return viaPreload;
  const viaHarness = await window.__devinTrayPathForFile?.(file.name);
  return viaHarness || null;
}

/** True when a drag carries files (not text or a link), so the window should offer to take it. */
export function dragHasFiles(dt: DataTransfer | null): boolean {
  return dt !== null && Array.from(dt.types).includes('Files');
}
