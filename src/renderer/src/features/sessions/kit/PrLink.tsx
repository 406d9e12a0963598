import type { MouseEvent } from 'react';
import type { PullRequestView } from '../../../../../shared/sessions/session-view';
import type { MessageKey } from '../../../../../shared/i18n';
import { hasMessage } from '../../../../../shared/i18n';
import { useT } from '../../../i18n/context';
import { prLabel } from '../model/pr-label';
import { PullRequestIcon } from './icons';

/**
 * A pull request as a link that opens in the browser through main (never navigates the window).
 * Its label is `owner/repo#N`; the full URL is its title, the state is in its accessible name.
 * `full` (the detail) never cuts the label and shows the state as a word beside it; in a list row
 * the label may be cut and the state is the link's colour.
 */
export function PrLink({ pr, onOpen, tabbable = true, full = false }: { pr: PullRequestView; onOpen: (url: string) => void; tabbable?: boolean; full?: boolean }) {
  const t = useT();
  const label = prLabel(pr.url);
  const stateKey = `ui.sessions.pr.${pr.state ?? ''}`;
  const state = pr.state ? (hasMessage(stateKey) ? t(stateKey as MessageKey) : pr.state) : '';
  const onClick = (e: MouseEvent) => {
    e.preventDefault();
    e.stopPropagation();
    onOpen(pr.url);
  };
  const link = (
    <a
      href={pr.url}
      className={`pr-link pr-${pr.state ?? 'unknown'}${full ? ' pr-link-full' : ''}`}
      title={pr.url}
      aria-label={state ? t('ui.sessions.pr.link', { label, state }) : t('ui.sessionDetail.prLabel', { label })}
      tabIndex={tabbable ? undefined : -1}
      onClick={onClick}
    >
      <PullRequestIcon size={12} />
      <span className={full ? 'pr-link-label' : 'truncate'}>{label}</span>
    </a>
  );
  if (!full) return link;
  return (
    <span className="pr-item">
      {link}
      <span className={`pr-state pr-state-${pr.state ?? 'unknown'}`} aria-hidden="true">
        {state || t('ui.sessionDetail.prStateUnknown')}
      </span>
    </span>
  );
}
