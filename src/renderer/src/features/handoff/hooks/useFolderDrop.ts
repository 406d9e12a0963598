import { useEffect, useSyncExternalStore } from 'react';
import { attachFolderDrop, isDragging, onDraggingChange } from './folder-drop';

/**
 * Lets a folder be dropped anywhere on the window to hand it off; returns whether files are being
 * dragged over the window right now (to show the overlay). Safe to mount more than once.
 */
export function useFolderDrop(): boolean {
  useEffect(() => attachFolderDrop(), []);
  return useSyncExternalStore(onDraggingChange, isDragging);
}
