import { useCallback, useEffect, useRef, useState } from 'react';
import { getBridge } from '../../bridge';
import type { KnowledgeFolders, KnowledgeNote } from '../../../../shared/domain/knowledge';
import { noteInputFrom, type NoteInput } from '../../../../shared/library/note-input';
import { appendUnique, removeWhere, replaceWhere, restoreAt } from './kit/list-ops';

export interface NoteFilters {
  search: string;
  folderPath: string;
  pinnedRepo: string;
}

export const NO_FILTERS: NoteFilters = { search: '', folderPath: '', pinnedRepo: '' };
export const NOTE_PAGE_SIZE = 50;

const sameNote = (a: KnowledgeNote, b: KnowledgeNote) => a.note_id === b.note_id;

/**
 * The notes list: the current filters' first page, "load more", and the edits with their
 * optimistic updates. Responses to an older filter are dropped (a newer request wins).
 */
export function useNotes(filters: NoteFilters) {
  const [items, setItems] = useState<KnowledgeNote[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  // Which query the list shows; 'loading' is derived (the current query differs from the shown one).
  const [loaded, setLoaded] = useState<{ key: string; failed: boolean; error: unknown }>({ key: '', failed: false, error: null });
  const [attempt, setAttempt] = useState(0);
  const [loadingMore, setLoadingMore] = useState(false);
  const [folders, setFolders] = useState<KnowledgeFolders | null>(null);
  const [foldersVersion, setFoldersVersion] = useState(0);
  const generation = useRef(0);

  const query = useCallback(
    (after: string | null) => ({
      first: NOTE_PAGE_SIZE,
      ...(filters.search.trim() ? { search: filters.search.trim() } : {}),
      ...(filters.folderPath ? { folderPath: filters.folderPath } : {}),
      ...(filters.pinnedRepo.trim() ? { pinnedRepo: filters.pinnedRepo.trim() } : {}),
      ...(after ? { after } : {}),
    }),
    [filters.search, filters.folderPath, filters.pinnedRepo],
  );
  const key = `${JSON.stringify(query(null))}#${attempt}`;
  const status: 'loading' | 'ready' | 'error' = loaded.key !== key ? 'loading' : loaded.failed ? 'error' : 'ready';

  useEffect(() => {
    const gen = ++generation.current;
    getBridge()
      .knowledge.list(query(null))
      .then(
        (page) => {
          if (gen !== generation.current) return;
          setItems(page.items);
          setNextCursor(page.nextCursor);
          setTotal(page.total);
          setLoaded({ key, failed: false, error: null });
        },
        (error: unknown) => {
          if (gen === generation.current) setLoaded({ key, failed: true, error });
        },
      );
  }, [key, query]);

  /** Loads the first page again (after an error, or to pick up changes made elsewhere). */
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    getBridge()
      .knowledge.folders()
      // Folders only feed the filter and the editor's picker; the list works without them.
      .then(setFolders, () => setFolders(null));
  }, [foldersVersion]);
  const loadFolders = useCallback(() => setFoldersVersion((n) => n + 1), []);

  const loadMore = useCallback(async () => {
    if (!nextCursor) return;
    const gen = generation.current;
    setLoadingMore(true);
    try {
      const page = await getBridge().knowledge.list(query(nextCursor));
      if (gen !== generation.current) return;
      setItems((list) => appendUnique(list, page.items, (n) => n.note_id));
      setNextCursor(page.nextCursor);
      setTotal(page.total);
    } finally {
      setLoadingMore(false);
    }
  }, [nextCursor, query]);

  const create = useCallback(async (input: NoteInput) => {
    const note = await getBridge().knowledge.create(input);
    setItems((list) => [note, ...list.filter((n) => n.note_id !== note.note_id)]);
    setTotal((t) => (t === null ? t : t + 1));
    loadFolders();
    return note;
  }, [loadFolders]);

  const update = useCallback(async (noteId: string, input: NoteInput) => {
    const note = await getBridge().knowledge.update({ noteId, note: input });
    setItems((list) => replaceWhere(list, (n) => n.note_id === noteId, note));
    loadFolders();
    return note;
  }, [loadFolders]);

  /** Flips enabled at once; puts the old value back (and rethrows) if Devin refuses. */
  const setEnabled = useCallback(async (note: KnowledgeNote, enabled: boolean) => {
    setItems((list) => replaceWhere(list, (n) => n.note_id === note.note_id, { ...note, is_enabled: enabled }));
    try {
      const saved = await getBridge().knowledge.update({ noteId: note.note_id, note: { ...noteInputFrom(note), is_enabled: enabled } });
      setItems((list) => replaceWhere(list, (n) => n.note_id === note.note_id, saved));
    } catch (err) {
      setItems((list) => replaceWhere(list, (n) => n.note_id === note.note_id, note));
      throw err;
    }
  }, []);

  /** Removes at once; puts the note back where it was (and rethrows) if Devin refuses. */
  const remove = useCallback(async (note: KnowledgeNote) => {
    const { index } = removeWhere(items, (n) => n.note_id === note.note_id);
    setItems((list) => removeWhere(list, (n) => n.note_id === note.note_id).list);
    setTotal((t) => (t === null ? t : t - 1));
    try {
      await getBridge().knowledge.delete({ noteId: note.note_id });
      loadFolders();
    } catch (err) {
      setItems((list) => restoreAt(list, note, index, sameNote));
      setTotal((t) => (t === null ? t : t + 1));
      throw err;
    }
  }, [items, loadFolders]);

  return { items, nextCursor, total, status, error: loaded.error, loadingMore, folders, reload, loadMore, create, update, setEnabled, remove };
}

export type NotesModel = ReturnType<typeof useNotes>;
