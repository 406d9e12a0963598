import { useT } from '../../../i18n/context';
import { KeyIcon } from '../../../ui/icons';

export interface OrgSecretsLineProps {
  /** The composition's `secret_ids`: null = all, [] = none; undefined: not in the request. */
  secretIds: readonly string[] | null | undefined;
  /** Names the screen knows for picked ids (the picker's); an id without one is shown as the id. */
  names: readonly { id: string; name: string }[];
}

/**
 * The org secrets part of "exactly what will be sent": read from the composition main will send
 * (its `secret_ids`), not from the form, so the line cannot say something the request does not.
 */
export function OrgSecretsLine({ secretIds, names }: OrgSecretsLineProps) {
  const t = useT();
  if (secretIds === undefined) return null;
  const text =
    secretIds === null
      ? t('ui.sessionSecrets.org.previewAll')
      : secretIds.length === 0
        ? t('ui.sessionSecrets.org.previewNone')
        : t('ui.sessionSecrets.org.previewOnly', { names: secretIds.map((id) => names.find((n) => n.id === id)?.name ?? id).join(', ') });
  return (
    <p className="handoff-note handoff-org-secrets" data-testid="handoff-org-secrets">
      <KeyIcon size={14} />
      <span>{text}</span>
    </p>
  );
}
