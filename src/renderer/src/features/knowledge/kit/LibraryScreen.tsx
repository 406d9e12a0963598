import { Fragment } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/context';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { Banner } from './Banner';
import { LibraryList } from './LibraryList';
import { ListEmpty, ListLoadError } from './ListStates';
import type { LibraryScreenModel } from './useLibraryScreen';
import './library.css';

/**
 * The master-detail page shared by notes, playbooks and schedules: a toolbar ending in the
 * "New" button, the banner, the load error or the empty state, then the list beside the detail
 * pane, and the delete confirmation. What each section lists and shows comes in as props.
 */
export function LibraryScreen<T>({
  model,
  status,
  error,
  onRetry,
  tools,
  newLabel,
  filtered = false,
  empty,
  list,
  detail,
  confirm,
}: {
  model: LibraryScreenModel<T>;
  status: 'loading' | 'ready' | 'error';
  error: unknown;
  onRetry: () => void;
  /** The toolbar's controls before the "New" button (search, filters, refresh). */
  tools: ReactNode;
  newLabel: string;
  /** True while filters hide items: an empty list then says "no match", not the empty state. */
  filtered?: boolean;
  empty: { icon: ReactNode; title: string; body: string; action: string };
  list: {
    label: string;
    /** The rows shown (may be a filtered view of the model's items). */
    items: readonly T[];
    /** The count line above the rows once loaded ('' for none). */
    summary: string;
    renderRow: (item: T) => ReactNode;
    foot?: ReactNode;
  };
  detail: {
    none: string;
    renderNew: () => ReactNode;
    renderEdit: (item: T) => ReactNode;
    renderView: (item: T) => ReactNode;
  };
  confirm: { title: string; body: (item: T) => string };
}) {
  const t = useT();
  const { pane, current, banner, confirming } = model;
  const isEmpty = status === 'ready' && model.items.length === 0 && !filtered && pane.kind !== 'new';
  return (
    <div className="lib-page">
      <div className="lib-toolbar">
        {tools}
        <span className="lib-toolbar-spacer" />
        <Button variant="primary" onClick={model.startNew}>
          {newLabel}
        </Button>
      </div>
      {banner && <Banner message={banner} onDismiss={() => model.setBanner(null)} dismissLabel={t('library.dismiss')} />}
      {status === 'error' && <ListLoadError error={error} onRetry={onRetry} />}
      {isEmpty ? (
        <ListEmpty icon={empty.icon} title={empty.title} body={empty.body} action={empty.action} onAction={model.startNew} />
      ) : (
        status !== 'error' && (
          <div className="lib-split">
            <LibraryList
              label={list.label}
              items={list.items}
              getKey={model.keyOf}
              selectedKey={model.paneId}
              onOpen={model.view}
              head={
                <div className="lib-list-head">
                  <span>{status === 'loading' ? t('library.loading') : list.summary}</span>
                  <span>{t('library.list.keys')}</span>
                </div>
              }
              renderRow={list.renderRow}
              foot={list.foot}
            />
            <section className="lib-detail" aria-live="polite">
              {pane.kind === 'new' && detail.renderNew()}
              {/* Keyed so that editing another item starts a fresh form. */}
              {pane.kind === 'edit' && current && <Fragment key={model.keyOf(current)}>{detail.renderEdit(current)}</Fragment>}
              {pane.kind === 'view' && current && detail.renderView(current)}
              {(pane.kind === 'none' || ((pane.kind === 'view' || pane.kind === 'edit') && !current)) && <div className="lib-detail-empty">{detail.none}</div>}
            </section>
          </div>
        )
      )}
      {confirming && (
        <ConfirmDialog
          title={confirm.title}
          body={confirm.body(confirming)}
          confirmLabel={t('library.delete')}
          cancelLabel={t('library.cancel')}
          tone="danger"
          onConfirm={() => void model.confirmDelete()}
          onCancel={model.cancelDelete}
        />
      )}
    </div>
  );
}
