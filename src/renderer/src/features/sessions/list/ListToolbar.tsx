import type { Ref } from 'react';
import { useLocale, useT } from '../../../i18n/context';
import { Button } from '../../../ui/Button';
import { CloseIcon } from '../../../ui/icons';
import { Segmented } from '../../../ui/Segmented';
import type { SegmentedOption } from '../../../ui/Segmented';
import { PlusIcon } from '../kit/icons';
import { originLabel } from '../kit/origin-label';
import { isFiltering, type ListQuery, type ListScope } from '../model/list-query';
import { SearchField } from './SearchField';
import type { SessionScopeView } from '../../../../../shared/ipc/channels/session-scope';

export interface ListToolbarProps {
  query: ListQuery;
  onChange: (q: ListQuery) => void;
  origins: readonly string[];
  tags: readonly string[];
  shown: number;
  total: number;
  /** "Mine" needs the principal's id; without it the choice is not offered. */
  canFilterMine: boolean;
  onNew: () => void;
  onExitSearch: () => void;
  searchRef?: Ref<HTMLInputElement>;
  /** The signed-in accounts (#16), offered as a filter when there are two or more. */
  accounts?: readonly { id: string; label: string }[];
  /** An enterprise key's organisation scope (All organisations / one org); absent for other keys. */
  orgScope?: { view: SessionScopeView; onChoose: (value: string) => void } | null;
}

/** Search, scope (all / watched / mine), origin and tag filters, New session; while filtering, the count and Clear. */
export function ListToolbar(props: ListToolbarProps) {
  const { query, onChange, origins, tags, shown, total, canFilterMine, onNew, onExitSearch, searchRef, orgScope, accounts = [] } = props;
  const t = useT();
  const locale = useLocale();
  const count = (n: number) => new Intl.NumberFormat(locale).format(n);
  const scopes: SegmentedOption<ListScope>[] = [
    { value: 'all', label: t('ui.sessions.scope.all') },
    { value: 'watched', label: t('ui.sessions.scope.watched') },
    ...(canFilterMine ? [{ value: 'mine' as const, label: t('ui.sessions.scope.mine') }] : []),
  ];
  const set = (patch: Partial<ListQuery>) => onChange({ ...query, ...patch });
  const unusedTags = tags.filter((tag) => !query.tags.includes(tag));

  return (
    <div className="sessions-toolbar" role="search">
      <div className="sessions-toolbar-row">
        <SearchField ref={searchRef} value={query.text} onCommit={(text) => set({ text })} onExit={onExitSearch} />
        <Button variant="primary" size="sm" onClick={onNew} title={t('ui.sessions.newSessionHint')} aria-keyshortcuts="n">
          <PlusIcon size={13} />
          {t('ui.sessions.newSession')}
        </Button>
      </div>
      <div className="sessions-toolbar-row sessions-filters" role="group" aria-label={t('ui.sessions.filters')}>
        {orgScope && (
          <select
            className="sessions-select sessions-org-scope"
            aria-label={t('ui.orgs.scope.label')}
            value={orgScope.view.scope === 'all' ? 'all' : (orgScope.view.orgId ?? '')}
            onChange={(e) => orgScope.onChoose(e.target.value)}
          >
            <option value="all">{t('ui.orgs.scope.all')}</option>
            {orgScope.view.orgs.map((o) => (
              <option key={o.orgId} value={o.orgId}>
                {o.name || o.orgId}
              </option>
            ))}
          </select>
        )}
        <Segmented label={t('ui.sessions.scope.label')} name="sessions-scope" value={query.scope} options={scopes} onChange={(scope) => set({ scope })} />
        {orgScope?.view.scope === 'all' && (
          <select
            className="sessions-select"
            aria-label={t('ui.orgs.filter.label')}
            value={query.orgId ?? ''}
            onChange={(e) => set({ orgId: e.target.value || null })}
          >
            <option value="">{t('ui.orgs.filter.any')}</option>
            {orgScope.view.orgs.map((o) => (
              <option key={o.orgId} value={o.orgId}>
                {o.name || o.orgId}
              </option>
            ))}
          </select>
        )}
        <select
          className="sessions-select"
          aria-label={t('ui.sessions.origin.label')}
          value={query.origin ?? ''}
          onChange={(e) => set({ origin: e.target.value || null })}
        >
          <option value="">{t('ui.sessions.origin.any')}</option>
          {withCurrent(origins, query.origin).map((o) => (
            <option key={o} value={o}>
              {originLabel(o, t)}
            </option>
          ))}
        </select>
        {accounts.length > 1 && (
          <select
            className="sessions-select"
            aria-label={t('accounts.filter.label')}
            value={query.account ?? ''}
            onChange={(e) => set({ account: e.target.value || null })}
          >
            <option value="">{t('accounts.filter.all')}</option>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
          </select>
        )}
        <select
          className="sessions-select"
          aria-label={t('ui.sessions.tag.label')}
          value=""
          disabled={unusedTags.length === 0}
          onChange={(e) => e.target.value && set({ tags: [...query.tags, e.target.value] })}
        >
          <option value="">{t('ui.sessions.tag.any')}</option>
          {unusedTags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
      {isFiltering(query) && (
        <div className="sessions-toolbar-row sessions-active-filters">
          {query.tags.map((tag) => (
            <span key={tag} className="tag-chip tag-chip-active">
              {tag}
              <button
                type="button"
                className="chip-remove"
                aria-label={t('ui.sessions.tag.remove', { tag })}
                onClick={() => set({ tags: query.tags.filter((x) => x !== tag) })}
              >
                <CloseIcon size={10} />
              </button>
            </span>
          ))}
          <span className="sessions-count" aria-live="polite">
            {t('ui.sessions.count', { shown: count(shown), total: count(total) })}
          </span>
          <Button variant="link" size="sm" onClick={() => onChange({ scope: 'all', origin: null, tags: [], text: '', orgId: null })}>
            {t('ui.sessions.clearFilters')}
          </Button>
        </div>
      )}
    </div>
  );
}

/** The options plus the selected one, so a choice never vanishes from its own menu. */
function withCurrent(options: readonly string[], current: string | null): readonly string[] {
  return current === null || options.includes(current) ? options : [current, ...options];
}
