import { dragHasFiles, folderForDroppedFile } from '../model/drop-path';
import { handoffController, requestHandoff } from '../handoff-controller';

/**
 * Window-wide folder drop, installed once however many components ask for it (the shell and the
 * Handoff page both may): dragging files shows the overlay, dropping one starts a handoff of it.
 * Dropping anywhere also stops the page from navigating to the file.
 */
let users = 0;
let depth = 0;
let dragging = false;
const listeners = new Set<() => void>();

function setDragging(next: boolean): void {
  if (dragging === next) return;
  dragging = next;
  for (const l of [...listeners]) l();
}

function onDragEnter(e: DragEvent): void {
  if (!dragHasFiles(e.dataTransfer)) return;
  e.preventDefault();
  depth += 1;
  setDragging(true);
}

function onDragOver(e: DragEvent): void {
  if (!dragHasFiles(e.dataTransfer)) return;
  e.preventDefault();
  if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  setDragging(true);
}

function onDragLeave(e: DragEvent): void {
  if (!dragHasFiles(e.dataTransfer)) return;
  depth = Math.max(0, depth - 1);
  // Leaving the window: no related target (and the counter may miss on some platforms).
  if (depth === 0 || e.relatedTarget === null) {
    depth = 0;
    setDragging(false);
  }
}

function onDrop(e: DragEvent): void {
  if (!dragHasFiles(e.dataTransfer)) return;
  e.preventDefault();
  depth = 0;
  setDragging(false);
  const file = e.dataTransfer?.files[0];
  if (!file) return;
  const failed = () => {
    requestHandoff({});
    handoffController().reportDropFailed();
  };
  void folderForDroppedFile(file).then((folder) => (folder ? requestHandoff({ folder }) : failed()), failed);
}

const EVENTS = [
  ['dragenter', onDragEnter],
  ['dragover', onDragOver],
  ['dragleave', onDragLeave],
  ['drop', onDrop],
] as const;

/** Starts listening (first user installs); returns the release function. */
export function attachFolderDrop(): () => void {
  if (users++ === 0) for (const [name, fn] of EVENTS) window.addEventListener(name, fn);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--users === 0) {
      for (const [name, fn] of EVENTS) window.removeEventListener(name, fn);
      depth = 0;
      setDragging(false);
    }
  };
}

export function isDragging(): boolean {
  return dragging;
}

export function onDraggingChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
