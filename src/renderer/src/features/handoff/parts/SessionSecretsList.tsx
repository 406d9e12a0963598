import { useId } from 'react';
import type { HandoffSessionSecretView } from '../../../../../shared/ipc/channels/handoff';
import { useLocale, useT } from '../../../i18n/context';
import { LockIcon } from './icons';

/**
 * Exactly which values go as session secrets: their names and masked previews (main never sends
 * a value to the renderer). Shown above the preview whenever there is at least one.
 */
export function SessionSecretsList({ secrets }: { secrets: readonly HandoffSessionSecretView[] }) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  if (secrets.length === 0) return null;
  return (
    <div className="handoff-session-secrets" aria-labelledby={`${id}-title`} role="region">
      <p className="handoff-session-secrets-title" id={`${id}-title`}>
        <LockIcon size={13} />
        {t('ui.handoff.secrets.title')}
      </p>
      <p className="handoff-muted">{t('ui.handoff.secrets.intro')}</p>
      <ul aria-label={t('ui.handoff.secrets.listLabel')}>
        {secrets.map((s) => {
          const length = s.length.toLocaleString(locale);
          return (
            <li key={s.key + s.findingIds.join()} className={s.problem ? 'is-problem' : undefined}>
              <code className="handoff-session-secret-key">{s.key}</code>
              <code className="handoff-session-secret-value">{s.preview}</code>
              <span className="handoff-muted">{s.multiline ? t('ui.handoff.secrets.multiline', { length }) : t('ui.handoff.secrets.length', { length })}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
