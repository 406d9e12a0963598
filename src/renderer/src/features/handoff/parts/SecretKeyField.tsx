import { useId } from 'react';
import type { HandoffSessionSecretView } from '../../../../../shared/ipc/channels/handoff';
import { useT } from '../../../i18n/context';
import { Button } from '../../../ui/Button';

export interface SecretKeyFieldProps {
  secret: HandoffSessionSecretView;
  /** The finding this row shows; the name is edited on the first place the value was found. */
  findingId: string;
  /** The name the user typed for this value, if any (shown while main re-composes). */
  typed: string | undefined;
  onKey: (findingId: string, key: string | null) => void;
  disabled: boolean;
}

/**
 * The name a value goes to Devin under: editable where the value was first found, with the reason
 * it cannot be sent yet (a bad or duplicate name, a value too long); elsewhere, which name it shares.
 */
export function SecretKeyField({ secret, findingId, typed, onKey, disabled }: SecretKeyFieldProps) {
  const t = useT();
  const id = useId();
  const first = secret.findingIds[0] === findingId;
  if (!first) {
    return <p className="handoff-secret-shared">{t('ui.handoff.finding.secretShared', { count: secret.findingIds.length })} <code>{secret.key}</code></p>;
  }
  const value = typed ?? secret.key;
  const problem = secret.problem;
  return (
    <div className="handoff-secret-key">
      <label htmlFor={`${id}-key`} className="handoff-secret-key-label">
        {t('ui.handoff.finding.secretKey')}
      </label>
      <div className="handoff-secret-key-row">
        <input
          id={`${id}-key`}
          className="input mono handoff-secret-key-input"
          value={value}
          spellCheck={false}
          autoComplete="off"
          maxLength={1000}
          disabled={disabled}
          aria-invalid={problem !== null || undefined}
          aria-describedby={`${id}-hint`}
          onChange={(e) => onKey(findingId, e.target.value)}
        />
        {secret.edited && secret.derivedKey !== value && (
          <Button size="sm" variant="ghost" onClick={() => onKey(findingId, null)} disabled={disabled}>
            {t('ui.handoff.finding.secretReset', { key: secret.derivedKey })}
          </Button>
        )}
      </div>
      <p id={`${id}-hint`} className={problem ? 'handoff-secret-key-hint is-problem' : 'handoff-secret-key-hint'} role={problem ? 'alert' : undefined}>
        {problem ? t(`ui.handoff.secret.problem.${problem}`, { key: secret.key }) : t('ui.handoff.finding.secretKeyHint', { key: secret.key })}
        {!problem && secret.findingIds.length > 1 && ` ${t('ui.handoff.finding.secretShared', { count: secret.findingIds.length })}`}
      </p>
    </div>
  );
}
