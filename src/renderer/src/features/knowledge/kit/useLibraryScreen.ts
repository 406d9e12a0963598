import { useState } from 'react';
import { useT } from '../../../i18n/context';
import { toUiError } from '../../../ui/ui-error';
import type { BannerMessage } from './Banner';

/** What the detail pane shows: nothing, one item, one item's editor, or a new item's editor. */
export type LibraryPane = { kind: 'none' } | { kind: 'view'; id: string } | { kind: 'edit'; id: string } | { kind: 'new' };

/**
 * The state a library screen (notes, playbooks, schedules) keeps around its list: which item
 * the detail pane shows and how, the banner, and the delete being confirmed. `items` is the
 * whole loaded list (not a filtered view), `keyOf` an item's id, `nameOf` what messages call it.
 */
export function useLibraryScreen<T>({
  items,
  keyOf,
  nameOf,
  remove,
}: {
  items: readonly T[];
  keyOf: (item: T) => string;
  nameOf: (item: T) => string;
  /** Deletes optimistically and rethrows if Devin refuses (the list hooks' `remove`). */
  remove: (item: T) => Promise<void>;
}) {
  const t = useT();
  const [pane, setPane] = useState<LibraryPane>({ kind: 'none' });
  const [banner, setBanner] = useState<BannerMessage | null>(null);
  const [confirming, setConfirming] = useState<T | null>(null);

  const paneId = pane.kind === 'view' || pane.kind === 'edit' ? pane.id : null;
  const current = paneId ? (items.find((x) => keyOf(x) === paneId) ?? null) : null;
  const showError = (text: string) => setBanner({ tone: 'error', text });
  const message = (err: unknown) => toUiError(err, t).message;

  const view = (item: T) => setPane({ kind: 'view', id: keyOf(item) });
  const edit = (item: T) => setPane({ kind: 'edit', id: keyOf(item) });
  const startNew = () => setPane({ kind: 'new' });
  const close = () => setPane({ kind: 'none' });

  /** Creates, then shows what was created. */
  const saveNew = async (create: () => Promise<T>) => {
    const item = await create();
    setPane({ kind: 'view', id: keyOf(item) });
  };
  /** Saves the item being edited, then shows it. */
  const saveEdit = async (update: (id: string) => Promise<unknown>) => {
    if (pane.kind !== 'edit') return;
    await update(pane.id);
    setPane({ kind: 'view', id: pane.id });
  };

  /** Runs an optimistic enable/disable; if Devin refuses, says so (the list hook has rolled back). */
  const toggle = async (item: T, setEnabled: () => Promise<void>) => {
    try {
      await setEnabled();
    } catch (err) {
      showError(t('library.error.toggle', { name: nameOf(item), message: message(err) }));
    }
  };

  /** Loads the next page; a failure goes to the banner (the rows already shown stay). */
  const loadMore = (load: () => Promise<void>) => {
    void load().catch((err: unknown) => showError(t('library.error.load', { message: message(err) })));
  };

  /** Deletes the confirmed item and moves to its neighbour; back to it if the delete fails. */
  const confirmDelete = async () => {
    const item = confirming;
    if (!item) return;
    setConfirming(null);
    const index = items.findIndex((x) => keyOf(x) === keyOf(item));
    const next = items[index + 1] ?? items[index - 1];
    setPane(next ? { kind: 'view', id: keyOf(next) } : { kind: 'none' });
    try {
      await remove(item);
      setBanner({ tone: 'info', text: t('library.deleted', { name: nameOf(item) }) });
    } catch (err) {
      showError(t('library.error.delete', { name: nameOf(item), message: message(err) }));
      setPane({ kind: 'view', id: keyOf(item) });
    }
  };

  return {
    items,
    keyOf,
    nameOf,
    pane,
    paneId,
    current,
    banner,
    setBanner,
    confirming,
    askDelete: setConfirming,
    cancelDelete: () => setConfirming(null),
    confirmDelete,
    view,
    edit,
    startNew,
    close,
    saveNew,
    saveEdit,
    toggle,
    loadMore,
  };
}

export type LibraryScreenModel<T> = ReturnType<typeof useLibraryScreen<T>>;
