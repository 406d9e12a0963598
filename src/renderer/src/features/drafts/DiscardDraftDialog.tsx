import { useT } from '../../i18n/context';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

/**
 * "Discard what you typed?" before a place with a changed, non-empty draft is closed. Focus starts
 * on Keep editing (the safe choice); Escape keeps editing too.
 */
export function DiscardDraftDialog({ onKeep, onDiscard }: { onKeep: () => void; onDiscard: () => void }) {
  const t = useT();
  return (
    <ConfirmDialog
      title={t('ui.drafts.discard.title')}
      body={t('ui.drafts.discard.body')}
      cancelLabel={t('ui.drafts.discard.keep')}
      confirmLabel={t('ui.drafts.discard.confirm')}
      tone="danger"
      onCancel={onKeep}
      onConfirm={onDiscard}
    />
  );
}
