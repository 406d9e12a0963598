import { Fragment, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { DraftKind } from '../../../../../shared/ipc/channels/drafts';
import { DiscardDraftDialog } from '../../drafts';
import { useT } from '../../../i18n/context';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { Banner } from './Banner';
import { LibraryList } from './LibraryList';
import { ListEmpty, ListLoadError } from './ListStates';
import type { LibraryScreenModel } from './useLibraryScreen';
import { DraftGate } from './DraftGate';
import type { EditorDraft } from './editor-draft';
import { EditorGuardContext, type EditorGuard } from './editor-guard';
import { LibraryDrafts } from './LibraryDrafts';
import './library.css';

/**
 * The master-detail page shared by notes, playbooks and schedules: a toolbar ending in the
 * "New" button, the banner, the load error or the empty state, then the list beside the detail
 * pane, and the delete confirmation. What each section lists and shows comes in as props.
 * Editors keep their drafts under `draftKind` (#13): an editor opens on its stored draft, a list
 * click or "New" over a changed editor asks first, and drafts left behind are offered back.
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
  draftKind,
}: {
  model: LibraryScreenModel<T>;
  /** Where the editors' drafts are kept: `note:new`, `note:<id>` … */
  draftKind: Extract<DraftKind, 'note' | 'playbook' | 'schedule'>;
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
    renderNew: (draft: EditorDraft) => ReactNode;
    renderEdit: (item: T, draft: EditorDraft) => ReactNode;
    renderView: (item: T) => ReactNode;
  };
  confirm: { title: string; body: (item: T) => string };
}) {
  const t = useT();
  const { pane, current, banner, confirming } = model;
  // The open editor's guard: a list click or "New" over a changed editor asks first.
  const guard = useRef<EditorGuard | null>(null);
  const guards = useMemo(() => ({ register: (g: EditorGuard | null) => void (guard.current = g) }), []);
  const [leaving, setLeaving] = useState<(() => void) | null>(null);
  const attempt = (action: () => void) => {
    if (guard.current?.dirty()) setLeaving(() => action);
    else action();
  };
  const isEmpty = status === 'ready' && model.items.length === 0 && !filtered && pane.kind !== 'new';
  return (
    <div className="lib-page">
      <div className="lib-toolbar">
        {tools}
        <span className="lib-toolbar-spacer" />
        <Button variant="primary" onClick={() => attempt(model.startNew)}>
          {newLabel}
        </Button>
      </div>
      {banner && <Banner message={banner} onDismiss={() => model.setBanner(null)} dismissLabel={t('library.dismiss')} />}
      {status === 'error' && <ListLoadError error={error} onRetry={onRetry} />}
      {isEmpty ? (
        <>
          {/* A new item's draft is offered back even before the first item exists. */}
          <LibraryDrafts kind={draftKind} model={model} />
          <ListEmpty icon={empty.icon} title={empty.title} body={empty.body} action={empty.action} onAction={model.startNew} />
        </>
      ) : (
        status !== 'error' && (
          <div className="lib-split">
            <LibraryList
              label={list.label}
              items={list.items}
              getKey={model.keyOf}
              selectedKey={model.paneId}
              onOpen={(item) => attempt(() => model.view(item))}
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
              <EditorGuardContext.Provider value={guards}>
                {pane.kind === 'new' && <DraftGate draftKey={`${draftKind}:new`}>{(d) => detail.renderNew(d)}</DraftGate>}
                {/* Keyed so that editing another item starts a fresh form. */}
                {pane.kind === 'edit' && current && (
                  <Fragment key={model.keyOf(current)}>
                    <DraftGate draftKey={`${draftKind}:${model.keyOf(current)}`}>{(d) => detail.renderEdit(current, d)}</DraftGate>
                  </Fragment>
                )}
              </EditorGuardContext.Provider>
              {pane.kind === 'view' && current && detail.renderView(current)}
              {pane.kind === 'none' && <LibraryDrafts kind={draftKind} model={model} />}
              {(pane.kind === 'none' || ((pane.kind === 'view' || pane.kind === 'edit') && !current)) && <div className="lib-detail-empty">{detail.none}</div>}
            </section>
          </div>
        )
      )}
      {leaving && (
        <DiscardDraftDialog
          onKeep={() => setLeaving(null)}
          onDiscard={() => {
            const action = leaving;
            setLeaving(null);
            void (guard.current?.discard() ?? Promise.resolve()).then(action);
          }}
        />
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
