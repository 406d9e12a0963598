/**
 * The Handoff feature. The Handoff page mounts `<FolderDropOverlay/>` (drop a folder anywhere);
 * tray items, deep links and second launches reach it through `requestHandoff`, which the Shell's
 * desktop navigation calls.
 */
export { HandoffScreen } from './HandoffScreen';
export { FolderDropOverlay } from './parts/FolderDropOverlay';
export { useFolderDrop } from './hooks/useFolderDrop';
export { requestHandoff } from './handoff-controller';
