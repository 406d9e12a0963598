/**
 * The Handoff feature. The shell may mount `<FolderDropOverlay/>` (drop a folder anywhere) and
 * call `useDesktopNavigation()` (tray, deep links, second launch) once; the Handoff page mounts
 * both too, and they are safe to mount twice.
 */
export { HandoffScreen } from './HandoffScreen';
export { FolderDropOverlay } from './parts/FolderDropOverlay';
export { useFolderDrop } from './hooks/useFolderDrop';
export { useDesktopNavigation } from './hooks/useDesktopNavigation';
export { requestHandoff } from './handoff-controller';
