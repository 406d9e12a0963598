import { useId } from 'react';
import type { HandoffCompositionView } from '../../../../../shared/ipc/channels/handoff';
import { useLocale, useT } from '../../../i18n/context';
import { Button } from '../../../ui/Button';
import { InlineError } from '../../../ui/InlineError';
import { formatSize } from '../model/format-size';
import type { SendGate } from '../model/send-gate';

/** The one Send button and what it will do, or why it cannot yet. */
export function SendBar({ gate, composition, sending, error, onSend }: { gate: SendGate; composition: HandoffCompositionView | null; sending: boolean; error: string | null; onSend: () => void }) {
  const t = useT();
  const locale = useLocale();
  const statusId = useId();
  let status: string;
  if (gate.ok && composition) {
    status = t('ui.handoff.send.ready', {
      title: composition.title,
      repo: composition.repos?.join(', ') ?? t('ui.handoff.send.noRepo'),
      size: formatSize(composition.promptBytes, locale),
    });
  } else if (!gate.ok && gate.reason === 'task') status = t('ui.handoff.send.blockedTask');
  else if (!gate.ok && gate.reason === 'findings') status = t('ui.handoff.send.blockedFindings', { count: gate.count ?? 0 });
  else if (!gate.ok && gate.reason === 'sending') status = t('ui.handoff.sending');
  else if (!gate.ok && gate.reason === 'secrets') status = t('ui.handoff.send.blockedSecrets');
  else if (!gate.ok && gate.reason === 'knowledge') status = t('ui.sessionMeta.knowledge.pickOne');
  else if (!gate.ok && gate.reason === 'orgSecrets') status = t('ui.handoff.send.blockedOrgSecrets');
  else status = t('ui.handoff.send.updating');
  return (
    <div className="handoff-sendbar">
      {error && <InlineError message={t('ui.handoff.send.failed', { message: error })} />}
      <div className="handoff-sendbar-row">
        <p className={gate.ok ? 'handoff-send-status truncate' : 'handoff-send-status is-blocked truncate'} id={statusId} role="status" title={status}>
          {status}
        </p>
        <Button variant="primary" busy={sending} disabled={!gate.ok && !sending} aria-describedby={statusId} onClick={onSend}>
          {sending ? t('ui.handoff.sending') : t('ui.handoff.send')}
        </Button>
      </div>
    </div>
  );
}
