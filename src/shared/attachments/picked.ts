/**
 * Files and folders the user chose, as main hands them to the page: an opaque `handle` main
 * issued (capabilities, not strings: issue #11 point 5) plus the name and path to show. The page
 * names files to upload and folders to download into by `handle` only; a path it sends is refused.
 */
export interface PickedFile {
  handle: string;
  name: string;
  path: string;
}

export interface PickedFolder {
  handle: string;
  path: string;
}

/** One dropped item the preload registered with main: a file or a folder, with its handle. */
export interface DroppedItem {
  handle: string;
  name: string;
  path: string;
  kind: 'file' | 'folder';
}
