import type { MouseEvent } from 'react';
import type { PullRequestView } from '../../../../../shared/sessions/session-view';
import type { MessageKey } from '../../../../../shared/i18n';
import { hasMessage } from '../../../../../shared/i18n';
import { useT } from '../../../i18n/context';
import { prLabel } from '../model/pr-label';
import { PullRequestIcon } from './icons';

/** A pull request as a link that opens in the browser through main (never navigates the window). */
export function PrLink({ pr, onOpen, tabbable = true }: { pr: PullRequestView; onOpen: (url: string) => void; tabbable?: boolean }) {
  const t = useT();
  const label = prLabel(pr.url);
  const stateKey = `ui.sessions.pr.${pr.state ?? ''}`;
  const state = pr.state ? (hasMessage(stateKey) ? t(stateKey as MessageKey) : pr.state) : '';
  const onClick = (e: MouseEvent) => {
    e.preventDefault();
    e.stopPropagation();
    onOpen(pr.url);
  };
  return (
    <a
      href={pr.url}
      className={`pr-link pr-${pr.state ?? 'unknown'}`}
      title={state ? t('ui.sessions.pr.link', { label, state }) : pr.url}
      tabIndex={tabbable ? undefined : -1}
      onClick={onClick}
    >
      <PullRequestIcon size={12} />
      <span className="truncate">{label}</span>
    </a>
  );
}
