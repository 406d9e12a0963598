import { Fragment, memo } from 'react';
import type { Locale } from '../../../../../shared/i18n';
import { displayTitle } from '../../../../../shared/sessions/display-title';
import type { SessionView } from '../../../../../shared/sessions/session-view';
import { useT } from '../../../i18n/context';
import { EyeIcon } from '../../../ui/icons';
import { PrLink } from '../kit/PrLink';
import { StatusBadge } from '../kit/StatusBadge';
import { TagChip } from '../kit/TagChip';
import { formatAcus } from '../model/format-acus';
import { prLabel } from '../model/pr-label';
import { absoluteTime, relativeTime } from '../model/relative-time';
import { rowAccessibleName } from '../model/row-label';
import { stateKeyOf } from '../model/status-words';

export interface SessionRowProps {
  view: SessionView;
  /** DOM id, for the list's aria-activedescendant. */
  id: string;
  active: boolean;
  open: boolean;
  pos: number;
  setSize: number;
  nowMs: number;
  locale: Locale;
  onOpen: (id: string) => void;
  onTag: (tag: string) => void;
  onPr: (url: string) => void;
  /** Name the session's account (#16; two or more accounts signed in). */
  showAccount?: boolean;
  /** The organisation's name, shown in the All-organisations scope (null: not shown). */
  orgName?: string | null;
}

const MAX_TAGS = 3;

/**
 * One session: title and age on top; state in words, ACUs, PRs and tags below. Its controls are
 * out of the Tab order: the list is one stop (arrow keys inside), and the detail pane repeats them.
 */
export const SessionRow = memo(function SessionRow({ view, id, active, open, pos, setSize, nowMs, locale, onOpen, onTag, onPr, orgName = null, showAccount = false }: SessionRowProps) {
  const t = useT();
  const { text: title, source: titleSource } = displayTitle(view, locale);
  const when = relativeTime(view.updatedAt, nowMs, locale);
  const extraTags = view.tags.length - MAX_TAGS;
  const acus = view.acus > 0 ? t('ui.sessions.acus', { acus: formatAcus(view.acus, locale) }) : null;
  const shownTags = view.tags.slice(0, MAX_TAGS);
  const account = showAccount && view.accountLabel ? view.accountLabel : null;
  const label = rowAccessibleName(
    [title, account && t('accounts.row.label', { account }), when, orgName, t(stateKeyOf(view)), acus, ...view.prs.map((pr) => prLabel(pr.url)), ...shownTags, extraTags > 0 && `+${extraTags}`],
    [view.watched && t('ui.sessions.watched')],
  );
  return (
    <div
      id={id}
      role="treeitem"
      aria-level={2}
      aria-posinset={pos}
      aria-setsize={setSize}
      aria-selected={open}
      aria-label={label}
      className={['session-row', active && 'is-active', open && 'is-open', view.attention && 'needs-attention'].filter(Boolean).join(' ')}
      onClick={() => onOpen(view.id)}
    >
      {/* The {' '} separators are not rendered (flex containers drop them), but they keep adjacent
          texts apart for tools that read the row's text, e.g. axe's "label in name" check. */}
      <div className="session-row-top">
        <span className={titleSource === 'id' ? 'session-row-title is-untitled truncate' : 'session-row-title truncate'} dir="auto">
          {title}
        </span>{' '}
        {view.watched && (
          <span className="session-row-watched" title={t('ui.sessions.watched')}>
            <EyeIcon size={13} />
          </span>
        )}
        <time className="session-row-time" dateTime={new Date(view.updatedAt).toISOString()} title={absoluteTime(view.updatedAt, locale)}>
          {when}
        </time>
      </div>{' '}
      <div className="session-row-meta">
        {account && (
          <>
            <span className="session-row-account truncate" title={t('accounts.row.label', { account })}>
              {account}
            </span>{' '}
          </>
        )}
        {orgName && (
          <>
            <span className="session-row-org truncate" title={t('ui.orgs.row', { name: orgName })}>
              {orgName}
            </span>{' '}
          </>
        )}
        <StatusBadge view={view} size="sm" />{' '}
        {acus && (
          <>
            <span className="session-row-acus">{acus}</span>{' '}
          </>
        )}
        {view.prs.map((pr) => (
          <Fragment key={pr.url}>
            <PrLink pr={pr} onOpen={onPr} tabbable={false} />{' '}
          </Fragment>
        ))}
        {shownTags.map((tag) => (
          <Fragment key={tag}>
            <TagChip tag={tag} onPick={onTag} tabbable={false} />{' '}
          </Fragment>
        ))}
        {extraTags > 0 && (
          <span className="tag-chip tag-more" title={t('ui.sessionDetail.moreTags', { tags: view.tags.slice(MAX_TAGS).join(', ') })}>
            +{extraTags}
          </span>
        )}
      </div>
    </div>
  );
});
