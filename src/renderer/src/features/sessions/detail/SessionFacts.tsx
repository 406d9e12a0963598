import type { ReactNode } from 'react';
import type { Playbook } from '../../../../../shared/domain/playbook';
import type { SessionView } from '../../../../../shared/sessions/session-view';
import { useLocale, useT } from '../../../i18n/context';
import { PrLink } from '../kit/PrLink';
import { originLabel } from '../kit/origin-label';
import { formatAcus } from '../model/format-acus';
import { absoluteTime } from '../model/relative-time';
import { TagEditor } from './TagEditor';

export interface SessionFactsProps {
  view: SessionView;
  playbooks: readonly Playbook[] | null;
  onOpenExternal: (url: string) => void;
  onTag?: (tag: string) => void;
}

/** The session's facts as a compact two-column list: id, times, origin, playbook, repositories, ACUs, PRs with their state, tags (editable). */
export function SessionFacts({ view, playbooks, onOpenExternal, onTag }: SessionFactsProps) {
  const t = useT();
  const locale = useLocale();
  const none = <span className="fact-none">{t('ui.sessions.detail.none')}</span>;
  const playbook = view.playbookId ? (playbooks?.find((p) => p.playbook_id === view.playbookId)?.title ?? view.playbookId) : null;
  const rows: [string, ReactNode][] = [
    [t('ui.sessions.detail.id'), <code key="id" className="fact-id">{view.id}</code>],
    [t('ui.sessions.detail.created'), absoluteTime(view.createdAt, locale)],
    [t('ui.sessions.detail.updated'), absoluteTime(view.updatedAt, locale)],
    [t('ui.sessions.detail.origin'), view.origin ? originLabel(view.origin, t) : none],
    [t('ui.sessions.detail.playbook'), playbook ?? none],
    // Sent at create, or named by a PR (the API has no repository field).
    [
      t('ui.sessionDetail.repos'),
      view.repos && view.repos.length > 0 ? (
        <span className="fact-list">
          {view.repos.map((r) => (
            <code key={r} className="fact-repo">
              {r}
            </code>
          ))}
        </span>
      ) : (
        none
      ),
    ],
    [t('ui.sessions.detail.acus'), formatAcus(view.acus, locale)],
    [
      t('ui.sessions.detail.prs'),
      view.prs.length > 0 ? (
        <span className="fact-list">
          {view.prs.map((pr) => (
            <PrLink key={pr.url} pr={pr} onOpen={onOpenExternal} full />
          ))}
        </span>
      ) : (
        none
      ),
    ],
    // Editable: chips (click to filter the list, × to remove) and a field to add one.
    [t('ui.sessions.detail.tags'), <TagEditor key="tags" sessionId={view.id} tags={view.tags} {...(onTag ? { onTag } : {})} />],
  ];
  return (
    <dl className="session-facts" aria-label={t('ui.sessions.detail.facts')}>
      {rows.map(([label, value]) => (
        <div key={label} className="session-fact">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
