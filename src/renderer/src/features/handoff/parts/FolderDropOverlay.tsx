import { useEffect, useId, useSyncExternalStore } from 'react';
import { useT } from '../../../i18n/context';
import { useFolderDrop } from '../hooks/useFolderDrop';
import { FolderIcon } from './icons';
import '../handoff.css';

// Several overlays may be mounted (the shell's and the Handoff page's); the first one shows.
let owners: string[] = [];
const ownerListeners = new Set<() => void>();
const notifyOwners = () => {
  for (const l of [...ownerListeners]) l();
};
const subscribeOwners = (l: () => void) => {
  ownerListeners.add(l);
  return () => ownerListeners.delete(l);
};

/**
 * Mount once anywhere (the shell, and the Handoff page does too): files dragged over the window
 * show "Drop to hand off this folder", and dropping one opens it on the Handoff screen.
 */
export function FolderDropOverlay() {
  const t = useT();
  const id = useId();
  const dragging = useFolderDrop();
  useEffect(() => {
    owners = [...owners, id];
    notifyOwners();
    return () => {
      owners = owners.filter((o) => o !== id);
      notifyOwners();
    };
  }, [id]);
  const first = useSyncExternalStore(subscribeOwners, () => owners[0]);
  if (!dragging || first !== id) return null;
  return (
    <div className="handoff-drop-overlay" role="presentation">
      <div className="handoff-drop-card" role="status">
        <FolderIcon size={30} />
        <p className="handoff-drop-title">{t('ui.handoff.overlay.title')}</p>
        <p className="handoff-drop-body">{t('ui.handoff.overlay.body')}</p>
      </div>
    </div>
  );
}
